import { describe, expect, it } from "vitest";
import { deepFreeze, makeDevelopmentProject } from "../../test/fixtures/development-project.js";
import { makeEvaluation, makeEvaluationRow } from "../../test/fixtures/evaluation.js";
import { checkActionPlan } from "../action-plan/check.js";
import type { Finding } from "../core/findings/types.js";
import { checkEvaluation } from "../evaluation/check.js";
import { checkMappingResponse } from "../mapping/check-response.js";
import { coordinatingUnitMappingForm } from "../mapping/forms/coordinating-unit.js";
import { checkMilestoneSchedule } from "../milestones/check.js";
import { makeTinyQuestionnaire } from "../../test/fixtures/mapping.js";
import { checkDevelopmentProject, validateDevelopmentProject } from "./check.js";
import { summarizeDevelopmentProject } from "./summarize.js";
import { DEVELOPMENT_PROJECT_MILESTONES, developmentProjectTemplate } from "./template.js";

const today = "2013-03-01";

const codesAndPaths = (findings: readonly Finding[]) => findings.map((f) => [f.code, f.path]);
/** The findings of a part's own checker, with paths under the part, as checkDevelopmentProject should give them. */
const under = (part: string, findings: readonly Finding[]) => findings.map((f) => ({ ...f, path: [part, ...f.path] }));
const ownCodes = (findings: readonly Finding[]) => findings.filter((f) => f.code.startsWith("development-project/"));

describe("checkDevelopmentProject", () => {
  it("finds nothing of its own in a sound cycle, and never writes to it", () => {
    const findings = checkDevelopmentProject(deepFreeze(makeDevelopmentProject()), { today });
    expect(ownCodes(findings)).toEqual([]);
    // Row 2 (due 2012-11-30) is still in progress: the action plan's own checker says so, under actionPlan.
    expect(codesAndPaths(findings)).toEqual([["action-plan/row-overdue", ["actionPlan", "rows", 1, "deadline"]]]);
  });

  it("runs each part's own checker, with the paths under the part", () => {
    const base = makeDevelopmentProject();
    // Something for each part's checker to find: required items pending, row 2 overdue, milestones
    // 3.1 and 3.2 done after 2012-12-01, a goal changed without a reason.
    const evaluation = makeEvaluation([makeEvaluationRow({ goalChanged: true }), makeEvaluationRow({ rowId: "2", result: "partly", whyNot: "Sjukefråvær" })]);
    const mapping = { ...base.mapping, status: "in-progress" as const, answers: base.mapping.answers.slice(1) };
    const project = { ...base, mapping, evaluation };
    const { actionPlan, schedule } = project;
    const day = "2012-12-01";
    const options = { today: day, locale: "en" as const };
    const expected = [
      ...under("mapping", checkMappingResponse(mapping, coordinatingUnitMappingForm, options)),
      ...under("actionPlan", checkActionPlan(actionPlan, options)),
      ...under("schedule", checkMilestoneSchedule(schedule, options)),
      ...under("evaluation", checkEvaluation(evaluation, actionPlan, options)),
    ];
    const found = checkDevelopmentProject(project, options).filter((f) => !f.code.startsWith("development-project/"));
    expect(found).toHaveLength(expected.length);
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const part of ["mapping", "actionPlan", "schedule", "evaluation"]) expect(found.some((f) => f.path[0] === part)).toBe(true);
    // No evaluation yet: none of its findings.
    const unevaluated = checkDevelopmentProject({ ...project, evaluation: undefined }, options);
    expect(unevaluated.some((f) => f.path[0] === "evaluation")).toBe(false);
  });

  it("finds in each part what its checker finds, and nothing where it finds nothing", () => {
    const project = makeDevelopmentProject();
    const rows = project.actionPlan.rows.map((row) => (row.id === "2" ? { ...row, status: "done" as const, doneOn: "2012-11-25" } : row));
    const done = { ...project, actionPlan: { ...project.actionPlan, rows } };
    // Row 2 done: no longer overdue, but done and only partly reached (info from the evaluation's checker).
    expect(codesAndPaths(checkDevelopmentProject(done, { today }))).toEqual([["evaluation/done-not-reached", ["evaluation", "rows", 1, "result"]]]);
    const mapping = { ...project.mapping, status: "in-progress" as const, answers: project.mapping.answers.slice(1) };
    expect(codesAndPaths(checkDevelopmentProject({ ...done, mapping }, { today })).map(([code]) => code)).toContain("mapping/required-pending");
  });

  it("applies the caller's locale, rules and due-soon window to the parts' codes", () => {
    const project = makeDevelopmentProject();
    expect(checkDevelopmentProject(project, { today, rules: { "action-plan/row-overdue": "off" } })).toEqual([]);
    const [raised] = checkDevelopmentProject(project, { today, locale: "en", rules: { "action-plan/row-overdue": "error" } });
    expect([raised?.severity, raised?.message]).toEqual(["error", checkActionPlan(project.actionPlan, { today, locale: "en" })[0]?.message]);
    expect(validateDevelopmentProject(project, { today, rules: { "action-plan/row-overdue": "error" } }).ok).toBe(false);
    // Milestone 3.3 is due in March 2013, its last day 2013-03-31: due soon within 30 days of 2013-03-01, not within 29.
    const dueSoon = (dueSoonDays: number) => checkDevelopmentProject(project, { today, dueSoonDays }).filter((f) => f.code === "milestones/due-soon");
    expect(codesAndPaths(dueSoon(30))).toEqual([["milestones/due-soon", ["schedule", "phases", 2, "milestones", 2, "deadline"]]]);
    expect(dueSoon(29)).toEqual([]);
    expect(() => checkDevelopmentProject(project, { today, dueSoonDays: 3661 })).toThrow(RangeError);
  });

  it("reads the weak areas with the questionnaire given", () => {
    // None of the built-in form's items is in the tiny questionnaire: no weak area, nothing to address.
    const project = makeDevelopmentProject({ areas: [] });
    expect(checkDevelopmentProject(project, { today }).map((f) => f.code)).toContain("development-project/area-not-addressed");
    expect(ownCodes(checkDevelopmentProject(project, { today, questionnaire: makeTinyQuestionnaire() }))).toEqual([]);
  });

  it("refuses bad options and what is not a project", () => {
    expect(() => checkDevelopmentProject({ kind: "evaluation" } as never, { today })).toThrow(/checkDevelopmentProject: project is not a development project/);
    expect(() => checkDevelopmentProject(makeDevelopmentProject(), { today, questionnaire: {} as never })).toThrow(TypeError);
    expect(() => checkDevelopmentProject(makeDevelopmentProject(), { today: "2013-02-29" })).toThrow(RangeError);
  });

  it("names the function and the option when the questionnaire is not one", () => {
    const project = makeDevelopmentProject();
    for (const questionnaire of [{}, 3, null, { ...makeTinyQuestionnaire(), kind: "mapping-response" }]) {
      const options = { today, questionnaire: questionnaire as never };
      expect(() => checkDevelopmentProject(project, options)).toThrow(/^checkDevelopmentProject: options\.questionnaire is not a questionnaire \(/);
      expect(() => validateDevelopmentProject(project, options)).toThrow(/^validateDevelopmentProject: options\.questionnaire is not a questionnaire \(/);
      expect(() => summarizeDevelopmentProject(project, options)).toThrow(/^summarizeDevelopmentProject: options\.questionnaire is not a questionnaire \(/);
      expect(() => validateDevelopmentProject(null, options)).toThrow(TypeError); // whatever the input
    }
    // Left out, the built-in form; given as a questionnaire, no throw.
    expect(() => checkDevelopmentProject(project, { today, questionnaire: undefined as never })).not.toThrow();
    expect(() => validateDevelopmentProject(project, { today, questionnaire: makeTinyQuestionnaire() })).not.toThrow();
  });
});

describe("validateDevelopmentProject", () => {
  it("accepts a sound project and reports schema problems at their paths", () => {
    expect(validateDevelopmentProject(makeDevelopmentProject(), { today }).ok).toBe(true);
    const broken = validateDevelopmentProject({ ...makeDevelopmentProject(), areas: [{ rowIds: [] }] }, { today });
    expect(broken.ok).toBe(false);
    expect(broken.findings.map((f) => f.path)).toContainEqual(["areas", 0, "itemId"]);
    for (const input of [null, 3, {}, []]) expect(validateDevelopmentProject(input, { today }).ok).toBe(false);
  });
});

describe("developmentProjectTemplate", () => {
  it("holds the seed's twelve milestones in three parts, all planned", () => {
    const schedule = developmentProjectTemplate({ id: "s" });
    expect(schedule.phases.map((phase) => phase.id)).toEqual(["del-1", "del-2", "del-3"]);
    expect(schedule.phases.flatMap((phase) => phase.milestones.map((m) => m.id))).toEqual([...DEVELOPMENT_PROJECT_MILESTONES]);
    expect(schedule.phases[0]?.milestones[0]?.deadline).toEqual({ kind: "range", from: { kind: "month", month: "2011-11" }, to: { kind: "month", month: "2012-02" } });
    expect(new Set(schedule.phases.flatMap((phase) => phase.milestones.map((m) => m.status)))).toEqual(new Set(["planned"]));
  });

  it("moves to the start month asked for, keeping each deadline's precision", () => {
    const moved = developmentProjectTemplate({ id: "s", startMonth: "2023-11", title: "Milepælar" });
    expect(moved.title).toBe("Milepælar");
    expect(moved.phases[1]?.milestones[0]?.deadline).toEqual({ kind: "month", month: "2024-04" });
    expect(moved.phases[2]?.milestones[3]?.deadline).toEqual({ kind: "year", year: 2025 });
    expect(developmentProjectTemplate({ id: "s", startMonth: "2011-11" })).toEqual(developmentProjectTemplate({ id: "s" }));
  });

  it("refuses a bad id, title or start month", () => {
    expect(() => developmentProjectTemplate({ id: "" })).toThrow(TypeError);
    expect(() => developmentProjectTemplate({ id: "s", title: 3 as never })).toThrow(TypeError);
    expect(() => developmentProjectTemplate({ id: "s", startMonth: "2023-13" })).toThrow(/startMonth/);
    expect(() => developmentProjectTemplate(undefined as never)).toThrow(TypeError);
  });
});

describe("summarizeDevelopmentProject", () => {
  it("sums up the cycle", () => {
    expect(summarizeDevelopmentProject(deepFreeze(makeDevelopmentProject()), { today })).toEqual({
      projectId: "project-1",
      municipality: "1525",
      stage: "evaluated",
      dates: { mapping: "2012-04-20", actionPlanSigned: "2012-10-22", evaluation: "2013-01-24" },
      areas: { weak: 2, addressed: 1, leftOut: 1, open: 0 },
      rows: { total: 2, done: 1, evaluated: 2, byResult: { reached: 1, partly: 1, "not-reached": 0, dropped: 0 }, intoOperation: 2 },
      milestones: { total: 12, done: 10 },
      findings: { error: 0, warning: 1, info: 0 }, // row 2 overdue, from the action plan's checker
    });
  });

  it("tells the stages apart", () => {
    const project = makeDevelopmentProject();
    expect(summarizeDevelopmentProject({ ...project, evaluation: undefined }, { today }).stage).toBe("execution");
    const planning = { ...project, evaluation: undefined, actionPlan: { ...project.actionPlan, signed: undefined, rows: [] }, areas: [] };
    const summary = summarizeDevelopmentProject(planning, { today });
    expect([summary.stage, summary.areas.open, summary.findings.warning]).toEqual(["planning", 2, 2]);
    const operating = {
      ...project,
      schedule: { ...project.schedule, phases: project.schedule.phases.map((p) => ({ ...p, milestones: p.milestones.map((m) => ({ ...m, status: "done" as const })) })) },
    };
    expect(summarizeDevelopmentProject(operating, { today }).stage).toBe("operation");
  });
});
