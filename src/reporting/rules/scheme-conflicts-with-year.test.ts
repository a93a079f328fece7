import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type MunicipalReport } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (report: MunicipalReport) =>
  checkMunicipalReport(report, { today: REPORT_TODAY })
    .filter((finding) => finding.code === "reporting/scheme-conflicts-with-year")
    .map((finding) => [finding.code, finding.path]);

const at = (year: number, scheme?: MunicipalReport["scheme"]) =>
  makeMunicipalReport((r) => {
    r.year = year;
    if (scheme !== undefined) r.scheme = scheme;
  });

describe("scheme-conflicts-with-year", () => {
  it("flags a scheme another year's form used, on both sides of each break", () => {
    for (const [year, scheme] of [[2023, "2024"], [2024, "2015-2023"], [2024, "2025-split"], [2014, "2015-2023"], [2015, "before-2015"]] as const) {
      expect([year, hits(at(year, scheme))]).toEqual([year, [["reporting/scheme-conflicts-with-year", ["scheme"]]]]);
    }
  });

  it("accepts the year's own scheme, and a report that names none", () => {
    for (const [year, scheme] of [[2014, "before-2015"], [2015, "2015-2023"], [2023, "2015-2023"], [2024, "2024"]] as const) {
      expect([year, hits(at(year, scheme))]).toEqual([year, []]);
    }
    expect(hits(at(2024))).toEqual([]);
  });
});
