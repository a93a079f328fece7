import type { CheckContext, RawFinding } from "../../_lib/_legacy.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import type { CaseDays } from "../options.js";
import type { CoordinationCase } from "../schema.js";

/** What every coordination-case rule sees: today, the locale, the unit's time limits and what is read from the case once. */
export interface CaseRuleContext extends CheckContext, CaseDays {
  /** The user's birth date, recorded or read from the national id. */
  readonly birthDate: CalendarDate | undefined;
  /** The first day from the notice through today that the unit took a step on the case. */
  readonly firstFollowUp: CalendarDate | undefined;
  /** The last day up to today with activity on the case (the notice's day at least). */
  readonly lastActivity: CalendarDate;
}

/** One rule of `checkCoordinationCase`: a pure function from a case to raw findings. */
export type CaseRule = (c: CoordinationCase, ctx: CaseRuleContext) => RawFinding[];
