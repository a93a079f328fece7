// The public functions the robustness suite probes, each with valid documents and options to start
// from. `call` takes unknown arguments on purpose: the suite feeds every function junk.
import {
  type ActionPlanRow,
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
  findingMessage,
  formatFindingsTable,
  formatPath,
  listUpcomingMilestones,
  lookupMunicipality,
  municipalityCodeList,
  mapMunicipalityNumber,
  municipalityChanges,
  numberingOf,
  schemeOf,
  parseRowStatus,
  proposeActionPlan,
  scheduleProgress,
  shiftSchedule,
  summarizeMapping,
  summarizePlan,
  validateActionPlan,
  validateIndividualPlan,
  validateMappingResponse,
  validateMilestoneSchedule,
  validateMunicipalReport,
  validateQuestionnaire,
  validateReportSet,
} from "samhandling";
import { makeActionPlan, makeRow, strandaActionPlan } from "../fixtures/action-plan.js";
import { makePlan, TODAY } from "../fixtures/individual-plan.js";
import { MAPPING_TODAY, makeTinyQuestionnaire, readMappingResponses } from "../fixtures/mapping.js";
import { seedMilestoneSchedule } from "../fixtures/milestones.js";
import { makeMunicipalReport, REPORT_TODAY } from "../fixtures/reporting.js";

/** One public function under test. */
export interface Subject {
  readonly name: string;
  /** Valid first arguments (documents, codes, ...), as JSON-like values. */
  readonly docs: readonly unknown[];
  /** Valid options (or the option-like last argument). */
  readonly options: unknown;
  /** Validators and total functions never throw for any document, given valid options. */
  readonly total: boolean;
  readonly call: (doc: unknown, options: unknown) => unknown;
}

// The one place junk goes into typed signatures: a function seen as taking unknown arguments.
export function loose<R>(fn: (...args: never[]) => R): (...args: unknown[]) => R {
  return fn as (...args: unknown[]) => R;
}

/** An action plan whose recurring rows started long before today (`starts` and signing in 1800-1950). */
export function farPastActionPlan(recurrences: readonly ActionPlanRow["deadline"][], signedOn: string): unknown {
  const rows = recurrences.map((deadline, i) => makeRow({ id: String(i + 1), deadline, status: i % 2 === 0 ? "planned" : "in-progress" }));
  return makeActionPlan(rows, { signed: { by: "Leiar", on: signedOn }, period: undefined });
}

/** The action-plan functions, which all follow recurrences back to the plan's start. */
export function actionPlanSubjects(): readonly Subject[] {
  return subjects.filter((s) => ["checkActionPlan", "validateActionPlan", "actionPlanProgress"].includes(s.name));
}

const form = coordinatingUnitMappingForm;
const responses = readMappingResponses();
const summary = summarizeMapping(responses, form);
const common = commonFindings(summary);
const actionPlans = [makeActionPlan(), strandaActionPlan()];
const planToday = { today: "2013-06-01" };
const schedules = [seedMilestoneSchedule()];
const reports = [makeMunicipalReport(), makeMunicipalReport((draft) => void (draft.municipalityNumber = "1525"))];
const findings = checkActionPlan(makeActionPlan(), { today: "2014-01-01" });

/** A subject called as `fn(doc, options)`; `total` when it never throws for any document. */
export function subject(name: string, docs: readonly unknown[], options: unknown, fn: (...args: never[]) => unknown, total = false): Subject {
  const call = loose(fn);
  return { name, docs, options, total, call: (doc, opts) => call(doc, opts) };
}

function withForm(name: string, docs: readonly unknown[], options: unknown, fn: (...args: never[]) => unknown, total = false): Subject {
  const call = loose(fn);
  return { name, docs, options, total, call: (doc, opts) => call(doc, form, opts) };
}

export const subjects: readonly Subject[] = [
  subject("checkActionPlan", actionPlans, planToday, checkActionPlan),
  subject("validateActionPlan", actionPlans, { ...planToday, dueSoonDays: 14 }, validateActionPlan, true),
  subject("actionPlanProgress", actionPlans, { ...planToday, dueSoonDays: 60 }, actionPlanProgress),
  subject("parseRowStatus", ["Ferdig", "Ikkje starta."], undefined, parseRowStatus, true),
  subject("checkMilestoneSchedule", schedules, { today: "2012-07-01" }, checkMilestoneSchedule),
  subject("validateMilestoneSchedule", schedules, { today: "2012-07-01" }, validateMilestoneSchedule, true),
  subject("listUpcomingMilestones", schedules, { today: "2012-07-01", dueSoonDays: 90 }, listUpcomingMilestones),
  subject("scheduleProgress", schedules, { today: "2012-07-01" }, scheduleProgress),
  subject("shiftSchedule", schedules, { months: 3 }, shiftSchedule),
  subject("checkIndividualPlan", [makePlan()], { today: TODAY }, checkIndividualPlan),
  subject("validateIndividualPlan", [makePlan()], { today: TODAY, locale: "nn" }, validateIndividualPlan, true),
  subject("summarizePlan", [makePlan()], { today: TODAY, dueSoonDays: 30 }, summarizePlan),
  subject("activeCoordinator", [makePlan()], { today: TODAY }, activeCoordinator),
  subject("checkQuestionnaire", [form, makeTinyQuestionnaire()], { locale: "en" }, checkQuestionnaire),
  subject("validateQuestionnaire", [form, makeTinyQuestionnaire()], {}, validateQuestionnaire, true),
  subject("answersSchema", [form, makeTinyQuestionnaire()], undefined, answersSchema),
  withForm("checkMappingResponse", responses, { today: MAPPING_TODAY }, checkMappingResponse),
  withForm("validateMappingResponse", responses, { today: MAPPING_TODAY }, validateMappingResponse, true),
  withForm("developmentAreas", responses, undefined, developmentAreas),
  withForm("proposeActionPlan", responses, { today: MAPPING_TODAY, locale: "en" }, proposeActionPlan),
  withForm("summarizeMapping", [responses], undefined, summarizeMapping),
  subject("commonFindings", [summary], { minShare: 0.5 }, commonFindings),
  withForm("describeCommonFinding", common, "en", describeCommonFinding),
  subject("checkMunicipalReport", reports, { today: REPORT_TODAY }, checkMunicipalReport),
  subject("validateMunicipalReport", reports, { today: REPORT_TODAY }, validateMunicipalReport, true),
  subject("checkReportSet", [reports], { today: REPORT_TODAY, maxFullTimeEquivalents: 500 }, checkReportSet),
  subject("validateReportSet", [reports], { today: REPORT_TODAY }, validateReportSet, true),
  subject("aggregateReports", [reports], { by: "county" }, aggregateReports),
  subject("lookupMunicipality", ["1525", "3001"], { year: 2022 }, lookupMunicipality),
  subject("municipalityCodeList", [2022, 2024], undefined, municipalityCodeList),
  subject("mapMunicipalityNumber", ["1507", "0101"], { fromYear: 2019, toYear: 2024, changes: municipalityChanges }, mapMunicipalityNumber),
  subject("numberingOf", [2019, 2024], undefined, numberingOf),
  subject("schemeOf", [2014, 2023, 2025], undefined, schemeOf),
  subject("findingMessage", ["plan/missing-consent", "schema/invalid-national-id"], "en", (code: never, locale: never) => findingMessage(code, {}, locale)),
  subject("formatFindingsTable", [findings, []], { locale: "en" }, formatFindingsTable),
  subject("formatPath", [["measures", 2, "deadline"], []], undefined, formatPath),
];
