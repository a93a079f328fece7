import { describe, expect, it } from "vitest";
import { validateMunicipalReport } from "samhandling";
import { deepFreeze, makeMunicipalReport, REPORT_TODAY } from "../fixtures/reporting.js";

const validate = (input: unknown) => validateMunicipalReport(deepFreeze(input), { today: REPORT_TODAY });
const codesAndPaths = (input: unknown) => validate(input).findings.map((finding) => [finding.code, finding.path]);

describe("validateMunicipalReport", () => {
  it("returns a sound report as its value", () => {
    const report = makeMunicipalReport();
    expect(validate(report)).toEqual({ ok: true, value: report, findings: [] });
  });

  it("is ok with warnings and info, not with errors", () => {
    const before2020 = validate(makeMunicipalReport((r) => { r.year = 2019; }));
    expect(before2020.ok).toBe(true);
    expect(before2020.findings.map((finding) => [finding.code, finding.severity])).toEqual([["reporting/no-municipality-list", "info"]]);
    expect(validateMunicipalReport(makeMunicipalReport(), { today: "2024-12-31" }).ok).toBe(true);
    expect(validate(makeMunicipalReport((r) => { r.users.total = 1; })).ok).toBe(false);
  });

  it("turns schema problems into schema findings", () => {
    expect(codesAndPaths(makeMunicipalReport((r) => { r.municipalityNumber = "301"; }))).toEqual([
      ["schema/invalid-municipality-number", ["municipalityNumber"]],
    ]);
    expect(codesAndPaths({ ...makeMunicipalReport(), extra: 1 })).toEqual([["schema/unrecognized-keys", []]]);
    expect(codesAndPaths(makeMunicipalReport((r) => { r.year = 1989; }))).toEqual([["schema/too-small", ["year"]]]);
    expect(codesAndPaths({ ...makeMunicipalReport(), kind: "action-plan" })).toEqual([["schema/invalid-value", ["kind"]]]);
    const unknownProfession = { ...makeMunicipalReport(), fullTimeEquivalents: { adults: { byProfession: { astronaut: 1 }, byEducation: {} }, childrenAndYoungPeople: { byProfession: {}, byEducation: {} } } };
    expect(validate(unknownProfession).ok).toBe(false);
    expect(validate(makeMunicipalReport((r) => { r.users.byAgeGroup["0-12"] = 1.5; })).ok).toBe(false);
    expect(validate(makeMunicipalReport((r) => { r.fullTimeEquivalents.adults.byProfession.nurse = Number.POSITIVE_INFINITY; })).ok).toBe(false);
  });

  it("never throws on input of the wrong shape", () => {
    for (const input of [null, undefined, 42, "report", [], {}, { kind: "municipal-report" }]) {
      expect(validate(input).ok).toBe(false);
    }
  });

  it("throws a RangeError for a broken option, whatever the input", () => {
    expect(() => validateMunicipalReport(null, { today: "2025-13-01" })).toThrow(RangeError);
    expect(() => validateMunicipalReport(null, { today: REPORT_TODAY, maxFullTimeEquivalents: -5 })).toThrow(RangeError);
  });
});
