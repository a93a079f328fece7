import * as z from "zod";
import type { NamedObjectSchema } from "../core/named-schema.js";
import { MappingIdSchema } from "./_ids.js";
import { type ItemText, ItemTextSchema, type QuestionnaireItem, QuestionnaireItemSchema } from "./item-schema.js";

/**
 * Schema for {@link QuestionnaireSection}.
 *
 * @example
 * QuestionnaireSectionSchema.safeParse({ id: "s1", title: { nb: "Forankring" }, items: [] }).success
 * //=> true
 */
export const QuestionnaireSectionSchema = z.strictObject({
  id: MappingIdSchema,
  title: ItemTextSchema,
  instruction: ItemTextSchema.optional(),
  items: z.array(QuestionnaireItemSchema),
});

/**
 * A section of a questionnaire (del): id, title, an optional instruction ("Svar kort") and items.
 *
 * @example
 * const section: QuestionnaireSection = {
 *   id: "coordinator",
 *   title: { nb: "Koordinator" },
 *   instruction: { nb: "Svar kort" },
 *   items: [{ id: "coordinator-recruitment", type: "text", text: { nb: "Hvordan rekrutteres koordinatorer?" } }],
 * };
 */
export interface QuestionnaireSection {
  /** The section's id, unique with the item ids. */
  id: string;
  /** The section's title. */
  title: ItemText;
  /** An instruction, "Svar kort". */
  instruction?: ItemText | undefined;
  /** The section's items (spørsmål). */
  items: QuestionnaireItem[];
}

// The shape is kept apart so the schema's declared type can name it.
const questionnaireShape = {
  kind: z.literal("questionnaire"),
  id: MappingIdSchema,
  version: MappingIdSchema,
  title: ItemTextSchema,
  description: ItemTextSchema.optional(),
  sections: z.array(QuestionnaireSectionSchema).min(1),
};

/**
 * Schema for {@link Questionnaire}. Ids are checked for uniqueness by {@link checkQuestionnaire}.
 *
 * @example
 * QuestionnaireSchema.safeParse({ kind: "questionnaire", id: "q", version: "1", title: { nb: "Skjema" }, sections: [] }).success
 * //=> false
 */
export const QuestionnaireSchema: NamedObjectSchema<typeof questionnaireShape, Questionnaire, Questionnaire> =
  z.strictObject(questionnaireShape);

/**
 * A questionnaire definition (spørreskjema, kartleggingsskjema): id, version, title and sections
 * of items. Section and item ids share one namespace and are unique; a condition refers to an
 * item earlier in the questionnaire. {@link coordinatingUnitMappingForm} is the built-in one.
 *
 * @example
 * const questionnaire: Questionnaire = {
 *   kind: "questionnaire",
 *   id: "tiny",
 *   version: "1",
 *   title: { nb: "Lite skjema" },
 *   sections: [{
 *     id: "s1",
 *     title: { nb: "Del 1" },
 *     items: [
 *       { id: "has-ke", type: "boolean", text: { nb: "Har kommunen koordinerende enhet?" }, required: true },
 *       { id: "ke-since", type: "date", text: { nb: "Siden når?" },
 *         enableWhen: { match: "all", conditions: [{ itemId: "has-ke", operator: "equals", value: true }] } },
 *     ],
 *   }],
 * };
 */
export interface Questionnaire {
  /** Tells the document apart from other kinds. */
  kind: "questionnaire";
  /** The questionnaire's id. */
  id: string;
  /** The questionnaire's version. */
  version: string;
  /** The title. */
  title: ItemText;
  /** A description. */
  description?: ItemText | undefined;
  /** The sections (deler), at least one. */
  sections: QuestionnaireSection[];
}
