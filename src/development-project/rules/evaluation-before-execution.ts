import { developmentProjectRule, PROJECT_MODEL } from "./context.js";

/** The template's execution milestone (gjennomføring av handlingsplan). */
const EXECUTION = "3.1";

/**
 * `development-project/evaluation-before-execution`: the evaluation meeting is held before the
 * action plan was carried out: before the execution milestone (`3.1`) was done (`reason:
 * "done-later"`), or while it is not done (`reason: "not-done"`). A meeting on the day it was done
 * is not before it. Without the milestone, `template-milestone-missing` says so instead.
 */
export const evaluationBeforeExecutionRule = developmentProjectRule({
  codes: {
    "development-project/evaluation-before-execution": {
      severity: "warning",
      description: "The evaluation meeting is held before the action plan was carried out: before the execution milestone was done, or while it is not done.",
      basis: PROJECT_MODEL,
      messages: {
        nb: "Evalueringsmøtet {meetingDate} er holdt før handlingsplanen var gjennomført",
        nn: "Evalueringsmøtet {meetingDate} er halde før handlingsplanen var gjennomført",
        en: "The evaluation meeting on {meetingDate} was held before the action plan was carried out",
      },
    },
  },
  run: (project, ctx) => {
    const meetingDate = project.evaluation?.meeting.date;
    const execution = ctx.milestones.get(EXECUTION)?.milestone;
    if (meetingDate === undefined || execution === undefined) return [];
    const at = { code: "development-project/evaluation-before-execution" as const, path: ["evaluation", "meeting", "date"] };
    if (execution.status !== "done") return [{ ...at, params: { meetingDate, reason: "not-done" } }];
    if (execution.doneOn !== undefined && meetingDate < execution.doneOn) {
      return [{ ...at, params: { meetingDate, doneOn: execution.doneOn, reason: "done-later" } }];
    }
    return [];
  },
});
