import { ruleFor } from "../../_lib/engine/rule.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import { type FindingBasis, practiceBasis } from "../../core/findings/basis.js";
import { type DevelopmentArea, responseAreas } from "../../mapping/development-areas.js";
import type { Questionnaire } from "../../mapping/questionnaire-schema.js";
import type { Milestone } from "../../milestones/schema.js";
import type { DevelopmentProject } from "../schema.js";

/** A milestone of the schedule with where it sits. */
export interface PlacedMilestone {
  readonly milestone: Milestone;
  readonly phase: number;
  readonly index: number;
}

/** What every development-project rule sees, worked out once per project. */
export interface DevelopmentProjectRuleContext {
  readonly today: CalendarDate;
  /** The weak areas of the mapping (no, partly, don't know), in the questionnaire's order. */
  readonly weakAreas: readonly DevelopmentArea[];
  /** The item ids the project has decided about (`areas`). */
  readonly decided: ReadonlySet<string>;
  /** The ids of the action plan's rows. */
  readonly rowIds: ReadonlySet<string>;
  /** The schedule's milestones by id (the first of an id). */
  readonly milestones: ReadonlyMap<string, PlacedMilestone>;
}

/** Builds the context once per project. */
export function developmentProjectContext(project: DevelopmentProject, questionnaire: Questionnaire, today: CalendarDate): DevelopmentProjectRuleContext {
  const milestones = new Map<string, PlacedMilestone>();
  project.schedule.phases.forEach((phase, p) =>
    phase.milestones.forEach((milestone, index) => {
      if (!milestones.has(milestone.id)) milestones.set(milestone.id, { milestone, phase: p, index });
    }),
  );
  const decided = new Set(project.areas.filter((area) => (area.rowIds ?? []).length > 0 || area.leftOut !== undefined).map((area) => area.itemId));
  return {
    today,
    weakAreas: responseAreas(project.mapping, questionnaire),
    decided,
    rowIds: new Set(project.actionPlan.rows.map((row) => row.id)),
    milestones,
  };
}

/** The path of a placed milestone in the project. */
export function milestonePath(placed: PlacedMilestone): (string | number)[] {
  return ["schedule", "phases", placed.phase, "milestones", placed.index];
}

/** Declares a rule of `checkDevelopmentProject`. */
export const developmentProjectRule = ruleFor<DevelopmentProject, DevelopmentProjectRuleContext>();

/** The basis of the development-project codes: the project model of the seed (mapping -> action plan -> execution -> evaluation). */
export const PROJECT_MODEL: FindingBasis = practiceBasis({
  nb: "utviklingsprosjektenes modell: kartlegging, handlingsplan, gjennomføring og evaluering",
  nn: "modellen til utviklingsprosjekta: kartlegging, handlingsplan, gjennomføring og evaluering",
  en: "the development projects' model: mapping, action plan, execution and evaluation",
});

/** The basis of the template codes: the milestone plan of the development projects. */
export const MILESTONE_TEMPLATE: FindingBasis = practiceBasis({
  nb: "milepæl- og fremdriftsplanen i utviklingsprosjektenes modell",
  nn: "milepæl- og framdriftsplanen i modellen til utviklingsprosjekta",
  en: "the milestone and progress plan of the development projects' model",
});
