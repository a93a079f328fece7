export { aggregateReports } from "./aggregate.js";
export * from "./groupings/index.js";
export { checkMunicipalReport, type MunicipalReportCheckOptions } from "./check.js";
export { educationLevelLabels, professionLabels } from "./labels.js";
export {
  firstMunicipalityListYear,
  type LookupMunicipalityOptions,
  lookupMunicipality,
  type Municipality,
  type MunicipalityCodeList,
  municipalityCodeList,
  municipalityCodeLists,
  type MunicipalityLookup,
} from "./municipality-codes.js";
export {
  type PracticeAnswers,
  PracticeAnswersSchema,
  type PracticeExtent,
  PracticeExtentSchema,
  type PracticeUse,
  PracticeUseSchema,
} from "./practice-schema.js";
export { checkReportSet } from "./report-set.js";
export { type CategoryScheme, schemeOf, type SeriesBreak } from "./schemes.js";
export {
  type EducationLevel,
  EducationLevelSchema,
  type FullTimeEquivalentBreakdown,
  FullTimeEquivalentBreakdownSchema,
  type MunicipalReport,
  MunicipalReportSchema,
  type Profession,
  ProfessionSchema,
  type UserAgeGroup,
  UserAgeGroupSchema,
  type UserCounts,
  UserCountsSchema,
} from "./schema.js";
export {
  type AggregateReportsOptions,
  type FullTimeEquivalentTotals,
  type ReportAggregate,
  type ReportAggregationLevel,
  type ReportSeries,
  type ReportSeriesPoint,
  type UnplacedReport,
} from "./series.js";
export { validateMunicipalReport, validateReportSet } from "./validate.js";
