import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type MunicipalReport, type MunicipalReportCheckOptions } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (report: MunicipalReport, options: Partial<MunicipalReportCheckOptions> = {}) =>
  checkMunicipalReport(report, { today: REPORT_TODAY, ...options })
    .filter((finding) => ["reporting/fte-total-mismatch", "reporting/fte-breakdowns-differ", "reporting/no-full-time-equivalents"].includes(finding.code))
    .map((finding) => [finding.code, finding.path]);

describe("fte-total-mismatch", () => {
  it("fires on a total that is not the sum by profession, beyond rounding", () => {
    expect(hits(makeMunicipalReport((r) => { r.fullTimeEquivalents.adults.total = 12.51; }))).toEqual([
      ["reporting/fte-total-mismatch", ["fullTimeEquivalents", "adults", "total"]],
    ]);
    expect(hits(makeMunicipalReport((r) => { r.fullTimeEquivalents.adults.total = 12.504; }))).toEqual([]);
  });

  it("fires reporting/fte-breakdowns-differ when the sums by profession and by education differ", () => {
    const report = makeMunicipalReport((r) => { r.fullTimeEquivalents.childrenAndYoungPeople.byEducation.master = 2; });
    expect(hits(report)).toEqual([["reporting/fte-breakdowns-differ", ["fullTimeEquivalents", "childrenAndYoungPeople", "byEducation"]]]);
  });

  it("fires reporting/no-full-time-equivalents on a report with none", () => {
    const none = makeMunicipalReport((r) => {
      r.fullTimeEquivalents.adults = { byProfession: {}, byEducation: {} };
      r.fullTimeEquivalents.childrenAndYoungPeople = { total: 0, byProfession: { nurse: 0 }, byEducation: {} };
    });
    expect(hits(none)).toEqual([["reporting/no-full-time-equivalents", ["fullTimeEquivalents"]]]);
  });

  it("does not fire on the sound report", () => {
    expect(hits(makeMunicipalReport())).toEqual([]);
  });
});
