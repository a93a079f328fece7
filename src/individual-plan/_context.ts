import { ruleFor } from "../_lib/engine/rule.js";
import type { CalendarDate } from "../core/dates/calendar-date.js";
import { dayNumber } from "../core/dates/day-number.js";
import { type MeasureDeadlineState, measureDeadlineOnDay, measureSince } from "./_measure-deadline.js";
import { userBirthDate } from "./_user.js";
import { type ConsentSubject, consentSubject } from "./consent/authority.js";
import type { PlanParticipant } from "./participant.js";
import type { IndividualPlan, PlanStatus } from "./schema.js";

/** Lookups built once per check, so that cross-reference rules stay linear. */
export interface PlanIndex {
  /** Participants by id; the first wins when an id is used twice. */
  readonly participantById: ReadonlyMap<string, PlanParticipant>;
  /** The ids of the plan's goals. */
  readonly goalIds: ReadonlySet<string>;
  /** The ids of participants with the role `user`. */
  readonly userIds: ReadonlySet<string>;
  /** The user's birth date, recorded or read from the national id. */
  readonly birthDate: CalendarDate | undefined;
  /** What decides who may consent for the user: birth date and recorded lack of capacity. */
  readonly subject: ConsentSubject;
}

/** The options of `checkIndividualPlan` the rules need, read once per call. */
export interface PlanSettings {
  readonly today: CalendarDate;
  /** How many days ahead a deadline counts as due soon. */
  readonly dueSoonDays: number;
}

/** What every individual-plan rule gets: today, the due-soon window and the index. */
export interface PlanRuleContext extends PlanSettings {
  readonly index: PlanIndex;
  /** The deadline state of each measure, in plan order; worked out once, on first use. */
  readonly measureDeadlines: () => readonly MeasureDeadlineState[];
}

/** Declares a rule of `checkIndividualPlan`: its codes with severity, basis and messages, the statuses it applies to, and its function. */
export const planRule = ruleFor<IndividualPlan, PlanRuleContext, PlanStatus>();

/** Builds the index of a plan in one pass over its participants and goals. */
export function indexPlan(plan: IndividualPlan): PlanIndex {
  const participantById = new Map<string, PlanParticipant>();
  const userIds = new Set<string>();
  for (const participant of plan.participants ?? []) {
    if (!participantById.has(participant.id)) participantById.set(participant.id, participant);
    if (participant.role === "user") userIds.add(participant.id);
  }
  const goalIds = new Set((plan.goals ?? []).map((goal) => goal.id));
  return { participantById, goalIds, userIds, birthDate: userBirthDate(plan.user), subject: consentSubject(plan.user) };
}

/** What the rules see of a plan: the settings, its index, and its measures' deadline states on first use. */
export function planRuleContext(plan: IndividualPlan, { today, dueSoonDays }: PlanSettings): PlanRuleContext {
  let deadlines: readonly MeasureDeadlineState[] | undefined;
  const day = dayNumber(today);
  const measureDeadlines = (): readonly MeasureDeadlineState[] =>
    (deadlines ??= (plan.measures ?? []).map((measure) => measureDeadlineOnDay(measure, day, dueSoonDays, measureSince(plan, measure))));
  return { today, dueSoonDays, index: indexPlan(plan), measureDeadlines };
}

/** Whether a participant still takes part on a day (has not left before it). */
export function isCurrentParticipant(participant: PlanParticipant, today: CalendarDate): boolean {
  return participant.leftOn === undefined || participant.leftOn >= today;
}
