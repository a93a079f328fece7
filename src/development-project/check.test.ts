import { describe, expect, it } from "vitest";
import { deepFreeze, makeDevelopmentProject } from "../../test/fixtures/development-project.js";
import { makeTinyQuestionnaire } from "../../test/fixtures/mapping.js";
import { checkDevelopmentProject, validateDevelopmentProject } from "./check.js";
import { summarizeDevelopmentProject } from "./summarize.js";
import { DEVELOPMENT_PROJECT_MILESTONES, developmentProjectTemplate } from "./template.js";

const today = "2013-03-01";

describe("checkDevelopmentProject", () => {
  it("finds nothing in a sound cycle, and never writes to it", () => {
    expect(checkDevelopmentProject(deepFreeze(makeDevelopmentProject()), { today })).toEqual([]);
  });

  it("reads the weak areas with the questionnaire given", () => {
    // None of the built-in form's items is in the tiny questionnaire: no weak area, nothing to address.
    const project = makeDevelopmentProject({ areas: [] });
    expect(checkDevelopmentProject(project, { today }).map((f) => f.code)).toContain("development-project/area-not-addressed");
    expect(checkDevelopmentProject(project, { today, questionnaire: makeTinyQuestionnaire() })).toEqual([]);
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
      milestones: { total: 12, done: 9 },
      findings: { error: 0, warning: 0, info: 0 },
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
