import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { type MunicipalityNumber, MunicipalityNumberSchema } from "../core/identifiers/municipality-number.js";
import { MappingIdSchema } from "./_ids.js";
import { type AssessmentValue, AssessmentValueSchema } from "./item-schema.js";

/** The value schemas of each answer type, shared with `answersSchema` so both accept the same shapes. */
export const answerValueSchemas = {
  assessment: AssessmentValueSchema,
  text: z.string().min(1),
  boolean: z.boolean(),
  integer: z.int(),
  decimal: z.number(),
  choice: MappingIdSchema,
  date: CalendarDateSchema,
} as const;

/** The optional free-text comment beside an assessment ("Delvis. Må oppdateres etter ny lov"). */
export const AssessmentCommentSchema = z.string().min(1).optional();

/**
 * Schema for {@link MappingAnswer}: a union on `type`.
 *
 * @example
 * MappingAnswerSchema.safeParse({ itemId: "ip-routines", type: "assessment", value: "partly" }).success
 * //=> true
 */
export const MappingAnswerSchema = z.discriminatedUnion("type", [
  z.strictObject({
    itemId: MappingIdSchema,
    type: z.literal("assessment"),
    value: answerValueSchemas.assessment,
    comment: AssessmentCommentSchema,
  }),
  z.strictObject({ itemId: MappingIdSchema, type: z.literal("text"), value: answerValueSchemas.text }),
  z.strictObject({ itemId: MappingIdSchema, type: z.literal("boolean"), value: answerValueSchemas.boolean }),
  z.strictObject({ itemId: MappingIdSchema, type: z.literal("integer"), value: answerValueSchemas.integer }),
  z.strictObject({ itemId: MappingIdSchema, type: z.literal("decimal"), value: answerValueSchemas.decimal }),
  z.strictObject({ itemId: MappingIdSchema, type: z.literal("choice"), value: answerValueSchemas.choice }),
  z.strictObject({ itemId: MappingIdSchema, type: z.literal("date"), value: answerValueSchemas.date }),
]);

/**
 * One answer (svar): the item it answers, the answer's type (the item's type) and its value; an
 * assessment may carry a short comment. Leave an unanswered item out rather than sending an empty value.
 *
 * @example
 * const answer: MappingAnswer = {
 *   itemId: "internal-control-in-place",
 *   type: "assessment",
 *   value: "dont-know",
 *   comment: "Må utarbeides og informeres om",
 * };
 */
export type MappingAnswer =
  | { itemId: string; type: "assessment"; value: AssessmentValue; comment?: string | undefined }
  | { itemId: string; type: "text"; value: string }
  | { itemId: string; type: "boolean"; value: boolean }
  | { itemId: string; type: "integer"; value: number }
  | { itemId: string; type: "decimal"; value: number }
  | { itemId: string; type: "choice"; value: string }
  | { itemId: string; type: "date"; value: CalendarDate };

/**
 * Schema for {@link MappingRespondent}.
 *
 * @example
 * MappingRespondentSchema.safeParse({ municipality: "1528", unit: "Koordinerende enhet" }).success
 * //=> true
 */
export const MappingRespondentSchema = z.strictObject({
  municipality: MunicipalityNumberSchema,
  municipalityName: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
});

/**
 * Who answered (respondent): the municipality number (kommunenummer), optionally the municipality's
 * name, and the unit that answered (enhet), e.g. "Koordinerende enhet". A role, never a person.
 *
 * @example
 * const respondent: MappingRespondent = { municipality: "1525", municipalityName: "Stranda", unit: "Koordinerende eining" };
 */
export interface MappingRespondent {
  /** The municipality number (kommunenummer). */
  municipality: MunicipalityNumber;
  /** The municipality's name. */
  municipalityName?: string | undefined;
  /** The unit that answered (enhet), a role, never a person. */
  unit?: string | undefined;
}

/**
 * Schema for {@link MappingResponseStatus}.
 *
 * @example
 * MappingResponseStatusSchema.options
 * //=> ["in-progress", "completed"]
 */
export const MappingResponseStatusSchema = z.enum(["in-progress", "completed"]);

/**
 * Whether a response is being filled in (`in-progress`, under arbeid) or handed in (`completed`,
 * fullført). Unanswered required items are errors only in a completed response.
 *
 * @example
 * const status: MappingResponseStatus = "completed";
 */
export type MappingResponseStatus = "in-progress" | "completed";

// The shape is kept apart so the schema's declared type can name it.
const mappingResponseShape = {
  kind: z.literal("mapping-response"),
  id: MappingIdSchema.optional(),
  questionnaire: z.strictObject({ id: MappingIdSchema, version: MappingIdSchema }),
  respondent: MappingRespondentSchema,
  date: CalendarDateSchema,
  status: MappingResponseStatusSchema,
  answers: z.array(MappingAnswerSchema),
};

/**
 * Schema for {@link MappingResponse}: the shape only. {@link validateMappingResponse} checks the
 * answers against a questionnaire; {@link answersSchema} builds a schema that does both.
 *
 * @example
 * MappingResponseSchema.safeParse({
 *   kind: "mapping-response",
 *   questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *   respondent: { municipality: "1528" },
 *   date: "2012-04-20",
 *   status: "in-progress",
 *   answers: [],
 * }).success
 * //=> true
 */
export const MappingResponseSchema: NamedObjectSchema<typeof mappingResponseShape, MappingResponse, MappingResponse> =
  z.strictObject(mappingResponseShape);

/**
 * A response to a questionnaire (kartleggingssvar): which questionnaire and version, who answered,
 * the date, the status and the answers, each naming its item by id.
 *
 * @example
 * const response: MappingResponse = {
 *   kind: "mapping-response",
 *   questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *   respondent: { municipality: "1531", unit: "Koordinerende enhet" },
 *   date: "2012-04-20",
 *   status: "completed",
 *   answers: [{ itemId: "cooperation-written-procedures", type: "assessment", value: "no" }],
 * };
 */
export interface MappingResponse {
  /** Tells the document apart from other kinds. */
  kind: "mapping-response";
  /** The response's id, when it has one. */
  id?: string | undefined;
  /** Which questionnaire (spørreskjema) and version was answered. */
  questionnaire: { id: string; version: string };
  /** Who answered. */
  respondent: MappingRespondent;
  /** The day of the response. */
  date: CalendarDate;
  /** In progress or completed. */
  status: MappingResponseStatus;
  /** The answers (svar), each naming its item by id. */
  answers: MappingAnswer[];
}
