import {
  aggregateReports,
  checkReportSet,
  type MunicipalReport,
  MunicipalReportSchema,
  municipalityCodeLists,
  validateMunicipalReport,
} from "../../src/index.js";
import type { BenchCase } from "./_case.js";

const TODAY = "2035-03-01";
// 356 municipalities, as many as there were from 2020 to 2023; numbers from the 2024 list.
const NUMBERS = (municipalityCodeLists[2024] ?? []).slice(0, 356).map((municipality) => municipality.number);
const YEARS = Array.from({ length: 10 }, (_, i) => 2024 + i);

function fictionalReport(municipalityNumber: string, year: number, seed: number): MunicipalReport {
  const nurses = 2 + (seed % 17) / 2;
  const others = 1 + (seed % 5) / 2;
  const children = 1 + (seed % 3) / 2;
  return {
    kind: "municipal-report",
    year,
    municipalityNumber,
    fullTimeEquivalents: {
      adults: {
        total: nurses + others,
        byProfession: { nurse: nurses, "social-educator": others },
        byEducation: { bachelor: others, "further-education": nurses },
      },
      childrenAndYoungPeople: { total: children, byProfession: { psychologist: children }, byEducation: { master: children } },
    },
    users: { total: 100, byAgeGroup: { "0-12": 10, "13-17": 15, "18-24": 20, "25-66": 45, "67+": 10 } },
    practice: {
      individualPlans: { extent: "to-some-extent", users: 12 },
      coordinators: { extent: "to-a-large-extent", users: 18 },
      responsibilityGroups: { extent: "to-a-large-extent", users: 15 },
      voluntaryOrganisations: { hasAgreements: "yes", agreements: 1 },
    },
  };
}

const TEN_YEARS = YEARS.flatMap((year, y) => NUMBERS.map((number, m) => fictionalReport(number, year, y * 356 + m)));
const ONE_YEAR = TEN_YEARS.filter((report) => report.year === 2024);
const ONE_REPORT = TEN_YEARS[0];

const SAFE_PARSE = "MunicipalReportSchema.safeParse (1 report)";
const NATIONAL_ONE_YEAR = "aggregateReports national (356 reports, 1 year)";

/**
 * Benchmarks for the yearly report: validating one report against its bare schema parse, and
 * aggregating 356 municipalities x 10 years against one year (a ratio near 10x shows linear growth).
 *
 * @example
 * reportingBenchCases.map((benchCase) => benchCase.name).length
 * //=> 8
 */
export const reportingBenchCases: BenchCase[] = [
  { name: SAFE_PARSE, fn: () => MunicipalReportSchema.safeParse(ONE_REPORT) },
  { name: "validateMunicipalReport (1 report)", fn: () => validateMunicipalReport(ONE_REPORT, { today: TODAY }), baseline: SAFE_PARSE },
  { name: NATIONAL_ONE_YEAR, fn: () => aggregateReports(ONE_YEAR, { by: "national" }) },
  { name: "aggregateReports national (356 x 10 years)", fn: () => aggregateReports(TEN_YEARS, { by: "national" }), baseline: NATIONAL_ONE_YEAR },
  { name: "aggregateReports county (356 x 10 years)", fn: () => aggregateReports(TEN_YEARS, { by: "county" }), baseline: NATIONAL_ONE_YEAR },
  { name: "aggregateReports municipality (356 x 10 years)", fn: () => aggregateReports(TEN_YEARS, { by: "municipality" }), baseline: NATIONAL_ONE_YEAR },
  { name: "checkReportSet (356 reports, 1 year)", fn: () => checkReportSet(ONE_YEAR, { today: TODAY }), baseline: NATIONAL_ONE_YEAR },
  { name: "checkReportSet (356 x 10 years)", fn: () => checkReportSet(TEN_YEARS, { today: TODAY }), baseline: NATIONAL_ONE_YEAR },
];
