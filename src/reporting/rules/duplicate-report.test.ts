import { describe, expect, it } from "vitest";
import { checkReportSet } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (reports: Parameters<typeof checkReportSet>[0]) =>
  checkReportSet(reports, { today: REPORT_TODAY })
    .filter((finding) => finding.code === "reporting/duplicate-report")
    .map((finding) => [finding.code, finding.path]);

describe("duplicate-report", () => {
  it("fires at each report after the first for the same municipality and year", () => {
    expect(hits([makeMunicipalReport(), makeMunicipalReport(), makeMunicipalReport()])).toEqual([
      ["reporting/duplicate-report", [1]],
      ["reporting/duplicate-report", [2]],
    ]);
  });

  it("does not fire on another year or another municipality", () => {
    expect(hits([makeMunicipalReport(), makeMunicipalReport((r) => { r.year = 2023; }), makeMunicipalReport((r) => { r.municipalityNumber = "1528"; })])).toEqual([]);
  });
});
