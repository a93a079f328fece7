import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { MappingIdSchema } from "./_ids.js";

/**
 * Schema for {@link ItemText}.
 *
 * @example
 * ItemTextSchema.safeParse({ nb: "Svar kort", en: "Answer briefly" }).success
 * //=> true
 */
export const ItemTextSchema = z.strictObject({
  nb: z.string().min(1),
  nn: z.string().min(1).optional(),
  en: z.string().min(1).optional(),
});

/**
 * A text of a questionnaire (tekst) in bokmål, with nynorsk and English where given.
 *
 * @example
 * const text: ItemText = { nb: "Hvordan rekrutteres koordinatorer?", nn: "Korleis blir koordinatorar rekrutterte?" };
 */
export interface ItemText {
  /** Bokmål. */
  nb: string;
  /** Nynorsk. */
  nn?: string | undefined;
  /** English. */
  en?: string | undefined;
}

/**
 * Schema for {@link EnableCondition}.
 *
 * @example
 * EnableConditionSchema.safeParse({ itemId: "has-ke", operator: "equals", value: true }).success
 * //=> true
 */
export const EnableConditionSchema = z.strictObject({
  itemId: MappingIdSchema,
  operator: z.enum(["equals", "not-equals", "at-least", "at-most"]),
  value: z.union([z.string().min(1), z.number(), z.boolean()]),
});

/**
 * One condition for asking an item (vilkår): the answer to an earlier item compared with a value.
 * `at-least` and `at-most` suit integer, decimal and date items. A condition on an item that is
 * unanswered, or itself not asked, is not met, whatever the operator.
 *
 * @example
 * const condition: EnableCondition = { itemId: "ip-routines", operator: "not-equals", value: "yes" };
 */
export interface EnableCondition {
  /** The earlier item whose answer is compared. */
  itemId: string;
  /** How the answer is compared with `value`. */
  operator: "equals" | "not-equals" | "at-least" | "at-most";
  /** The value compared with. */
  value: string | number | boolean;
}

/**
 * Schema for {@link EnableWhen}.
 *
 * @example
 * EnableWhenSchema.safeParse({ match: "any", conditions: [] }).success
 * //=> false
 */
export const EnableWhenSchema = z.strictObject({
  match: z.enum(["all", "any"]),
  conditions: z.array(EnableConditionSchema).min(1),
});

/**
 * When an item is asked (enableWhen): when `all` or `any` of its conditions are met.
 *
 * @example
 * const when: EnableWhen = { match: "all", conditions: [{ itemId: "fte", operator: "at-least", value: 1 }] };
 */
export interface EnableWhen {
  /** Whether `all` or `any` of the conditions must be met. */
  match: "all" | "any";
  /** The conditions (vilkår), at least one. */
  conditions: EnableCondition[];
}

const itemBase = {
  id: MappingIdSchema,
  text: ItemTextSchema,
  help: ItemTextSchema.optional(),
  required: z.boolean().optional(),
  enableWhen: EnableWhenSchema.optional(),
  basis: z.string().min(1).optional(),
};

const OptionSchema = z.strictObject({ value: MappingIdSchema, text: ItemTextSchema });

/**
 * Schema for {@link QuestionnaireItem}: a union on `type`.
 *
 * @example
 * QuestionnaireItemSchema.safeParse({ id: "fte", type: "decimal", unit: "årsverk", text: { nb: "Årsverk" }, min: 0 }).success
 * //=> true
 */
export const QuestionnaireItemSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...itemBase, type: z.literal("assessment") }),
  z.strictObject({ ...itemBase, type: z.literal("text"), maxLength: z.int().min(1).optional() }),
  z.strictObject({ ...itemBase, type: z.literal("boolean") }),
  z.strictObject({ ...itemBase, type: z.literal("integer"), min: z.int().optional(), max: z.int().optional() }),
  z.strictObject({
    ...itemBase,
    type: z.literal("decimal"),
    unit: z.string().min(1),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.strictObject({ ...itemBase, type: z.literal("choice"), options: z.array(OptionSchema) }),
  z.strictObject({ ...itemBase, type: z.literal("date"), min: CalendarDateSchema.optional(), max: CalendarDateSchema.optional() }),
]);

/**
 * One question of a questionnaire (spørsmål): id, text, `type`, whether it is `required`, and when
 * it is asked (`enableWhen`). `basis` names the rule the question rests on, e.g. `"hol § 7-3"`.
 *
 * Types and their answers:
 * - `assessment` (vurdering): yes / partly / no / don't know, with an optional comment.
 * - `text`: a short text, at most `maxLength` characters when given.
 * - `boolean`: true or false.
 * - `integer` and `decimal` (with a `unit`, e.g. "årsverk"): a number from `min` to `max`.
 * - `choice`: the value of one of the `options`.
 * - `date`: an ISO date from `min` to `max`.
 *
 * @example
 * const item: QuestionnaireItem = {
 *   id: "ip-routines",
 *   type: "assessment",
 *   text: { nb: "Er det utarbeidet rutiner for arbeidet med individuell plan i kommunen?" },
 *   required: true,
 * };
 */
export type QuestionnaireItem =
  | {
      id: string;
      text: ItemText;
      help?: ItemText | undefined;
      required?: boolean | undefined;
      enableWhen?: EnableWhen | undefined;
      basis?: string | undefined;
      type: "assessment";
    }
  | {
      id: string;
      text: ItemText;
      help?: ItemText | undefined;
      required?: boolean | undefined;
      enableWhen?: EnableWhen | undefined;
      basis?: string | undefined;
      type: "text";
      maxLength?: number | undefined;
    }
  | {
      id: string;
      text: ItemText;
      help?: ItemText | undefined;
      required?: boolean | undefined;
      enableWhen?: EnableWhen | undefined;
      basis?: string | undefined;
      type: "boolean";
    }
  | {
      id: string;
      text: ItemText;
      help?: ItemText | undefined;
      required?: boolean | undefined;
      enableWhen?: EnableWhen | undefined;
      basis?: string | undefined;
      type: "integer";
      min?: number | undefined;
      max?: number | undefined;
    }
  | {
      id: string;
      text: ItemText;
      help?: ItemText | undefined;
      required?: boolean | undefined;
      enableWhen?: EnableWhen | undefined;
      basis?: string | undefined;
      type: "decimal";
      unit: string;
      min?: number | undefined;
      max?: number | undefined;
    }
  | {
      id: string;
      text: ItemText;
      help?: ItemText | undefined;
      required?: boolean | undefined;
      enableWhen?: EnableWhen | undefined;
      basis?: string | undefined;
      type: "choice";
      options: { value: string; text: ItemText }[];
    }
  | {
      id: string;
      text: ItemText;
      help?: ItemText | undefined;
      required?: boolean | undefined;
      enableWhen?: EnableWhen | undefined;
      basis?: string | undefined;
      type: "date";
      min?: CalendarDate | undefined;
      max?: CalendarDate | undefined;
    };

/**
 * The kind of answer an item takes (svartype).
 *
 * @example
 * const type: ItemType = "assessment";
 */
export type ItemType = QuestionnaireItem["type"];

/**
 * Schema for {@link AssessmentValue}.
 *
 * @example
 * AssessmentValueSchema.options
 * //=> ["yes", "partly", "no", "dont-know"]
 */
export const AssessmentValueSchema = z.enum(["yes", "partly", "no", "dont-know"]);

/**
 * An answer to an assessment item (vurdering): `yes` (ja), `partly` (delvis), `no` (nei) or
 * `dont-know` (vet ikke).
 *
 * @example
 * const answer: AssessmentValue = "partly";
 */
export type AssessmentValue = "yes" | "partly" | "no" | "dont-know";
