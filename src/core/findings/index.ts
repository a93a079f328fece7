export type { BasisSource, FindingBasis, IpContentItem } from "./basis.js";
export { findingCatalog } from "./catalog/index.js";
export { FINDING_CODES, type FindingCode, isFindingCode } from "./codes.js";
export { formatFindingsTable, type FormatFindingsOptions, formatPath } from "./format.js";
export { findingMessage } from "./message.js";
export type {
  CheckOptions,
  ConfigurableFindingCode,
  Finding,
  FindingDefinition,
  FindingParams,
  FindingPath,
  RuleSetting,
  Severity,
  Validation,
} from "./types.js";
export { severityLabels } from "./labels.js";
