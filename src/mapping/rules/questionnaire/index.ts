import { catalogOf } from "../../../_lib/engine/rule.js";
import { choiceWithoutOptionsRule } from "./choice-without-options.js";
import { conditionUnknownItemRule } from "./condition-unknown-item.js";
import { duplicateIdRule } from "./duplicate-id.js";
import { emptySectionRule } from "./empty-section.js";
import { invalidRangeRule } from "./invalid-range.js";
import { missingTranslationRule } from "./missing-translation.js";

export { type QuestionnaireRuleContext, questionnaireRule } from "./context.js";

/** Every rule `checkQuestionnaire` runs. */
export const questionnaireRules = [
  duplicateIdRule,
  emptySectionRule,
  choiceWithoutOptionsRule,
  invalidRangeRule,
  conditionUnknownItemRule,
  missingTranslationRule,
] as const;

/** The codes of a questionnaire definition (spørreskjema), `questionnaire/...`, as the rules declare them. */
export const questionnaireFindings = catalogOf(questionnaireRules);
