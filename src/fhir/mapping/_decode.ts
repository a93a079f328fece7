// Internal: reading FHIR JSON back (mappingResponseFromFhir): plain guards and the problems found,
// each a schema code, a path into the FHIR resource and a reason from a fixed list (never its text).
import type { RuleFinding } from "../../_lib/engine/rule.js";
import type { FindingPath } from "../../core/findings/types.js";
import { isCalendarDate } from "../../core/dates/calendar-date.js";
import type { Locale } from "../../core/locale.js";
import type { QuestionnaireItem } from "../../mapping/item-schema.js";
import type { MappingAnswer } from "../../mapping/response-schema.js";
import { commentLinkId } from "./_shared.js";
import { mappingAssessmentCodeSystem } from "./code-systems.js";

/** Why a part of the resource cannot be read, in each language (the `detail` of a schema finding). */
export const REASONS = {
  "resource-type": { nb: "ikke en QuestionnaireResponse", nn: "ikkje ein QuestionnaireResponse", en: "not a QuestionnaireResponse" },
  status: { nb: "status er verken under arbeid eller fullført", nn: "status er korkje under arbeid eller fullført", en: "the status is neither in progress nor completed" },
  questionnaire: { nb: "svarer på et annet skjema eller en annen versjon", nn: "svarar på eit anna skjema eller ein annan versjon", en: "answers another questionnaire or version" },
  subject: { nb: "subject er ikke en kommune med kommunenummer", nn: "subject er ikkje ein kommune med kommunenummer", en: "the subject is not a municipality by its municipality number" },
  "link-id": { nb: "linkId finnes ikke i skjemaet", nn: "linkId finst ikkje i skjemaet", en: "the linkId is not in the questionnaire" },
  answer: { nb: "svaret passer ikke til spørsmålstypen", nn: "svaret passar ikkje til spørsmålstypen", en: "the answer does not fit the item's type" },
  "one-answer": { nb: "mer enn ett svar på spørsmålet", nn: "meir enn eitt svar på spørsmålet", en: "more than one answer to the item" },
  "answered-before": { nb: "spørsmålet er besvart før", nn: "spørsmålet er svart på før", en: "the item is answered before" },
  response: { nb: "kan ikke leses som et kartleggingssvar", nn: "kan ikkje lesast som eit kartleggingssvar", en: "cannot be read as a mapping response" },
} as const satisfies Record<string, Record<Locale, string>>;

/** A reason of {@link REASONS}. */
export type Reason = keyof typeof REASONS;

/** A problem before its message is written. */
export type Problem = RuleFinding & { readonly reason?: Reason };

/** Collects problems; `detail` is filled in the caller's locale. */
export function problemsIn(locale: Locale): { readonly list: RuleFinding[]; add(code: Problem["code"], path: FindingPath, reason?: Reason): void } {
  const list: RuleFinding[] = [];
  return {
    list,
    add(code, path, reason) {
      list.push(reason === undefined ? { code, path } : { code, path, params: { detail: REASONS[reason][locale] } });
    },
  };
}

/** A plain JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The elements of an array property, or none. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The only `value[x]` of an answer and its key, or undefined when there is not exactly one. */
function valueOf(answer: Record<string, unknown>): [string, unknown] | undefined {
  const values = Object.entries(answer).filter(([key]) => key.startsWith("value"));
  return values.length === 1 ? values[0] : undefined;
}

/** The comment under an assessment answer: the string answer of its nested `<id>/comment` item. */
function commentOf(answer: Record<string, unknown>, itemId: string): string | undefined {
  const nested = arrayOf(answer.item).find((item) => isRecord(item) && item.linkId === commentLinkId(itemId));
  const first = isRecord(nested) ? arrayOf(nested.answer)[0] : undefined;
  return isRecord(first) && typeof first.valueString === "string" && first.valueString !== "" ? first.valueString : undefined;
}

/** One FHIR answer read as an answer to an item, or undefined when it does not fit the item's type. */
export function decodeAnswer(answer: unknown, item: QuestionnaireItem): MappingAnswer | undefined {
  if (!isRecord(answer)) return undefined;
  const [key, value] = valueOf(answer) ?? [];
  const itemId = item.id;
  switch (item.type) {
    case "assessment": {
      if (key !== "valueCoding" || !isRecord(value) || value.system !== mappingAssessmentCodeSystem.url) return undefined;
      const code = value.code;
      if (code !== "yes" && code !== "partly" && code !== "no" && code !== "dont-know") return undefined;
      const comment = commentOf(answer, itemId);
      return comment === undefined ? { itemId, type: "assessment", value: code } : { itemId, type: "assessment", value: code, comment };
    }
    case "text":
      return key === "valueString" && typeof value === "string" && value !== "" ? { itemId, type: "text", value } : undefined;
    case "boolean":
      return key === "valueBoolean" && typeof value === "boolean" ? { itemId, type: "boolean", value } : undefined;
    case "integer":
      return key === "valueInteger" && Number.isInteger(value) && typeof value === "number" ? { itemId, type: "integer", value } : undefined;
    case "decimal":
      return key === "valueDecimal" && typeof value === "number" ? { itemId, type: "decimal", value } : undefined;
    case "choice":
      return key === "valueCoding" && isRecord(value) && typeof value.code === "string" ? { itemId, type: "choice", value: value.code } : undefined;
    case "date":
      return key === "valueDate" && isCalendarDate(value) ? { itemId, type: "date", value } : undefined;
  }
}
