import { choiceOptions } from "./choice-options.js";
import { conditions } from "./conditions.js";
import type { QuestionnaireRule } from "./context.js";
import { duplicateId } from "./duplicate-id.js";
import { emptySection } from "./empty-section.js";
import { invalidRange } from "./invalid-range.js";
import { missingTranslation } from "./missing-translation.js";

export type { QuestionnaireRule, QuestionnaireRuleContext } from "./context.js";

/** Every rule `checkQuestionnaire` runs. */
export const questionnaireRules: readonly QuestionnaireRule[] = [
  duplicateId,
  emptySection,
  choiceOptions,
  invalidRange,
  conditions,
  missingTranslation,
];
