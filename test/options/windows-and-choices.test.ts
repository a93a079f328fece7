import { describe, expect, it } from "vitest";
import {
  actionPlanProgress,
  aggregateReports,
  checkActionPlan,
  checkIndividualPlan,
  checkMilestoneSchedule,
  commonFindings,
  coordinatingUnitMappingForm,
  listUpcomingMilestones,
  lookupMunicipality,
  municipalityCodeList,
  scheduleProgress,
  shiftSchedule,
  summarizeMapping,
  summarizePlan,
  validateActionPlan,
  validateIndividualPlan,
  validateMilestoneSchedule,
} from "samhandling";
import { makeActionPlan } from "../fixtures/action-plan.js";
import { makePlan, TODAY } from "../fixtures/individual-plan.js";
import { readMappingResponses } from "../fixtures/mapping.js";
import { seedMilestoneSchedule } from "../fixtures/milestones.js";
import { makeMunicipalReport } from "../fixtures/reporting.js";

const windows: readonly (readonly [string, string, (days: unknown) => unknown])[] = [
  ["checkIndividualPlan", "dueSoonDays", (d) => checkIndividualPlan(makePlan(), { today: TODAY, dueSoonDays: d as number })],
  ["validateIndividualPlan", "dueSoonDays", (d) => validateIndividualPlan({}, { today: TODAY, dueSoonDays: d as number })],
  ["summarizePlan", "dueSoonDays", (d) => summarizePlan(makePlan(), { today: TODAY, dueSoonDays: d as number })],
  ["checkActionPlan", "dueSoonDays", (d) => checkActionPlan(makeActionPlan(), { today: "2013-06-01", dueSoonDays: d as number })],
  ["validateActionPlan", "dueSoonDays", (d) => validateActionPlan(null, { today: "2013-06-01", dueSoonDays: d as number })],
  ["actionPlanProgress", "dueSoonDays", (d) => actionPlanProgress(makeActionPlan(), { today: "2013-06-01", dueSoonDays: d as number })],
  ["actionPlanProgress", "withinDays", (d) => actionPlanProgress(makeActionPlan(), { today: "2013-06-01", withinDays: d as number })],
  ["checkMilestoneSchedule", "dueSoonDays", (d) => checkMilestoneSchedule(seedMilestoneSchedule(), { today: "2012-07-01", dueSoonDays: d as number })],
  ["validateMilestoneSchedule", "dueSoonDays", (d) => validateMilestoneSchedule(42, { today: "2012-07-01", dueSoonDays: d as number })],
  ["listUpcomingMilestones", "dueSoonDays", (d) => listUpcomingMilestones(seedMilestoneSchedule(), { today: "2012-07-01", dueSoonDays: d as number })],
  ["scheduleProgress", "dueSoonDays", (d) => scheduleProgress(seedMilestoneSchedule(), { today: "2012-07-01", dueSoonDays: d as number })],
  // The deprecated name, read for one minor version, has the same bound.
  ["listUpcomingMilestones", "withinDays", (d) => listUpcomingMilestones(seedMilestoneSchedule(), { today: "2012-07-01", withinDays: d as number })],
  ["scheduleProgress", "withinDays", (d) => scheduleProgress(seedMilestoneSchedule(), { today: "2012-07-01", withinDays: d as number })],
];

describe("due-soon windows: one bound, 0 to 3660 days", () => {
  it.each(windows)("%s takes %s from 0 to 3660 and refuses 3661", (_name, option, run) => {
    expect(() => run(0)).not.toThrow();
    expect(() => run(3660)).not.toThrow();
    expect(() => run(3661)).toThrow(RangeError);
    expect(() => run(3661)).toThrow(new RegExp(`${option} must be a whole number from 0 to 3660`));
    expect(() => run(-1)).toThrow(RangeError);
    expect(() => run(1.5)).toThrow(RangeError);
    expect(() => run(Number.NaN)).toThrow(RangeError);
    expect(() => run("30")).toThrow(TypeError);
  });
});

describe("aggregateReports by", () => {
  const reports = [makeMunicipalReport()];

  it("refuses a grouping it does not support, listing the ones it does", () => {
    const by = (value: unknown) => () => aggregateReports(reports, { by: value as "county" });
    expect(by("hospital")).toThrow(RangeError);
    expect(by("hospital")).toThrow(/by must be one of "national", "county", "municipality", "health-trust"/);
    expect(by("County")).toThrow(RangeError);
    expect(by(undefined)).toThrow(TypeError);
    expect(by(1)).toThrow(TypeError);
    expect(aggregateReports(reports, { by: "county" }).by).toBe("county");
  });
});

describe("commonFindings minShare", () => {
  const summary = summarizeMapping(readMappingResponses(), coordinatingUnitMappingForm);
  const share = (value: unknown) => () => commonFindings(summary, { minShare: value as number });

  it("takes a share from 0 to 1, both ends included", () => {
    expect(share(0)).not.toThrow();
    expect(share(1)).not.toThrow();
    expect(commonFindings(summary, { minShare: 1 }).every((finding) => finding.scope === "all")).toBe(true);
  });

  it("refuses a share out of range or not a number", () => {
    expect(share(1.01)).toThrow(RangeError);
    expect(share(-0.01)).toThrow(RangeError);
    expect(share(Number.NaN)).toThrow(/minShare/);
    expect(share("0.5")).toThrow(TypeError);
  });
});

describe("year", () => {
  it("lookupMunicipality refuses a year that is not a whole number", () => {
    expect(lookupMunicipality("1525", { year: 2024 }).ok).toBe(true);
    expect(() => lookupMunicipality("1525", { year: 2024.5 })).toThrow(RangeError);
    expect(() => lookupMunicipality("1525", { year: "2024" as unknown as number })).toThrow(TypeError);
    expect(() => lookupMunicipality("1525", { year: Number.NaN })).toThrow(/year/);
    expect(() => lookupMunicipality("1525", 2024 as never)).toThrow(TypeError);
    expect(lookupMunicipality("1525", { year: 2019 })).toEqual({ ok: false, reason: "unsupported-year" });
  });

  it("municipalityCodeList refuses a year that is not a whole number", () => {
    expect(municipalityCodeList(2024)?.listYear).toBe(2024);
    expect(() => municipalityCodeList(2024.5)).toThrow(RangeError);
    expect(() => municipalityCodeList("2024" as unknown as number)).toThrow(TypeError);
  });
});

describe("shiftSchedule months", () => {
  it("takes whole months from -4800 to 4800", () => {
    const schedule = seedMilestoneSchedule();
    expect(() => shiftSchedule(schedule, { months: 4801 })).toThrow(RangeError);
    expect(() => shiftSchedule(schedule, { months: "1" as unknown as number })).toThrow(TypeError);
    expect(() => shiftSchedule(schedule, { months: 0.5 })).toThrow(/months/);
    expect(shiftSchedule(schedule, { months: 0 })).toEqual(schedule);
  });
});
