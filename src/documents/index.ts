export { DOCUMENT_KINDS, type DocumentKindName, isDocumentKind } from "./kinds.js";
export { type DocumentByKind, type DocumentCheckOptions, type DocumentValidation, validateDocument } from "./validate.js";
export { documentKindLabels } from "./labels.js";
