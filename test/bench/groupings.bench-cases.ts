import { aggregateReports, type AggregateReportsOptions, catchmentAreas2024, type MunicipalReport, municipalityChanges } from "../../src/index.js";
import type { BenchCase } from "./_case.js";

// Every unit of the adult catchment table once (2024 numbering): the municipalities, and Oslo,
// Bergen, Trondheim and Stavanger by city district, so every catchment level places every report.
const UNITS = [...new Map(catchmentAreas2024.adults.map((row) => [`${row.municipality}|${row.district ?? ""}`, row])).values()];
const YEARS = Array.from({ length: 10 }, (_, i) => 2024 + i);

function fictionalReport(municipalityNumber: string, district: string | undefined, year: number, seed: number): MunicipalReport {
  const nurses = 2 + (seed % 17) / 2;
  const children = 1 + (seed % 3) / 2;
  return {
    kind: "municipal-report",
    year,
    municipalityNumber,
    ...(district === undefined ? {} : { district }),
    fullTimeEquivalents: {
      adults: { byProfession: { nurse: nurses }, byEducation: { "further-education": nurses }, ...(seed % 7 === 0 ? { provenance: "carried-forward" as const } : {}) },
      childrenAndYoungPeople: { byProfession: { psychologist: children }, byEducation: { master: children } },
    },
    users: { byAgeGroup: { "25-66": 40 } },
    practice: {
      individualPlans: { extent: "to-some-extent", users: 12 },
      coordinators: { extent: "to-a-large-extent", users: 18 },
      responsibilityGroups: { extent: "to-a-large-extent", users: 15 },
      voluntaryOrganisations: { hasAgreements: "yes", agreements: 1 },
    },
  };
}

const TEN_YEARS = YEARS.flatMap((year, y) => UNITS.map((row, m) => fictionalReport(row.municipality, row.district, year, y * UNITS.length + m)));
const ONE_YEAR = TEN_YEARS.filter((report) => report.year === 2024);

const LEVELS: readonly (readonly [label: string, options: AggregateReportsOptions])[] = [
  ["health-trust", { by: "health-trust", catchments: catchmentAreas2024 }],
  ["dps-area", { by: "dps-area", catchments: catchmentAreas2024 }],
  ["regional-health-authority", { by: "regional-health-authority", catchments: catchmentAreas2024 }],
  ["county in 2020 numbering", { by: "county", numbering: 2020, changes: municipalityChanges }],
];

/**
 * Benchmarks for the report groupings: `aggregateReports` by health trust, DPS area, regional health
 * authority and county in a chosen numbering, 10 years of every catchment unit against 1 year (target
 * at most 11x: linear in the reports, the missing municipalities placed once per year).
 *
 * @example
 * groupingBenchCases.filter((benchCase) => benchCase.target?.max === 11).length
 * //=> 4
 */
export const groupingBenchCases: BenchCase[] = LEVELS.flatMap(([label, options]) => {
  const one = `aggregateReports ${label} (${ONE_YEAR.length} reports, 1 year)`;
  return [
    { name: one, fn: () => aggregateReports(ONE_YEAR, options) },
    {
      name: `aggregateReports ${label} (${ONE_YEAR.length} x 10 years)`,
      fn: () => aggregateReports(TEN_YEARS, options),
      baseline: one,
      target: { max: 11 },
      note: "every unit of the adult catchment table, districts included, each year; missing computed per year",
    },
  ];
});
