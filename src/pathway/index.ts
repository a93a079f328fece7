export { BUILT_IN_PATHWAYS, childrenPathway } from "./builtin.js";
export { checkPathwayCase, validatePathwayCase, validatePathwayDefinition } from "./check.js";
export {
  type PathwayDeadline,
  PathwayDeadlineSchema,
  type PathwayDefinition,
  PathwayDefinitionSchema,
  type PathwayLabel,
  PathwayLabelSchema,
  type PathwayRole,
  PathwayRoleSchema,
  type PathwayStep,
  PathwayStepSchema,
  type PathwayStepType,
  PathwayStepTypeSchema,
} from "./definition.js";
export { DEFAULT_PATHWAY_INACTIVE_DAYS, type PathwayCheckOptions } from "./options.js";
export { type PathwayWorkItem, pathwayWorkList } from "./work-list.js";
export {
  type PathwayCase,
  type PathwayCaseInput,
  PathwayCaseSchema,
  type PathwayCaseStatus,
  PathwayCaseStatusSchema,
  type PathwayChild,
  PathwayChildSchema,
  type PathwayResponsible,
  PathwayResponsibleSchema,
  type PathwayStepConsent,
  PathwayStepConsentSchema,
  type PathwayStepRecord,
  PathwayStepRecordSchema,
} from "./schema.js";
export { pathwayCaseStatusLabels } from "./labels.js";
