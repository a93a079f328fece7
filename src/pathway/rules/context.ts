import { ruleFor } from "../../_lib/engine/rule.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import type { Locale } from "../../core/locale.js";
import type { ConsentSubject } from "../../individual-plan/consent/authority.js";
import type { PathwayDefinition, PathwayStep } from "../definition.js";
import type { PathwayCase, PathwayCaseStatus } from "../schema.js";

/** What every pathway-case rule sees: today, the locale, the limits, the pathway and what is read from the case once. */
export interface PathwayRuleContext {
  /** The day the case is judged on. */
  readonly today: CalendarDate;
  /** The caller's locale. */
  readonly locale: Locale;
  /** Days an open case may go with no activity. */
  readonly inactiveDays: number;
  /** The pathway the case names, when it is known. */
  readonly pathway: PathwayDefinition | undefined;
  /** The pathway's steps by id (empty when the pathway is unknown). */
  readonly stepsById: ReadonlyMap<string, PathwayStep>;
  /** The first day each step was done, by step id. */
  readonly doneOn: ReadonlyMap<string, CalendarDate>;
  /** The index in `steps` of the record that gives each step's first day (the first such record). */
  readonly doneIndex: ReadonlyMap<string, number>;
  /** The child's facts that decide who may consent. */
  readonly subject: ConsentSubject;
  /** The last day up to today with activity on the case (the day it opened at least). */
  readonly lastActivity: CalendarDate;
}

/** Declares a rule of `checkPathwayCase`. */
export const pathwayRule = ruleFor<PathwayCase, PathwayRuleContext, PathwayCaseStatus>();

/** The statuses of a case still under way. */
export const OPEN: readonly PathwayCaseStatus[] = ["open"];

/** What every pathway-definition rule sees: the step ids, each with the indexes it has. */
export interface DefinitionRuleContext {
  /** The indexes of the steps with each id. */
  readonly indexesById: ReadonlyMap<string, readonly number[]>;
}

/** Declares a rule of `validatePathwayDefinition`. */
export const definitionRule = ruleFor<PathwayDefinition, DefinitionRuleContext>();
