import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregateReports, catchmentAreas2024, type MunicipalReport, municipalityChanges, ProfessionSchema } from "samhandling";
import { anyYearReport } from "../fixtures/reporting.js";

const groupTotal = (report: MunicipalReport, group: "adults" | "childrenAndYoungPeople") =>
  ProfessionSchema.options.reduce((sum, profession) => sum + (report.fullTimeEquivalents[group].byProfession[profession] ?? 0), 0);

const reportLists = fc.array(anyYearReport, { maxLength: 25 });

describe("aggregateReports by catchment and numbering (properties)", () => {
  it("places each service group once: the series and the unplaced groups add up to the national totals", () => {
    fc.assert(
      fc.property(reportLists, (reports) => {
        for (const group of ["adults", "childrenAndYoungPeople"] as const) {
          const national = reports.reduce((sum, report) => sum + groupTotal(report, group), 0);
          for (const by of ["health-trust", "regional-health-authority"] as const) {
            const { series, unplaced } = aggregateReports(reports, { by, catchments: catchmentAreas2024, changes: municipalityChanges });
            const placed = series.flatMap((s) => s.points).reduce((sum, p) => sum + p[group].total, 0);
            const left = unplaced.filter((u) => u.serviceGroup === group).reduce((sum, u) => sum + groupTotal(reports[u.index]!, group), 0);
            expect(placed + left).toBeCloseTo(national, 6);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("in one numbering, places every report once or lists it as unplaced", () => {
    fc.assert(
      fc.property(reportLists, (reports) => {
        for (const by of ["county", "municipality"] as const) {
          const { series, unplaced } = aggregateReports(reports, { by, numbering: 2024, changes: municipalityChanges });
          expect(series.flatMap((s) => s.points).reduce((n, p) => n + p.reports, 0) + unplaced.length).toBe(reports.length);
        }
      }),
      { numRuns: 100 },
    );
  });
});
