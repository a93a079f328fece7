import { describe, expect, it } from "vitest";
import {
  checkActionPlan,
  checkIndividualPlan,
  checkMilestoneSchedule,
  checkMunicipalReport,
  checkQuestionnaire,
  findingMessage,
  formatFindingsTable,
  validateIndividualPlan,
  validateMappingResponse,
  coordinatingUnitMappingForm,
} from "samhandling";
import { makeActionPlan } from "../fixtures/action-plan.js";
import { makePlan, TODAY } from "../fixtures/individual-plan.js";
import { MAPPING_TODAY } from "../fixtures/mapping.js";
import { seedMilestoneSchedule } from "../fixtures/milestones.js";
import { makeMunicipalReport, REPORT_TODAY } from "../fixtures/reporting.js";

// Each check with a sound document and its `today`, taking extra options of any shape.
const checks: readonly (readonly [string, (extra: object) => unknown])[] = [
  ["checkIndividualPlan", (extra) => checkIndividualPlan(makePlan(), { today: TODAY, ...extra })],
  ["validateIndividualPlan", (extra) => validateIndividualPlan(makePlan(), { today: TODAY, ...extra })],
  ["checkActionPlan", (extra) => checkActionPlan(makeActionPlan(), { today: "2013-06-01", ...extra })],
  ["checkMilestoneSchedule", (extra) => checkMilestoneSchedule(seedMilestoneSchedule(), { today: "2012-07-01", ...extra })],
  ["checkQuestionnaire", (extra) => checkQuestionnaire(coordinatingUnitMappingForm, extra)],
  ["validateMappingResponse", (extra) => validateMappingResponse({}, coordinatingUnitMappingForm, { today: MAPPING_TODAY, ...extra })],
  ["checkMunicipalReport", (extra) => checkMunicipalReport(makeMunicipalReport(), { today: REPORT_TODAY, ...extra })],
];

describe("locale", () => {
  it.each(checks)("%s refuses an unknown locale, naming it", (_name, run) => {
    expect(() => run({ locale: "constructor" })).toThrow(RangeError);
    expect(() => run({ locale: "constructor" })).toThrow(/locale/);
    expect(() => run({ locale: "toString" })).toThrow(RangeError);
    expect(() => run({ locale: "NB" })).toThrow(RangeError);
    expect(() => run({ locale: 42 })).toThrow(TypeError);
    expect(() => run({ locale: 42 })).toThrow(/locale/);
    expect(() => run({ locale: "nn" })).not.toThrow();
  });

  it("findingMessage refuses an unknown locale and an unknown code", () => {
    expect(findingMessage("plan/no-goals", {}, "en")).not.toBe("");
    expect(() => findingMessage("plan/no-goals", {}, "constructor" as "en")).toThrow(RangeError);
    expect(() => findingMessage("plan/no-goals", {}, 42 as unknown as "en")).toThrow(TypeError);
    expect(() => findingMessage("plan/not-a-code" as "plan/no-goals")).toThrow(RangeError);
    expect(() => findingMessage("constructor" as "plan/no-goals")).toThrow(/not a finding code/);
  });

  it("formatFindingsTable refuses an unknown locale and findings that are not findings", () => {
    expect(formatFindingsTable([], { locale: "en" })).toBe("No findings.");
    expect(() => formatFindingsTable([], { locale: "constructor" as "en" })).toThrow(RangeError);
    expect(() => formatFindingsTable([], { locale: 42 as unknown as "en" })).toThrow(TypeError);
    expect(() => formatFindingsTable([null] as never)).toThrow(/findings\[0\]/);
    expect(() => formatFindingsTable({} as never)).toThrow(TypeError);
  });
});

describe("rules", () => {
  it.each(checks)("%s refuses a severity that is not error, warning, info or off", (_name, run) => {
    for (const setting of ["fatal", "", 1, "OFF", null, true]) {
      expect(() => run({ rules: { "plan/period-ended": setting } })).toThrow(RangeError);
      expect(() => run({ rules: { "plan/period-ended": setting } })).toThrow(/rules\["plan\/period-ended"\]/);
    }
    expect(() => run({ rules: { "plan/period-ended": "off" } })).not.toThrow();
  });

  it.each(checks)("%s refuses an unknown or unconfigurable code, and rules that are not an object", (_name, run) => {
    expect(() => run({ rules: { "plan/no-such-rule": "off" } })).toThrow(RangeError);
    expect(() => run({ rules: { "schema/invalid-type": "off" } })).toThrow(RangeError);
    expect(() => run({ rules: { constructor: "off" } })).toThrow(RangeError);
    expect(() => run({ rules: "off" })).toThrow(TypeError);
    expect(() => run({ rules: [] })).toThrow(TypeError);
  });

  it("keeps a severity that is allowed", () => {
    const findings = checkIndividualPlan(makePlan({ period: { from: "2024-01-01", to: "2024-12-31" } }), {
      today: TODAY,
      rules: { "plan/period-ended": "info" },
    });
    expect(findings.find((f) => f.code === "plan/period-ended")?.severity).toBe("info");
  });
});

describe("missing options", () => {
  it("validateIndividualPlan without options throws a TypeError naming them, not a crash inside", () => {
    const call = validateIndividualPlan as (input: unknown, options?: unknown) => unknown;
    expect(() => call({})).toThrow(TypeError);
    expect(() => call({})).toThrow(/validateIndividualPlan: options must be an object/);
    expect(() => call({}, null)).toThrow(/options must be an object/);
    expect(() => call({}, "2025-10-01")).toThrow(TypeError);
  });

  it.each(checks)("%s refuses a missing or wrongly typed today with a TypeError naming it", (_name, run) => {
    if (_name === "checkQuestionnaire") return; // no rule of a questionnaire depends on the day
    expect(() => run({ today: undefined })).toThrow(TypeError);
    expect(() => run({ today: 20250101 })).toThrow(/today/);
    expect(() => run({ today: "2025-02-30" })).toThrow(RangeError);
  });
});
