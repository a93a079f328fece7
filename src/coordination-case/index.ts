export { checkCoordinationCase } from "./check.js";
export { listOpenCases, type OpenCaseItem } from "./list-open-cases.js";
export { type CaseStep, CaseStepSchema } from "./next-step.js";
export type { CoordinationCaseCheckOptions, OpenCaseListOptions } from "./options.js";
export {
  type CaseClosingReason,
  CaseClosingReasonSchema,
  type CaseStatus,
  CaseStatusSchema,
  type CaseUser,
  CaseUserSchema,
  type CoordinationCase,
  CoordinationCaseSchema,
} from "./schema.js";
export {
  type CaseActivity,
  type CaseActivityKind,
  CaseActivityKindSchema,
  CaseActivitySchema,
  type CaseAppointment,
  CaseAppointmentSchema,
  type CasePlanLink,
  CasePlanLinkSchema,
} from "./appointment.js";
export {
  type CaseConsent,
  CaseConsentSchema,
  type CaseNotice,
  CaseNoticeSchema,
  type CaseOffer,
  CaseOfferSchema,
  type NoticeSource,
  NoticeSourceSchema,
  type OfferAnswer,
  OfferAnswerSchema,
} from "./steps.js";
export { validateCoordinationCase } from "./validate.js";
export type { CaseUserInput, CoordinationCaseInput } from "./schema.js";
export { caseStatusLabels } from "./labels.js";
