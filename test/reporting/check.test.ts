import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type Finding, type MunicipalReport, type MunicipalReportCheckOptions } from "samhandling";
import { deepFreeze, makeMunicipalReport, REPORT_TODAY } from "../fixtures/reporting.js";

const options: MunicipalReportCheckOptions = { today: REPORT_TODAY };
const check = (report: MunicipalReport, extra: Partial<MunicipalReportCheckOptions> = {}): Finding[] =>
  checkMunicipalReport(deepFreeze(report), { ...options, ...extra });
const codesAndPaths = (findings: readonly Finding[]): [string, readonly (string | number)[]][] =>
  findings.map((finding) => [finding.code, finding.path]);
const codes = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.code);

describe("checkMunicipalReport", () => {
  it("finds nothing in a sound report", () => {
    expect(check(makeMunicipalReport())).toEqual([]);
  });

  describe("reporting/negative-value", () => {
    it("flags a negative FTE, user count or practice count", () => {
      const findings = check(
        makeMunicipalReport((r) => {
          r.fullTimeEquivalents.adults.byProfession.nurse = -1;
          r.users.byAgeGroup["67+"] = -2;
          r.practice.voluntaryOrganisations.agreements = -1;
        }),
      ).filter((finding) => finding.code === "reporting/negative-value");
      expect(findings.map((finding) => finding.path)).toEqual([
        ["fullTimeEquivalents", "adults", "byProfession", "nurse"],
        ["practice", "voluntaryOrganisations", "agreements"],
        ["users", "byAgeGroup", "67+"],
      ]);
      expect(findings.every((finding) => finding.severity === "error")).toBe(true);
    });

    it("stays silent on zero", () => {
      const report = makeMunicipalReport((r) => {
        r.fullTimeEquivalents.childrenAndYoungPeople = { total: 0, byProfession: { nurse: 0 }, byEducation: { master: 0 } };
        r.practice.voluntaryOrganisations = { hasAgreements: "no", agreements: 0 };
      });
      expect(check(report)).toEqual([]);
    });
  });

  describe("reporting/implausible-fte", () => {
    const withNurses = (fte: number): MunicipalReport =>
      makeMunicipalReport((r) => {
        r.fullTimeEquivalents.adults = { byProfession: { nurse: fte }, byEducation: { bachelor: fte } };
      });

    it("warns about an FTE figure above 5000", () => {
      expect(codesAndPaths(check(withNurses(5000.5)))).toEqual([
        ["reporting/implausible-fte", ["fullTimeEquivalents", "adults", "byEducation", "bachelor"]],
        ["reporting/implausible-fte", ["fullTimeEquivalents", "adults", "byProfession", "nurse"]],
      ]);
      expect(check(withNurses(5000.5))[0]?.severity).toBe("warning");
    });

    it("accepts exactly the limit, and takes the caller's limit", () => {
      expect(check(withNurses(5000))).toEqual([]);
      expect(check(withNurses(80), { maxFullTimeEquivalents: 80 })).toEqual([]);
      expect(codes(check(withNurses(80.1), { maxFullTimeEquivalents: 80 }))).toEqual([
        "reporting/implausible-fte",
        "reporting/implausible-fte",
      ]);
      expect(check(withNurses(80.1), { maxFullTimeEquivalents: 80 })[0]?.params).toEqual({ max: 80 });
    });

    it("throws a RangeError for a limit that is not a positive number", () => {
      for (const max of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        expect(() => check(makeMunicipalReport(), { maxFullTimeEquivalents: max })).toThrow(RangeError);
      }
    });
  });

  describe("reporting/no-full-time-equivalents", () => {
    it("warns when neither group has any FTE", () => {
      const report = makeMunicipalReport((r) => {
        r.fullTimeEquivalents = {
          adults: { byProfession: {}, byEducation: {} },
          childrenAndYoungPeople: { total: 0, byProfession: { nurse: 0 }, byEducation: {} },
        };
      });
      expect(codesAndPaths(check(report))).toEqual([["reporting/no-full-time-equivalents", ["fullTimeEquivalents"]]]);
    });

    it("stays silent when one group has FTEs", () => {
      const report = makeMunicipalReport((r) => {
        r.fullTimeEquivalents.childrenAndYoungPeople = { byProfession: {}, byEducation: {} };
      });
      expect(check(report)).toEqual([]);
    });
  });

  describe("reporting/fte-total-mismatch", () => {
    it("flags a total that is not the sum by profession", () => {
      const findings = check(makeMunicipalReport((r) => { r.fullTimeEquivalents.adults.total = 12.51; }));
      expect(codesAndPaths(findings)).toEqual([["reporting/fte-total-mismatch", ["fullTimeEquivalents", "adults", "total"]]]);
      expect(findings[0]?.params).toEqual({ reported: 12.51, sum: 12.5 });
    });

    it("allows rounding below a hundredth, and a total left out", () => {
      expect(check(makeMunicipalReport((r) => { r.fullTimeEquivalents.adults.total = 12.504; }))).toEqual([]);
      expect(check(makeMunicipalReport((r) => { delete r.fullTimeEquivalents.childrenAndYoungPeople.total; }))).toEqual([]);
    });
  });

  describe("reporting/fte-breakdowns-differ", () => {
    it("flags education levels that add up to another sum than the professions", () => {
      const findings = check(makeMunicipalReport((r) => { r.fullTimeEquivalents.childrenAndYoungPeople.byEducation.master = 2; }));
      expect(codesAndPaths(findings)).toEqual([
        ["reporting/fte-breakdowns-differ", ["fullTimeEquivalents", "childrenAndYoungPeople", "byEducation"]],
      ]);
      expect(findings[0]?.params).toEqual({ byProfession: 4, byEducation: 5 });
    });

    it("flags a missing education breakdown and stays silent on float noise", () => {
      expect(codes(check(makeMunicipalReport((r) => { r.fullTimeEquivalents.adults.byEducation = {}; })))).toEqual([
        "reporting/fte-breakdowns-differ",
      ]);
      const noisy = makeMunicipalReport((r) => {
        r.fullTimeEquivalents.adults = { total: 0.3, byProfession: { nurse: 0.1, psychologist: 0.2 }, byEducation: { master: 0.3 } };
      });
      expect(check(noisy)).toEqual([]);
    });
  });

  describe("reporting/user-total-mismatch", () => {
    it("flags a user total that is not the sum by age group", () => {
      const findings = check(makeMunicipalReport((r) => { r.users.total = 181; }));
      expect(codesAndPaths(findings)).toEqual([["reporting/user-total-mismatch", ["users", "total"]]]);
      expect(findings[0]?.params).toEqual({ reported: 181, sum: 180 });
    });

    it("stays silent when the total is left out", () => {
      expect(check(makeMunicipalReport((r) => { delete r.users.total; }))).toEqual([]);
    });
  });

  describe("reporting/count-exceeds-users", () => {
    it("flags more users with a plan, coordinator or group than users in the report", () => {
      const findings = check(makeMunicipalReport((r) => { r.practice.individualPlans.users = 181; }));
      expect(codesAndPaths(findings)).toEqual([["reporting/count-exceeds-users", ["practice", "individualPlans", "users"]]]);
      expect(findings[0]?.params).toEqual({ count: 181, users: 180 });
    });

    it("uses the sum by age group when the total is left out", () => {
      const report = makeMunicipalReport((r) => {
        delete r.users.total;
        r.practice.responsibilityGroups.users = 181;
      });
      expect(codesAndPaths(check(report))).toEqual([["reporting/count-exceeds-users", ["practice", "responsibilityGroups", "users"]]]);
    });

    it("accepts a count equal to the users, and stays silent when no users are reported", () => {
      expect(check(makeMunicipalReport((r) => { r.practice.coordinators.users = 180; }))).toEqual([]);
      const noUsers = makeMunicipalReport((r) => {
        r.users = { byAgeGroup: {} };
        r.practice.coordinators.users = 30;
      });
      expect(check(noUsers)).toEqual([]);
    });
  });

  describe("reporting/practice-answers-disagree", () => {
    it("warns when a practice not in use has users, or no agreements have a number", () => {
      const report = makeMunicipalReport((r) => {
        r.practice.coordinators = { extent: "not-at-all", users: 3 };
        r.practice.voluntaryOrganisations = { hasAgreements: "no", agreements: 1 };
      });
      const findings = check(report);
      expect(codesAndPaths(findings)).toEqual([
        ["reporting/practice-answers-disagree", ["practice", "coordinators", "users"]],
        ["reporting/practice-answers-disagree", ["practice", "voluntaryOrganisations", "agreements"]],
      ]);
      expect(findings.map((finding) => finding.params)).toEqual([{ count: 3 }, { count: 1 }]);
    });

    it("stays silent on a zero count or an unsure answer", () => {
      const report = makeMunicipalReport((r) => {
        r.practice.coordinators = { extent: "not-at-all", users: 0 };
        r.practice.individualPlans = { extent: "dont-know", users: 3 };
        r.practice.voluntaryOrganisations = { hasAgreements: "dont-know", agreements: 1 };
      });
      expect(check(report)).toEqual([]);
    });
  });

  describe("reporting/unknown-municipality", () => {
    it("flags a number that is not in the list valid in the report's year", () => {
      // Halden was 3001 until 2023 and is 3101 from 2024.
      const findings = check(makeMunicipalReport((r) => { r.municipalityNumber = "3001"; }));
      expect(codesAndPaths(findings)).toEqual([["reporting/unknown-municipality", ["municipalityNumber"]]]);
      expect(findings[0]).toMatchObject({ severity: "error", params: { municipalityNumber: "3001", year: 2024, listYear: 2024 } });
    });

    it("accepts a number in the list, and uses the newest list for later years", () => {
      expect(check(makeMunicipalReport((r) => { r.municipalityNumber = "3101"; }))).toEqual([]);
      const later = makeMunicipalReport((r) => {
        r.year = 2031;
        r.municipalityNumber = "1580";
      });
      expect(check(later, { today: "2032-01-01" })).toEqual([]);
    });

    it("checks a 2020-2023 report against the 2020 list, on both sides of 1 January 2024", () => {
      const report = (year: number, municipalityNumber: string): MunicipalReport =>
        makeMunicipalReport((r) => {
          r.year = year;
          r.municipalityNumber = municipalityNumber;
        });
      expect(check(report(2022, "3001"))).toEqual([]);
      expect(check(report(2020, "5401"))).toEqual([]);
      expect(check(report(2023, "1507"))).toEqual([]);
      expect(check(report(2024, "1580"))).toEqual([]);
      for (const [year, number] of [[2023, "3101"], [2023, "1580"], [2023, "1508"], [2024, "1507"]] as const) {
        const findings = check(report(year, number));
        expect(codesAndPaths(findings)).toEqual([["reporting/unknown-municipality", ["municipalityNumber"]]]);
        expect(findings[0]?.params).toEqual({ municipalityNumber: number, year, listYear: year < 2024 ? 2020 : 2024 });
      }
    });
  });

  describe("reporting/no-municipality-list", () => {
    it("says, as info, that a year before the first list cannot be checked", () => {
      const findings = check(makeMunicipalReport((r) => {
        r.year = 2019;
        r.municipalityNumber = "3001";
      }));
      expect(codesAndPaths(findings)).toEqual([["reporting/no-municipality-list", ["municipalityNumber"]]]);
      expect(findings[0]).toMatchObject({ severity: "info", params: { year: 2019, firstListYear: 2020 } });
    });

    it("stays silent from the first list's year", () => {
      expect(codes(check(makeMunicipalReport((r) => {
        r.year = 2020;
        r.municipalityNumber = "3001";
      })))).toEqual([]);
      expect(codes(check(makeMunicipalReport((r) => { r.year = 2024; })))).toEqual([]);
    });
  });

  describe("reporting/year-not-ended", () => {
    it("warns on the last day of the report's year, and for a later year", () => {
      expect(codesAndPaths(check(makeMunicipalReport(), { today: "2024-12-31" }))).toEqual([["reporting/year-not-ended", ["year"]]]);
      expect(check(makeMunicipalReport(), { today: "2023-06-01" })[0]?.params).toEqual({ year: 2024 });
    });

    it("stays silent from the first day of the next year", () => {
      expect(check(makeMunicipalReport(), { today: "2025-01-01" })).toEqual([]);
      expect(check(makeMunicipalReport(), { today: new Date(2025, 0, 1) })).toEqual([]);
    });
  });

  it("writes messages in the caller's language and switches rules off", () => {
    const report = makeMunicipalReport((r) => { r.municipalityNumber = "3001"; });
    expect(check(report, { locale: "en" })[0]?.message).toBe(
      "Municipality number 3001 is not in the municipality list for 2024 (list from 2024)",
    );
    expect(check(report, { locale: "nn" })[0]?.message).toContain("finst ikkje i kommunelista");
    expect(check(report, { rules: { "reporting/unknown-municipality": "off" } })).toEqual([]);
    expect(check(report, { rules: { "reporting/unknown-municipality": "warning" } })[0]?.severity).toBe("warning");
  });

  it("sorts findings by path, then code", () => {
    const report = makeMunicipalReport((r) => {
      r.year = 2025;
      r.users.total = 1;
      r.fullTimeEquivalents.adults.total = 1;
    });
    expect(codesAndPaths(check(report))).toEqual([
      ["reporting/fte-total-mismatch", ["fullTimeEquivalents", "adults", "total"]],
      ["reporting/count-exceeds-users", ["practice", "coordinators", "users"]],
      ["reporting/count-exceeds-users", ["practice", "individualPlans", "users"]],
      ["reporting/count-exceeds-users", ["practice", "responsibilityGroups", "users"]],
      ["reporting/user-total-mismatch", ["users", "total"]],
      ["reporting/year-not-ended", ["year"]],
    ]);
  });

  it("throws a RangeError for a broken today", () => {
    expect(() => check(makeMunicipalReport(), { today: "2025-02-30" })).toThrow(RangeError);
  });
});
