export { type DocumentJsonSchema, documentJsonSchema, JSON_SCHEMA_BASE } from "./document-json-schema.js";
