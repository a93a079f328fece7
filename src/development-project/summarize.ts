import type { CalendarDate } from "../core/dates/calendar-date.js";
import type { Severity } from "../core/findings/types.js";
import type { EvaluationResult } from "../evaluation/schema.js";
import { type DevelopmentProjectCheckOptions, projectSettings, runProject } from "./check.js";
import { developmentProjectContext } from "./rules/index.js";
import type { DevelopmentProject } from "./schema.js";

/**
 * Where a development project stands (fase): `planning` (mapped, no action plan signed and no rows),
 * `execution` (a plan, not yet evaluated), `evaluated` (the evaluation is held) or `operation` (the
 * template's last milestone, regular operation `3.4`, is done).
 *
 * @example
 * const stage: DevelopmentProjectStage = "execution";
 */
export type DevelopmentProjectStage = "planning" | "execution" | "evaluated" | "operation";

/**
 * A development project's cycle in figures, from {@link summarizeDevelopmentProject}.
 *
 * @example
 * function line(summary: DevelopmentProjectSummary): string {
 *   return `${summary.municipality}: ${summary.stage}, ${summary.rows.done}/${summary.rows.total} rows done`;
 * }
 */
export interface DevelopmentProjectSummary {
  readonly projectId: string;
  /** The municipality number. */
  readonly municipality: string;
  readonly stage: DevelopmentProjectStage;
  /** The days of the cycle: the mapping, the plan's signing and the evaluation meeting, where known. */
  readonly dates: { readonly mapping: CalendarDate; readonly actionPlanSigned?: CalendarDate; readonly evaluation?: CalendarDate };
  /** The weak areas of the mapping: how many, addressed by rows, left out on purpose, and neither. */
  readonly areas: { readonly weak: number; readonly addressed: number; readonly leftOut: number; readonly open: number };
  /** The action plan's rows: how many, done, evaluated by result, and going into regular operation. */
  readonly rows: {
    readonly total: number;
    readonly done: number;
    readonly evaluated: number;
    readonly byResult: Readonly<Record<EvaluationResult, number>>;
    readonly intoOperation: number;
  };
  /** The schedule's milestones: how many and done. */
  readonly milestones: { readonly total: number; readonly done: number };
  /** The findings of {@link checkDevelopmentProject}, by severity. */
  readonly findings: Readonly<Record<Severity, number>>;
}

/**
 * Summarizes a development project's whole cycle (oppsummering av utviklingsarbeidet): the stage,
 * the dates of mapping, plan and evaluation, the mapping's weak areas and what became of them, the
 * rows done and their evaluated results, the milestones done, and the findings of
 * {@link checkDevelopmentProject} (each part's own checker and the cross-checks).
 *
 * @param project - A schema-valid development project.
 * @param options - `today`, `locale`, per-code `rules` and the mapping's `questionnaire`, as for {@link checkDevelopmentProject}.
 * @returns The summary.
 * @throws TypeError or RangeError as {@link checkDevelopmentProject} documents.
 *
 * @example
 * const municipality = { number: "1525", name: "Stranda" };
 * const project: DevelopmentProject = {
 *   kind: "development-project",
 *   id: "stranda-2013",
 *   municipality,
 *   mapping: {
 *     kind: "mapping-response",
 *     questionnaire: { id: "coordinating-unit-mapping", version: "2012" },
 *     respondent: { municipality: "1525" },
 *     date: "2013-01-10",
 *     status: "in-progress",
 *     answers: [{ itemId: "ip-routines", type: "assessment", value: "no" }],
 *   },
 *   actionPlan: { kind: "action-plan", id: "plan", municipality, title: "Handlingsplan", rows: [] },
 *   schedule: developmentProjectTemplate({ id: "milestones", startMonth: "2013-01" }),
 *   areas: [],
 * };
 * const summary = summarizeDevelopmentProject(project, { today: "2013-01-15" });
 * [summary.stage, summary.areas]
 * //=> ["planning", { weak: 1, addressed: 0, leftOut: 0, open: 1 }]
 */
export function summarizeDevelopmentProject(project: DevelopmentProject, options: DevelopmentProjectCheckOptions): DevelopmentProjectSummary {
  const settings = projectSettings(project, options, "summarizeDevelopmentProject");
  const ctx = developmentProjectContext(project, settings.questionnaire, settings.today);
  const weakIds = new Set(ctx.weakAreas.map((area) => area.itemId));
  const decisions = project.areas.filter((area) => weakIds.has(area.itemId));
  const addressed = new Set(decisions.filter((area) => (area.rowIds ?? []).length > 0).map((area) => area.itemId));
  const leftOut = new Set(decisions.filter((area) => area.leftOut !== undefined && !addressed.has(area.itemId)).map((area) => area.itemId));
  const byResult: Record<EvaluationResult, number> = { reached: 0, partly: 0, "not-reached": 0, dropped: 0 };
  const rowIds = ctx.rowIds;
  const evaluatedRows = new Map((project.evaluation?.rows ?? []).filter((row) => rowIds.has(row.rowId)).map((row) => [row.rowId, row]));
  for (const row of evaluatedRows.values()) byResult[row.result]++;
  const milestones = project.schedule.phases.flatMap((phase) => phase.milestones);
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of runProject(project, settings)) findings[finding.severity]++;
  const signed = project.actionPlan.signed?.on;
  const evaluationDate = project.evaluation?.meeting.date;
  return {
    projectId: project.id,
    municipality: project.municipality.number,
    stage: stageOf(project, ctx.milestones.get("3.4")?.milestone.status === "done"),
    dates: { mapping: project.mapping.date, ...(signed === undefined ? {} : { actionPlanSigned: signed }), ...(evaluationDate === undefined ? {} : { evaluation: evaluationDate }) },
    areas: { weak: weakIds.size, addressed: addressed.size, leftOut: leftOut.size, open: weakIds.size - addressed.size - leftOut.size },
    rows: {
      total: project.actionPlan.rows.length,
      done: project.actionPlan.rows.filter((row) => row.status === "done").length,
      evaluated: evaluatedRows.size,
      byResult,
      intoOperation: [...evaluatedRows.values()].filter((row) => row.intoOperation === true).length,
    },
    milestones: { total: milestones.length, done: milestones.filter((milestone) => milestone.status === "done").length },
    findings,
  };
}

function stageOf(project: DevelopmentProject, inOperation: boolean): DevelopmentProjectStage {
  if (project.evaluation !== undefined) return inOperation ? "operation" : "evaluated";
  return project.actionPlan.signed === undefined && project.actionPlan.rows.length === 0 ? "planning" : "execution";
}
