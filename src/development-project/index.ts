export { checkDevelopmentProject, type DevelopmentProjectCheckOptions, validateDevelopmentProject } from "./check.js";
export {
  type DevelopmentAreaDecision,
  DevelopmentAreaDecisionSchema,
  type DevelopmentProject,
  DevelopmentProjectSchema,
} from "./schema.js";
export { type DevelopmentProjectStage, type DevelopmentProjectSummary, summarizeDevelopmentProject } from "./summarize.js";
export { DEVELOPMENT_PROJECT_MILESTONES, developmentProjectTemplate, type DevelopmentProjectTemplateOptions } from "./template.js";
export { developmentProjectStageLabels } from "./labels.js";
