export { type ActionPlanCheckOptions, checkActionPlan } from "./check.js";
export { parseRowStatus, type ParseRowStatusResult } from "./parse-row-status.js";
export {
  actionPlanProgress,
  type ActionPlanProgress,
  type ActionPlanProgressItem,
  type ActionPlanProgressOptions,
} from "./progress.js";
export {
  type ActionPlan,
  type ActionPlanMunicipality,
  ActionPlanMunicipalitySchema,
  type ActionPlanRow,
  ActionPlanRowSchema,
  type ActionPlanRowStatus,
  ActionPlanRowStatusSchema,
  ActionPlanSchema,
  type ActionPlanSignature,
  ActionPlanSignatureSchema,
} from "./schema.js";
export { validateActionPlan } from "./validate.js";
export { actionPlanRowStatusLabels } from "./labels.js";
