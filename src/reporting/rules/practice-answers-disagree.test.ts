import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type MunicipalReport, type MunicipalReportCheckOptions } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (report: MunicipalReport, options: Partial<MunicipalReportCheckOptions> = {}) =>
  checkMunicipalReport(report, { today: REPORT_TODAY, ...options })
    .filter((finding) => ["reporting/practice-answers-disagree"].includes(finding.code))
    .map((finding) => [finding.code, finding.path]);

describe("practice-answers-disagree", () => {
  it("fires on a practice not used that has users, and on agreements said not to exist", () => {
    expect(hits(makeMunicipalReport((r) => { r.practice.coordinators = { extent: "not-at-all", users: 1 }; }))).toEqual([
      ["reporting/practice-answers-disagree", ["practice", "coordinators", "users"]],
    ]);
    expect(hits(makeMunicipalReport((r) => { r.practice.voluntaryOrganisations = { hasAgreements: "no", agreements: 2 }; }))).toEqual([
      ["reporting/practice-answers-disagree", ["practice", "voluntaryOrganisations", "agreements"]],
    ]);
  });

  it("does not fire when the count is zero", () => {
    expect(hits(makeMunicipalReport((r) => { r.practice.coordinators = { extent: "not-at-all", users: 0 }; }))).toEqual([]);
    expect(hits(makeMunicipalReport((r) => { r.practice.voluntaryOrganisations = { hasAgreements: "no", agreements: 0 }; }))).toEqual([]);
  });
});
