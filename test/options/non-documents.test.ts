import { describe, expect, it } from "vitest";
import {
  actionPlanProgress,
  activeCoordinator,
  aggregateReports,
  answersSchema,
  checkActionPlan,
  checkIndividualPlan,
  checkMappingResponse,
  checkMilestoneSchedule,
  checkMunicipalReport,
  checkQuestionnaire,
  checkReportSet,
  commonFindings,
  coordinatingUnitMappingForm,
  describeCommonFinding,
  developmentAreas,
  listUpcomingMilestones,
  proposeActionPlan,
  scheduleProgress,
  shiftSchedule,
  summarizeMapping,
  summarizePlan,
} from "samhandling";
import { makeActionPlan } from "../fixtures/action-plan.js";
import { makePlan, TODAY } from "../fixtures/individual-plan.js";
import { MAPPING_TODAY, readMappingResponses } from "../fixtures/mapping.js";
import { seedMilestoneSchedule } from "../fixtures/milestones.js";
import { makeMunicipalReport, REPORT_TODAY } from "../fixtures/reporting.js";

const form = coordinatingUnitMappingForm;
const responses = readMappingResponses();
const response = responses[0];

// Each typed helper with the argument that must be its document replaced by `doc`.
const helpers: readonly (readonly [string, (doc: unknown) => unknown])[] = [
  ["checkIndividualPlan", (doc) => checkIndividualPlan(doc as never, { today: TODAY })],
  ["summarizePlan", (doc) => summarizePlan(doc as never, { today: TODAY })],
  ["activeCoordinator", (doc) => activeCoordinator(doc as never, { today: TODAY })],
  ["checkActionPlan", (doc) => checkActionPlan(doc as never, { today: "2013-06-01" })],
  ["actionPlanProgress", (doc) => actionPlanProgress(doc as never, { today: "2013-06-01" })],
  ["checkMilestoneSchedule", (doc) => checkMilestoneSchedule(doc as never, { today: "2012-07-01" })],
  ["listUpcomingMilestones", (doc) => listUpcomingMilestones(doc as never, { today: "2012-07-01" })],
  ["scheduleProgress", (doc) => scheduleProgress(doc as never, { today: "2012-07-01" })],
  ["shiftSchedule", (doc) => shiftSchedule(doc as never, { months: 1 })],
  ["checkQuestionnaire", (doc) => checkQuestionnaire(doc as never)],
  ["answersSchema", (doc) => answersSchema(doc as never)],
  ["checkMappingResponse", (doc) => checkMappingResponse(doc as never, form, { today: MAPPING_TODAY })],
  ["developmentAreas", (doc) => developmentAreas(doc as never, form)],
  ["proposeActionPlan", (doc) => proposeActionPlan(doc as never, form, { today: MAPPING_TODAY })],
  ["summarizeMapping", (doc) => summarizeMapping([response, doc] as never, form)],
  ["commonFindings", (doc) => commonFindings(doc as never)],
  ["describeCommonFinding", (doc) => describeCommonFinding(doc as never, form)],
  ["checkMunicipalReport", (doc) => checkMunicipalReport(doc as never, { today: REPORT_TODAY })],
  ["checkReportSet", (doc) => checkReportSet([makeMunicipalReport(), doc] as never, { today: REPORT_TODAY })],
  ["aggregateReports", (doc) => aggregateReports([doc] as never, { by: "national" })],
];

const nonDocuments: readonly unknown[] = [null, undefined, 42, "plan", {}, [], [makePlan()], { kind: "questionnaire" }];

describe("typed helpers given something that is not their document", () => {
  it.each(helpers)("%s throws a TypeError that names the function, never one from inside", (name, run) => {
    for (const doc of nonDocuments) {
      expect(() => run(doc)).toThrow(TypeError);
      expect(() => run(doc)).toThrow(new RegExp(`^${name}: `));
      expect(() => run(doc)).not.toThrow(/Cannot read properties|is not iterable|is not a function/);
    }
  });

  it("names the kind it got when given a document of another kind", () => {
    expect(() => checkActionPlan(seedMilestoneSchedule() as never, { today: "2013-06-01" })).toThrow(
      /checkActionPlan: plan is not an action plan \(kind "milestone-schedule", expected "action-plan"\); check unknown input with validateActionPlan/,
    );
    expect(() => summarizeMapping([response, response, makeActionPlan()] as never, form)).toThrow(/summarizeMapping: responses\[2\] is not a mapping response \(kind "action-plan"/);
    expect(() => checkMappingResponse(response!, makeActionPlan() as never, { today: MAPPING_TODAY })).toThrow(/questionnaire is not a questionnaire/);
  });

  it("names the path of the first problem in a document of the right kind", () => {
    const broken = { ...makeActionPlan(), rows: [{ id: "1" }] };
    expect(() => checkActionPlan(broken as never, { today: "2013-06-01" })).toThrow(/checkActionPlan: plan is not an action plan \(rows\[0\]\./);
  });

  it("checks the options before the document, so a bad option fails the same way whatever the input", () => {
    expect(() => checkActionPlan(null as never, { today: "2013-06-01", dueSoonDays: -1 })).toThrow(RangeError);
    expect(() => summarizeMapping(null as never, form)).toThrow(/responses must be an array/);
  });

  it("still accepts its documents", () => {
    expect(checkIndividualPlan(makePlan(), { today: TODAY })).toEqual([]);
    expect(summarizeMapping(responses, form).respondents).toEqual(["1525", "1528", "1531"]);
  });
});
