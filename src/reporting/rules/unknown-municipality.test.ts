import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type MunicipalReport, type MunicipalReportCheckOptions } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (report: MunicipalReport, options: Partial<MunicipalReportCheckOptions> = {}) =>
  checkMunicipalReport(report, { today: REPORT_TODAY, ...options })
    .filter((finding) => ["reporting/unknown-municipality", "reporting/no-municipality-list"].includes(finding.code))
    .map((finding) => [finding.code, finding.path]);

describe("unknown-municipality", () => {
  it("fires on a number not in the list valid in the report's year", () => {
    expect(hits(makeMunicipalReport((r) => { r.municipalityNumber = "3001"; }))).toEqual([["reporting/unknown-municipality", ["municipalityNumber"]]]);
  });

  it("says, as info, that no list covers a year before the first list", () => {
    const findings = checkMunicipalReport(makeMunicipalReport((r) => { r.year = 2019; }), { today: REPORT_TODAY });
    expect(findings.map((f) => [f.code, f.path, f.severity])).toEqual([["reporting/no-municipality-list", ["municipalityNumber"], "info"]]);
  });

  it("does not fire on a number in the list", () => {
    expect(hits(makeMunicipalReport())).toEqual([]);
    expect(hits(makeMunicipalReport((r) => { r.year = 2020; r.municipalityNumber = "3001"; }))).toEqual([]);
  });
});
