import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type MunicipalReport, type MunicipalReportCheckOptions } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (report: MunicipalReport, options: Partial<MunicipalReportCheckOptions> = {}) =>
  checkMunicipalReport(report, { today: REPORT_TODAY, ...options })
    .filter((finding) => ["reporting/user-total-mismatch", "reporting/count-exceeds-users"].includes(finding.code))
    .map((finding) => [finding.code, finding.path]);

describe("user-total-mismatch", () => {
  it("fires on a user total that is not the sum by age group", () => {
    expect(hits(makeMunicipalReport((r) => { r.users.total = 181; }))).toEqual([["reporting/user-total-mismatch", ["users", "total"]]]);
  });

  it("fires reporting/count-exceeds-users on a count above the users, not at it", () => {
    expect(hits(makeMunicipalReport((r) => { r.practice.individualPlans.users = 181; }))).toEqual([
      ["reporting/count-exceeds-users", ["practice", "individualPlans", "users"]],
    ]);
    expect(hits(makeMunicipalReport((r) => { r.practice.individualPlans.users = 180; }))).toEqual([]);
  });

  it("does not fire on the sound report", () => {
    expect(hits(makeMunicipalReport())).toEqual([]);
  });
});
