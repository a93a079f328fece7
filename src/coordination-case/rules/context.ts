import { ruleFor } from "../../_lib/engine/rule.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import type { Locale } from "../../core/locale.js";
import type { CaseDays } from "../options.js";
import type { CaseStatus, CoordinationCase } from "../schema.js";

/** What every coordination-case rule sees: today, the locale, the unit's time limits and what is read from the case once. */
export interface CaseRuleContext extends CaseDays {
  /** The day the case is judged on. */
  readonly today: CalendarDate;
  /** The caller's locale. */
  readonly locale: Locale;
  /** The user's birth date, recorded or read from the national id. */
  readonly birthDate: CalendarDate | undefined;
  /** The first day from the notice through today that the unit took a step on the case. */
  readonly firstFollowUp: CalendarDate | undefined;
  /** The last day up to today with activity on the case (the notice's day at least). */
  readonly lastActivity: CalendarDate;
}

/** Declares a rule of `checkCoordinationCase`: its codes with severity, basis and messages, the case statuses it applies to, and its function. */
export const caseRule = ruleFor<CoordinationCase, CaseRuleContext, CaseStatus>();

/** The statuses of a case still being worked on: most rules judge open cases only. */
export const OPEN: readonly CaseStatus[] = ["open"];
