import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import type { FindingParams } from "../../../core/findings/types.js";
import type { QuestionnaireItem } from "../../item-schema.js";
import type { MappingAnswer } from "../../response-schema.js";
import { answerRule } from "./context.js";

type Code = "mapping/option-not-allowed" | "mapping/number-out-of-range" | "mapping/date-out-of-range" | "mapping/text-too-long";
type ValueProblem = { readonly code: Code; readonly params: FindingParams } | undefined;

/** The range as a language-neutral text: "0–10", "≥ 0" or "≤ 10". */
export function describeRange(min: number | string | undefined, max: number | string | undefined): string {
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  return min !== undefined ? `≥ ${min}` : `≤ ${String(max)}`;
}

function outside<T extends number | string>(value: T, min: T | undefined, max: T | undefined): boolean {
  return (min !== undefined && value < min) || (max !== undefined && value > max);
}

/** What is wrong with an answer's value for its item, when the answer has the item's type. */
function valueProblem(item: QuestionnaireItem, answer: MappingAnswer): ValueProblem {
  const itemId = item.id;
  if (item.type === "choice" && answer.type === "choice") {
    const allowed = item.options.some((option) => option.value === answer.value);
    return allowed ? undefined : { code: "mapping/option-not-allowed", params: { itemId } };
  }
  if ((item.type === "integer" && answer.type === "integer") || (item.type === "decimal" && answer.type === "decimal")) {
    return outside(answer.value, item.min, item.max)
      ? { code: "mapping/number-out-of-range", params: { itemId, range: describeRange(item.min, item.max) } }
      : undefined;
  }
  if (item.type === "date" && answer.type === "date") {
    return outside(answer.value, item.min, item.max)
      ? { code: "mapping/date-out-of-range", params: { itemId, range: describeRange(item.min, item.max) } }
      : undefined;
  }
  if (item.type === "text" && answer.type === "text" && item.maxLength !== undefined && answer.value.length > item.maxLength) {
    return { code: "mapping/text-too-long", params: { itemId, maxLength: item.maxLength } };
  }
  return undefined;
}

/**
 * `mapping/option-not-allowed`, `mapping/number-out-of-range`, `mapping/date-out-of-range` and
 * `mapping/text-too-long`: the value of the first answer to a known item, when it has the item's
 * type, must be one of its options, within its `min`/`max`, or no longer than its `maxLength`.
 * Basis: good practice.
 */
export const optionNotAllowedRule = answerRule({
  codes: {
    "mapping/option-not-allowed": {
      severity: "error",
      description: "The answer to a choice item is not one of its options.",
      basis: PRACTICE,
      messages: {
        nb: "Svaret på spørsmål {itemId} er ikke et av svaralternativene",
        nn: "Svaret på spørsmål {itemId} er ikkje eitt av svaralternativa",
        en: "The answer to item {itemId} is not one of its options",
      },
    },
    "mapping/number-out-of-range": {
      severity: "error",
      description: "A number answer is outside its item's lower and upper bounds.",
      basis: PRACTICE,
      messages: {
        nb: "Svaret på {itemId} er utenfor det tillatte området ({range})",
        nn: "Svaret på {itemId} er utanfor det tillatne området ({range})",
        en: "The answer to {itemId} is outside the allowed range ({range})",
      },
    },
    "mapping/date-out-of-range": {
      severity: "error",
      description: "A date answer is outside its item's lower and upper bounds.",
      basis: PRACTICE,
      messages: {
        nb: "Datoen som svar på {itemId} er utenfor det tillatte området ({range})",
        nn: "Datoen som svar på {itemId} er utanfor det tillatne området ({range})",
        en: "The date answering {itemId} is outside the allowed range ({range})",
      },
    },
    "mapping/text-too-long": {
      severity: "error",
      description: "A text answer is longer than its item allows.",
      basis: PRACTICE,
      messages: {
        nb: "Svaret på {itemId} er lengre enn {maxLength} tegn",
        nn: "Svaret på {itemId} er lengre enn {maxLength} teikn",
        en: "The answer to {itemId} is longer than {maxLength} characters",
      },
    },
  },
  run: (response, ctx) =>
    response.answers.flatMap((answer, position): RuleFinding<Code>[] => {
      const entry = ctx.index.byId.get(answer.itemId);
      const first = ctx.resolved.first.get(answer.itemId)?.position === position;
      const problem = entry === undefined || !first ? undefined : valueProblem(entry.item, answer);
      return problem === undefined ? [] : [{ code: problem.code, path: ["answers", position, "value"], params: problem.params }];
    }),
});
