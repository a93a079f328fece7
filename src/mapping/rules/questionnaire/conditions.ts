import type { RawFinding } from "../../../_lib/_legacy.js";
import { isCalendarDate } from "../../../core/dates/calendar-date.js";
import type { FindingPath } from "../../../core/findings/types.js";
import { AssessmentValueSchema, type EnableCondition, type QuestionnaireItem } from "../../item-schema.js";
import { eachItem, type QuestionnaireRule } from "./context.js";

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

function conditionFindings(itemId: string, order: number, condition: EnableCondition, path: FindingPath, ctx: Parameters<QuestionnaireRule>[1]): RawFinding[] {
  const target = ctx.index.byId.get(condition.itemId);
  const base = { itemId, target: condition.itemId };
  if (target === undefined) return [{ code: "questionnaire/condition-unknown-item", path: [...path, "itemId"], params: base }];
  if (target.order >= order) return [{ code: "questionnaire/condition-not-earlier", path: [...path, "itemId"], params: base }];
  const type = target.item.type;
  const findings: RawFinding[] = [];
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
 * `questionnaire/condition-unknown-item`, `condition-not-earlier`, `condition-operator-not-allowed`,
 * `condition-wrong-type` and `condition-unknown-option`: a condition must refer to an earlier item and
 * compare its answer with a value that answer can take.
 */
export const conditions: QuestionnaireRule = (questionnaire, ctx) =>
  eachItem(questionnaire).flatMap(({ item, path, order }) =>
    (item.enableWhen?.conditions ?? []).flatMap((condition, index) =>
      conditionFindings(item.id, order, condition, [...path, "enableWhen", "conditions", index], ctx),
    ),
  );
