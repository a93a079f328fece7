import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type MunicipalReport, type MunicipalReportCheckOptions } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (report: MunicipalReport, options: Partial<MunicipalReportCheckOptions> = {}) =>
  checkMunicipalReport(report, { today: REPORT_TODAY, ...options })
    .filter((finding) => ["reporting/negative-value", "reporting/implausible-fte"].includes(finding.code))
    .map((finding) => [finding.code, finding.path]);

describe("negative-value", () => {
  it("fires on a negative count or FTE", () => {
    expect(hits(makeMunicipalReport((r) => { r.users.byAgeGroup["0-12"] = -1; }))).toEqual([["reporting/negative-value", ["users", "byAgeGroup", "0-12"]]]);
    expect(hits(makeMunicipalReport((r) => { r.fullTimeEquivalents.adults.byProfession.nurse = -5; }), { maxFullTimeEquivalents: 1 })).toContainEqual([
      "reporting/negative-value",
      ["fullTimeEquivalents", "adults", "byProfession", "nurse"],
    ]);
  });

  it("fires reporting/implausible-fte above maxFullTimeEquivalents, not at it", () => {
    expect(hits(makeMunicipalReport(), { maxFullTimeEquivalents: 12.4 })).toEqual([["reporting/implausible-fte", ["fullTimeEquivalents", "adults", "total"]]]);
    expect(hits(makeMunicipalReport(), { maxFullTimeEquivalents: 12.5 })).toEqual([]);
  });

  it("does not fire on the sound report", () => {
    expect(hits(makeMunicipalReport())).toEqual([]);
  });
});
