import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type MunicipalReport, type MunicipalReportCheckOptions } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (report: MunicipalReport, options: Partial<MunicipalReportCheckOptions> = {}) =>
  checkMunicipalReport(report, { today: REPORT_TODAY, ...options })
    .filter((finding) => ["reporting/year-not-ended"].includes(finding.code))
    .map((finding) => [finding.code, finding.path]);

describe("year-not-ended", () => {
  it("fires on a year that has not ended on today", () => {
    expect(hits(makeMunicipalReport(), { today: "2024-12-31" })).toEqual([["reporting/year-not-ended", ["year"]]]);
    expect(hits(makeMunicipalReport((r) => { r.year = 2025; }))).toEqual([["reporting/year-not-ended", ["year"]]]);
  });

  it("does not fire from the first day of the next year", () => {
    expect(hits(makeMunicipalReport(), { today: "2025-01-01" })).toEqual([]);
  });
});
