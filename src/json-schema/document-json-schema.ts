import * as z from "zod";
import { CalendarDateSchema, YearMonthSchema } from "../core/dates/calendar-date.js";
import { DatePointSchema, DeadlineSchema, RecurrenceSchema } from "../core/dates/deadline.js";
import { MunicipalityNumberSchema } from "../core/identifiers/municipality-number.js";
import { NationalIdSchema } from "../core/identifiers/national-id.js";
import { OrganizationNumberSchema } from "../core/identifiers/organization-number.js";
import { DOCUMENT_KINDS, type DocumentKindName, isDocumentKind } from "../documents/kinds.js";
import { EnableWhenSchema, ItemTextSchema } from "../mapping/item-schema.js";
import { describeValue } from "../_lib/options.js";
import { kindSource } from "./kinds.js";
import { asciiDigits, restorations } from "./restore.js";

/**
 * Where samhandling publishes its JSON Schema files: `${JSON_SCHEMA_BASE}/<kind>.schema.json` is
 * each file's `$id`.
 *
 * @example
 * `${JSON_SCHEMA_BASE}/individual-plan.schema.json`
 * //=> "https://samhandling.github.io/samhandling/schemas/individual-plan.schema.json"
 */
export const JSON_SCHEMA_BASE = "https://samhandling.github.io/samhandling/schemas";

const GUIDE = "https://github.com/samhandling/samhandling/blob/main/docs/json-schema.md";

/**
 * The JSON Schema (draft 2020-12) of one document kind, as {@link documentJsonSchema} returns it
 * and `samhandling/schemas/<kind>.schema.json` holds it: zod's JSON Schema of the input the
 * document's schema accepts, with `$id`, `title` and `description`, and shared parts (calendar
 * dates, deadlines, identifiers) under `$defs`.
 *
 * @example
 * const schema: DocumentJsonSchema = documentJsonSchema("action-plan");
 * schema.$id
 * //=> "https://samhandling.github.io/samhandling/schemas/action-plan.schema.json"
 */
export interface DocumentJsonSchema extends z.core.JSONSchema.BaseSchema {
  $schema: "https://json-schema.org/draft/2020-12/schema";
  $id: string;
  title: string;
  description: string;
}

/** The shared parts given a name under `$defs`, so the files stay small and code generators name them. */
function sharedParts(): z.core.$ZodRegistry<{ id?: string }> {
  const registry = z.registry<{ id?: string }>();
  registry.add(CalendarDateSchema, { id: "CalendarDate" });
  registry.add(YearMonthSchema, { id: "YearMonth" });
  registry.add(DatePointSchema, { id: "DatePoint" });
  registry.add(RecurrenceSchema, { id: "Recurrence" });
  registry.add(DeadlineSchema, { id: "Deadline" });
  registry.add(NationalIdSchema, { id: "NationalId" });
  registry.add(OrganizationNumberSchema, { id: "OrganizationNumber" });
  registry.add(MunicipalityNumberSchema, { id: "MunicipalityNumber" });
  registry.add(ItemTextSchema, { id: "ItemText" });
  registry.add(EnableWhenSchema, { id: "EnableWhen" });
  return registry;
}

/**
 * The JSON Schema (draft 2020-12) of a document kind (dokumenttype), for integrators in other
 * languages: generated from the kind's zod schema with zod's `z.toJSONSchema` (the input it accepts,
 * unknown fields rejected), with what JSON Schema can say of the refinements put back: the form of
 * a national id (11 digits), an organisation number (9) and a municipality number (4), the most
 * times a recurrence allows and the days of a month. Checksums, dates in order, cross-references
 * between ids, consent coverage and every finding are checked only by the library (`validateX`) or
 * the `samhandling` command; docs/json-schema.md lists them. The same JSON is shipped as
 * `samhandling/schemas/<kind>.schema.json`. A new object on each call; nothing is registered globally.
 *
 * @param kind - A document kind, the `kind` the document carries: `"individual-plan"`,
 *   `"coordination-case"`, `"pathway-case"`, `"action-plan"`, `"milestone-schedule"`, `"questionnaire"`,
 *   `"mapping-response"` or `"municipal-report"`.
 * @returns The schema, with `$id` `https://samhandling.github.io/samhandling/schemas/<kind>.schema.json`.
 * @throws RangeError when `kind` is not a document kind.
 *
 * @example
 * const schema = documentJsonSchema("municipal-report");
 * schema.$id
 * //=> "https://samhandling.github.io/samhandling/schemas/municipal-report.schema.json"
 * schema.properties?.["municipalityNumber"]
 * //=> { $ref: "#/$defs/MunicipalityNumber" }
 * documentJsonSchema("plan")
 * //=> throws RangeError: documentJsonSchema: kind must be one of "individual-plan", ..., got "plan"
 */
export function documentJsonSchema(kind: DocumentKindName): DocumentJsonSchema {
  if (!isDocumentKind(kind)) {
    const known = DOCUMENT_KINDS.map((name) => JSON.stringify(name)).join(", ");
    throw new RangeError(`documentJsonSchema: kind must be one of ${known}, got ${describeValue(kind)}`);
  }
  const source = kindSource(kind);
  const restore = restorations();
  const generated = z.toJSONSchema(source.schema, {
    target: "draft-2020-12",
    io: "input",
    metadata: sharedParts(),
    override({ zodSchema, jsonSchema }) {
      if (typeof jsonSchema.pattern === "string") jsonSchema.pattern = asciiDigits(jsonSchema.pattern);
      for (const restoration of restore) if (restoration.schema === zodSchema) restoration.restore(jsonSchema);
    },
  });
  // Spread: a plain object of the JSON alone, without zod's non-enumerable `~standard`.
  const { $schema: _generatedDialect, ...body } = generated;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `${JSON_SCHEMA_BASE}/${kind}.schema.json`,
    title: source.title,
    description:
      `${source.about} The structure only: checksums, dates in order, references between ids and every ` +
      `finding are checked by samhandling (${source.validator}, or \`samhandling check\`); see ${GUIDE}.`,
    ...body,
  };
}
