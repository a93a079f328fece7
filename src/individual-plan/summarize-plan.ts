import { resolveDueSoonDays } from "../_lib/due-window.js";
import { requireOptions, resolveTodayOption } from "../_lib/options.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import { requireIndividualPlan } from "./_require-plan.js";
import { measureDeadlineState, measureSince } from "./_measure-deadline.js";
import { consentCounts, hasPurpose } from "./consent/_state.js";
import { consentSubject } from "./consent/authority.js";
import { coordinatorOn } from "./coordination/active-coordinator.js";
import type { GoalStatus } from "./goal.js";
import type { MeasureStatus } from "./measure.js";
import type { PlanDateOptions } from "./options.js";
import type { IndividualPlan, PlanStatus } from "./schema.js";

/**
 * Options for {@link summarizePlan}.
 *
 * @example
 * const options: SummarizePlanOptions = { today: "2025-10-01", dueSoonDays: 7 };
 */
export interface SummarizePlanOptions extends PlanDateOptions {
  /** How many days ahead a deadline counts as due soon: 14 when left out, a whole number from 0 to 3660 (the one due-soon window). */
  readonly dueSoonDays?: number;
}

/**
 * Counts of a plan's goals (mål) in {@link PlanSummary}.
 *
 * @example
 * const goals: GoalCounts = { total: 3, byStatus: { active: 2, achieved: 1, abandoned: 0 } };
 */
export interface GoalCounts {
  /** All goals. */
  readonly total: number;
  /** Goals by status; a goal without a status counts as active. */
  readonly byStatus: Readonly<Record<GoalStatus, number>>;
}

/**
 * Counts of a plan's measures (tiltak) in {@link PlanSummary}.
 *
 * @example
 * const measures: MeasureCounts = {
 *   total: 5,
 *   byStatus: { planned: 1, "in-progress": 2, done: 1, postponed: 0, cancelled: 1 },
 *   overdue: 1,
 *   dueSoon: 0,
 * };
 */
export interface MeasureCounts {
  /** All measures. */
  readonly total: number;
  /** Measures by status; a measure without a status counts as planned. */
  readonly byStatus: Readonly<Record<MeasureStatus, number>>;
  /** Open measures whose deadline has passed (for a recurrence: whose previous period was missed). */
  readonly overdue: number;
  /** Open measures due from today through the due-soon window. */
  readonly dueSoon: number;
}

/**
 * A short overview of an individual plan on a day (oversikt), as an app's plan list shows it.
 *
 * @example
 * const summary: PlanSummary = {
 *   status: "active",
 *   goals: { total: 1, byStatus: { active: 1, achieved: 0, abandoned: 0 } },
 *   measures: { total: 1, byStatus: { planned: 1, "in-progress": 0, done: 0, postponed: 0, cancelled: 0 }, overdue: 0, dueSoon: 0 },
 *   nextRevision: "2026-01-15",
 *   revisionOverdue: false,
 *   coordinatorId: "p-coord",
 *   consentToPlan: true,
 *   participants: 4,
 *   meetingsHeld: 2,
 *   nextMeeting: "2025-11-04",
 * };
 */
export interface PlanSummary {
  /** The plan's status. */
  readonly status: PlanStatus;
  /** Goal counts. */
  readonly goals: GoalCounts;
  /** Measure counts, with overdue and due-soon ones. */
  readonly measures: MeasureCounts;
  /** The date of the next revision, when set. */
  readonly nextRevision?: CalendarDate;
  /** Whether the next revision date has passed with no revision held since. */
  readonly revisionOverdue: boolean;
  /** The participant id of the coordinator whose assignment holds today. */
  readonly coordinatorId?: string;
  /** Whether a consent to the plan holds today, given by someone who may consent for the user (see `whoMayConsent`). */
  readonly consentToPlan: boolean;
  /** Participants who have not left. */
  readonly participants: number;
  /** Responsibility-group meetings held, up to today. */
  readonly meetingsHeld: number;
  /** The first planned responsibility-group meeting from today on. */
  readonly nextMeeting?: CalendarDate;
}

/**
 * Summarizes an individual plan on a day: goals and measures by status, overdue and due-soon
 * measures, the next revision, the coordinator, consent and meetings. Any status; counts are facts,
 * not findings, so a closed plan's open measures still count as overdue when their date has passed.
 *
 * @param plan - The individual plan.
 * @param options - `today` and `dueSoonDays` (14 by default).
 * @returns The {@link PlanSummary}.
 * @throws TypeError when `options` is not an object, `today` or `dueSoonDays` has the wrong type, or
 *   `plan` is not an individual plan; RangeError when `today` is not a valid date or `dueSoonDays` is
 *   not a whole number from 0 to 3660.
 *
 * @example
 * const plan = IndividualPlanSchema.parse({
 *   kind: "individual-plan", id: "ip-1", status: "active", user: {}, nextRevision: "2025-09-01",
 *   goals: [{ id: "g-1" }, { id: "g-2", status: "achieved" }],
 *   measures: [{ id: "m-1", goalIds: ["g-1"], deadline: { kind: "date", date: "2025-09-15" } }],
 * });
 * const summary = summarizePlan(plan, { today: "2025-10-01" });
 * [summary.goals.total, summary.measures.overdue, summary.revisionOverdue]
 * //=> [2, 1, true]
 */
export function summarizePlan(plan: IndividualPlan, options: SummarizePlanOptions): PlanSummary {
  requireOptions(options, "summarizePlan");
  const today = resolveTodayOption(options);
  const dueSoonDays = resolveDueSoonDays(options, "summarizePlan");
  requireIndividualPlan(plan, "summarizePlan");
  const goalsByStatus: Record<GoalStatus, number> = { active: 0, achieved: 0, abandoned: 0 };
  for (const goal of plan.goals ?? []) goalsByStatus[goal.status ?? "active"]++;
  const byStatus: Record<MeasureStatus, number> = { planned: 0, "in-progress": 0, done: 0, postponed: 0, cancelled: 0 };
  let overdue = 0;
  let dueSoon = 0;
  for (const measure of plan.measures ?? []) {
    byStatus[measure.status ?? "planned"]++;
    const state = measureDeadlineState(measure, today, dueSoonDays, measureSince(plan, measure));
    if (state.overdue !== undefined) overdue++;
    if (state.dueSoon !== undefined) dueSoon++;
  }
  const { nextRevision } = plan;
  const revisionOverdue =
    nextRevision !== undefined && nextRevision < today && !(plan.revisions ?? []).some((r) => r.date >= nextRevision);
  const coordinatorId = coordinatorOn(plan, today)?.participantId;
  const subject = consentSubject(plan.user);
  const meetings = plan.responsibilityGroup?.meetings ?? [];
  const nextMeeting = meetings
    .filter((m) => (m.status ?? "planned") === "planned" && m.date >= today)
    .reduce<CalendarDate | undefined>((first, m) => (first === undefined || m.date < first ? m.date : first), undefined);
  return {
    status: plan.status,
    goals: { total: plan.goals?.length ?? 0, byStatus: goalsByStatus },
    measures: { total: plan.measures?.length ?? 0, byStatus, overdue, dueSoon },
    ...(nextRevision === undefined ? {} : { nextRevision }),
    revisionOverdue,
    ...(coordinatorId === undefined ? {} : { coordinatorId }),
    consentToPlan: (plan.consents ?? []).some((c) => hasPurpose(c, "plan") && consentCounts(c, subject, today)),
    participants: (plan.participants ?? []).filter((p) => p.leftOn === undefined || p.leftOn >= today).length,
    meetingsHeld: meetings.filter((m) => m.status === "held" && m.date <= today).length,
    ...(nextMeeting === undefined ? {} : { nextMeeting }),
  };
}
