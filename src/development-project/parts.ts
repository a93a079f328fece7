// Internal: each part of a development project checked by its own checker, as one would check it
// alone, with the paths of its findings starting at the part ("mapping", "actionPlan", "schedule",
// "evaluation"), the way checkReportSet prefixes each report's findings with its index.
import type { DueWindow } from "../_lib/due-window.js";
import type { FindingSettings } from "../_lib/findings.js";
import { actionPlanChecker } from "../action-plan/check.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import type { Finding } from "../core/findings/types.js";
import { evaluationChecker } from "../evaluation/check.js";
import { responseChecker } from "../mapping/check-response.js";
import type { Questionnaire } from "../mapping/questionnaire-schema.js";
import { milestoneChecker } from "../milestones/check.js";
import type { DevelopmentProject } from "./schema.js";

/** What the parts' checkers need, read once from the project's options. */
export interface PartSettings extends FindingSettings {
  readonly today: CalendarDate;
  /** The one due-soon window (`dueSoonDays`) of the action plan and the schedule. */
  readonly window: DueWindow;
  /** The questionnaire the mapping answers. */
  readonly questionnaire: Questionnaire;
}

/**
 * The findings of {@link checkMappingResponse}, {@link checkActionPlan}, {@link checkMilestoneSchedule}
 * and (once held) {@link checkEvaluation} against the project's own action plan, each under its part.
 * The caller's `locale` and `rules` apply to them as to the project's own codes.
 */
export function partFindings(project: DevelopmentProject, settings: PartSettings): Finding[] {
  const { today, window, questionnaire, locale, rules } = settings;
  const common = { today, locale, rules };
  const { evaluation } = project;
  return [
    ...under("mapping", responseChecker.run(project.mapping, { ...common, questionnaire })),
    ...under("actionPlan", actionPlanChecker.run(project.actionPlan, { ...common, window })),
    ...under("schedule", milestoneChecker.run(project.schedule, { ...common, window })),
    ...(evaluation === undefined ? [] : under("evaluation", evaluationChecker.run(evaluation, { ...common, actionPlan: project.actionPlan }))),
  ];
}

function under(part: keyof DevelopmentProject, findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => ({ ...finding, path: [part, ...finding.path] }));
}
