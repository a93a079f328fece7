import type { RuleFinding } from "../../../_lib/engine/rule.js";
import { isCalendarDate } from "../../../core/dates/calendar-date.js";
import { PRACTICE } from "../../../core/findings/basis.js";
import type { FindingPath } from "../../../core/findings/types.js";
import { AssessmentValueSchema, type EnableCondition, type QuestionnaireItem } from "../../item-schema.js";
import { eachItem, questionnaireRule, type QuestionnaireRuleContext } from "./context.js";

type Code =
  | "questionnaire/condition-unknown-item"
  | "questionnaire/condition-not-earlier"
  | "questionnaire/condition-wrong-type"
  | "questionnaire/condition-unknown-option"
  | "questionnaire/condition-operator-not-allowed";

const ASSESSMENT_VALUES: ReadonlySet<string> = new Set(AssessmentValueSchema.options);

/** Whether the condition's value has the type of answers to the target item. */
function valueHasType(target: QuestionnaireItem, value: EnableCondition["value"]): boolean {
  switch (target.type) {
    case "assessment":
    case "text":
    case "choice":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return Number.isInteger(value);
    case "decimal":
      return typeof value === "number";
    case "date":
      return isCalendarDate(value);
  }
}

/** For items with a closed set of answers: whether the value is one of them. */
function valueIsAnswer(target: QuestionnaireItem, value: EnableCondition["value"]): boolean {
  if (target.type === "assessment") return ASSESSMENT_VALUES.has(String(value));
  if (target.type === "choice") return target.options.some((option) => option.value === value);
  return true;
}

function conditionFindings(itemId: string, order: number, condition: EnableCondition, path: FindingPath, ctx: QuestionnaireRuleContext): RuleFinding<Code>[] {
  const target = ctx.index.byId.get(condition.itemId);
  const base = { itemId, target: condition.itemId };
  if (target === undefined) return [{ code: "questionnaire/condition-unknown-item", path: [...path, "itemId"], params: base }];
  if (target.order >= order) return [{ code: "questionnaire/condition-not-earlier", path: [...path, "itemId"], params: base }];
  const type = target.item.type;
  const findings: RuleFinding<Code>[] = [];
  const ordered = type === "integer" || type === "decimal" || type === "date";
  if (!ordered && (condition.operator === "at-least" || condition.operator === "at-most")) {
    findings.push({ code: "questionnaire/condition-operator-not-allowed", path: [...path, "operator"], params: { ...base, operator: condition.operator, type } });
  }
  if (!valueHasType(target.item, condition.value)) {
    findings.push({ code: "questionnaire/condition-wrong-type", path: [...path, "value"], params: { ...base, type } });
  } else if (!valueIsAnswer(target.item, condition.value)) {
    findings.push({ code: "questionnaire/condition-unknown-option", path: [...path, "value"], params: { ...base, value: String(condition.value) } });
  }
  return findings;
}

/**
 * `questionnaire/condition-unknown-item`, `condition-not-earlier`, `condition-wrong-type`,
 * `condition-unknown-option` and `condition-operator-not-allowed`: a condition (`enableWhen`) must
 * refer to an earlier item and compare its answer with a value that answer can take, with
 * `at-least`/`at-most` only for numbers and dates. Basis: good practice.
 */
export const conditionUnknownItemRule = questionnaireRule({
  codes: {
    "questionnaire/condition-unknown-item": {
      severity: "error",
      description: "An item's condition for being asked (enableWhen) refers to an item the questionnaire does not have.",
      basis: PRACTICE,
      messages: {
        nb: "Vilkåret for {itemId} viser til spørsmålet {target}, som ikke finnes",
        nn: "Vilkåret for {itemId} viser til spørsmålet {target}, som ikkje finst",
        en: "The condition of {itemId} refers to item {target}, which does not exist",
      },
    },
    "questionnaire/condition-not-earlier": {
      severity: "error",
      description: "An item's condition refers to an item that does not come earlier in the questionnaire.",
      basis: PRACTICE,
      messages: {
        nb: "Vilkåret for {itemId} viser til {target}, som ikke kommer før i skjemaet",
        nn: "Vilkåret for {itemId} viser til {target}, som ikkje kjem før i skjemaet",
        en: "The condition of {itemId} refers to {target}, which does not come earlier in the questionnaire",
      },
    },
    "questionnaire/condition-wrong-type": {
      severity: "error",
      description: "An item's condition compares the answer to another item with a value of the wrong type for that item.",
      basis: PRACTICE,
      messages: {
        nb: "Vilkåret for {itemId} sammenligner {target} ({type}) med en verdi av feil type",
        nn: "Vilkåret for {itemId} samanliknar {target} ({type}) med ein verdi av feil type",
        en: "The condition of {itemId} compares {target} ({type}) with a value of the wrong type",
      },
    },
    "questionnaire/condition-unknown-option": {
      severity: "error",
      description: "An item's condition compares a choice or assessment answer with a value that is not one of its answers.",
      basis: PRACTICE,
      messages: {
        nb: "Vilkåret for {itemId} bruker verdien {value}, som ikke er et svar på {target}",
        nn: "Vilkåret for {itemId} bruker verdien {value}, som ikkje er eit svar på {target}",
        en: "The condition of {itemId} uses the value {value}, which is not an answer to {target}",
      },
    },
    "questionnaire/condition-operator-not-allowed": {
      severity: "error",
      description: "An item's condition uses at-least or at-most on an item that is not a number or a date.",
      basis: PRACTICE,
      messages: {
        nb: "Vilkåret for {itemId} bruker {operator}, som ikke passer for {target} ({type})",
        nn: "Vilkåret for {itemId} bruker {operator}, som ikkje passar for {target} ({type})",
        en: "The condition of {itemId} uses {operator}, which does not suit {target} ({type})",
      },
    },
  },
  run: (questionnaire, ctx) =>
    eachItem(questionnaire).flatMap(({ item, path, order }) =>
      (item.enableWhen?.conditions ?? []).flatMap((condition, index) =>
        conditionFindings(item.id, order, condition, [...path, "enableWhen", "conditions", index], ctx),
      ),
    ),
});
