import { describe, expect, it } from "vitest";
import { checkReportSet, findingCatalog, type Finding, validateReportSet } from "samhandling";
import { deepFreeze, makeMunicipalReport, REPORT_TODAY } from "../fixtures/reporting.js";

const codesAndPaths = (findings: readonly Finding[]): [string, readonly (string | number)[]][] =>
  findings.map((finding) => [finding.code, finding.path]);

describe("checkReportSet", () => {
  it("flags every report after the first for the same municipality and year", () => {
    const reports = deepFreeze([
      makeMunicipalReport(),
      makeMunicipalReport((r) => { r.municipalityNumber = "1528"; }),
      makeMunicipalReport(),
      makeMunicipalReport(),
    ]);
    const findings = checkReportSet(reports, { today: REPORT_TODAY, locale: "en" });
    expect(codesAndPaths(findings)).toEqual([
      ["reporting/duplicate-report", [2]],
      ["reporting/duplicate-report", [3]],
    ]);
    expect(findings.map((finding) => finding.params)).toEqual([
      { municipalityNumber: "1525", year: 2024, firstIndex: 0 },
      { municipalityNumber: "1525", year: 2024, firstIndex: 0 },
    ]);
    expect(findings[0]?.message).toBe("Municipality 1525 has more than one report for 2024; the first is at [0]");
  });

  it("stays silent for one municipality across years and for several municipalities in one year", () => {
    const reports = deepFreeze([
      makeMunicipalReport((r) => { r.year = 2019; }),
      makeMunicipalReport((r) => { r.year = 2023; }),
      makeMunicipalReport(),
      makeMunicipalReport((r) => { r.municipalityNumber = "4601"; }),
    ]);
    expect(codesAndPaths(checkReportSet(reports, { today: REPORT_TODAY }))).toEqual([
      ["reporting/no-municipality-list", [0, "municipalityNumber"]],
    ]);
    expect(checkReportSet([], { today: REPORT_TODAY })).toEqual([]);
  });

  it("checks each report, with paths starting at its index", () => {
    const reports = deepFreeze([
      makeMunicipalReport(),
      makeMunicipalReport((r) => {
        r.municipalityNumber = "1528";
        r.users.total = 1;
      }),
    ]);
    expect(codesAndPaths(checkReportSet(reports, { today: REPORT_TODAY, rules: { "reporting/count-exceeds-users": "off" } }))).toEqual([
      ["reporting/user-total-mismatch", [1, "users", "total"]],
    ]);
  });
});

describe("validateReportSet", () => {
  it("returns the reports when no finding is an error", () => {
    const reports = [makeMunicipalReport(), makeMunicipalReport((r) => { r.year = 2019; })];
    const result = validateReportSet(deepFreeze(reports), { today: REPORT_TODAY });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toEqual(reports);
    expect(result.findings.map((f) => f.severity)).toEqual(["info"]);
  });

  it("fails on duplicates and on input that is not a list of reports", () => {
    expect(validateReportSet([makeMunicipalReport(), makeMunicipalReport()], { today: REPORT_TODAY }).ok).toBe(false);
    const bad = validateReportSet([makeMunicipalReport(), { kind: "municipal-report" }], { today: REPORT_TODAY });
    expect(bad.ok).toBe(false);
    expect(bad.findings.every((f) => f.code.startsWith("schema/") && f.path[0] === 1)).toBe(true);
    expect(validateReportSet({}, { today: REPORT_TODAY }).findings.map((f) => f.code)).toEqual(["schema/invalid-type"]);
  });
});

describe("reportingFindings", () => {
  it("rests every reporting code on a basis, with the finding params only ids, years and counts", () => {
    const reporting = Object.entries(findingCatalog).filter(([code]) => code.startsWith("reporting/"));
    expect(reporting.map(([code]) => code).sort()).toEqual([
      "reporting/count-exceeds-users",
      "reporting/district-needed",
      "reporting/duplicate-report",
      "reporting/fte-breakdowns-differ",
      "reporting/fte-total-mismatch",
      "reporting/implausible-fte",
      "reporting/negative-value",
      "reporting/no-full-time-equivalents",
      "reporting/no-municipality-list",
      "reporting/practice-answers-disagree",
      "reporting/scheme-conflicts-with-year",
      "reporting/unknown-district",
      "reporting/unknown-municipality",
      "reporting/user-total-mismatch",
      "reporting/year-not-ended",
    ]);
    const municipality = ["reporting/no-municipality-list", "reporting/unknown-municipality", "reporting/unknown-district"];
    for (const [code, entry] of reporting) {
      const expected = municipality.includes(code) ? "ssb-municipalities" : code === "reporting/implausible-fte" ? undefined : "is-24-8";
      expect([code, entry.basis.source, entry.basis.also]).toEqual([code, expected, undefined]);
    }
  });
});
