import { catalogOf } from "../../_lib/engine/rule.js";
import { areaNotAddressedRule } from "./area-not-addressed.js";
import { evaluationBeforeExecutionRule } from "./evaluation-before-execution.js";
import { planBeforeMappingRule } from "./plan-before-mapping.js";
import { templateMilestoneMissingRule } from "./template-milestone-missing.js";
import { templateMilestoneOutOfOrderRule } from "./template-milestone-out-of-order.js";
import { unknownAreaRowRule } from "./unknown-area-row.js";

export { developmentProjectContext, developmentProjectRule, type DevelopmentProjectRuleContext } from "./context.js";

/** Every rule `checkDevelopmentProject` runs. */
export const developmentProjectRules = [
  planBeforeMappingRule,
  areaNotAddressedRule,
  unknownAreaRowRule,
  evaluationBeforeExecutionRule,
  templateMilestoneMissingRule,
  templateMilestoneOutOfOrderRule,
] as const;

/** The codes of the development-project concept (utviklingsarbeid), `development-project/...`. Params are item ids, row and milestone ids, dates and reason codes. */
export const developmentProjectFindings = catalogOf(developmentProjectRules);
