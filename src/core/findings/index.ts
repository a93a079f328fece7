export type { BasisSource, FindingBasis, IpContentItem } from "./basis.js";
export { type FindingCode, findingCatalog } from "./catalog/index.js";
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
