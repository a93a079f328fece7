import type { CalendarDate } from "../core/dates/calendar-date.js";
import { type CheckContext, checkContext, type RawFinding } from "../_lib/_legacy.js";
import { type MeasureDeadlineState, measureDeadlineState, measureSince } from "./_measure-deadline.js";
import { userBirthDate } from "./_user.js";
import { type ConsentSubject, consentSubject } from "./consent/authority.js";
import { type IndividualPlanCheckOptions, resolveDueSoonDays } from "./options.js";
import type { PlanParticipant } from "./participant.js";
import type { IndividualPlan } from "./schema.js";

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

/** What every individual-plan rule gets: today, the locale, the due-soon window and the index. */
export interface PlanRuleContext extends CheckContext {
  readonly dueSoonDays: number;
  readonly index: PlanIndex;
  /** The deadline state of each measure, in plan order; worked out once, on first use. */
  readonly measureDeadlines: () => readonly MeasureDeadlineState[];
}

/** One rule: a pure function from a plan to raw findings. */
export type PlanRule = (plan: IndividualPlan, ctx: PlanRuleContext) => RawFinding[];

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

/**
 * Resolves the options and indexes the plan.
 *
 * @throws RangeError when `today` or `dueSoonDays` is invalid.
 */
export function planRuleContext(plan: IndividualPlan, options: IndividualPlanCheckOptions): PlanRuleContext {
  const { today, locale } = checkContext(options);
  const dueSoonDays = resolveDueSoonDays(options.dueSoonDays);
  let deadlines: readonly MeasureDeadlineState[] | undefined;
  const measureDeadlines = (): readonly MeasureDeadlineState[] =>
    (deadlines ??= (plan.measures ?? []).map((measure) => measureDeadlineState(measure, today, dueSoonDays, measureSince(plan, measure))));
  return { today, locale, dueSoonDays, index: indexPlan(plan), measureDeadlines };
}

/** Whether a participant still takes part on a day (has not left before it). */
export function isCurrentParticipant(participant: PlanParticipant, today: CalendarDate): boolean {
  return participant.leftOn === undefined || participant.leftOn >= today;
}
