import { ruleFor } from "../../_lib/engine/rule.js";
import type { CalendarDate } from "../../core/dates/calendar-date.js";
import type { FindingPath } from "../../core/findings/types.js";
import type { Locale } from "../../core/locale.js";
import type { MunicipalReport } from "../schema.js";

/** What every report rule sees: `today`, the locale and the plausibility limit, read once per call. */
export interface ReportRuleContext {
  /** The day the report is judged on. */
  readonly today: CalendarDate;
  /** The caller's locale. */
  readonly locale: Locale;
  /** The largest FTE figure taken as plausible for one municipality. */
  readonly maxFullTimeEquivalents: number;
}

/** Declares a rule of `checkMunicipalReport`: its codes with severity, basis and messages, and its function. */
export const reportRule = ruleFor<MunicipalReport, ReportRuleContext>();

/** Declares a rule of `checkReportSet` over the whole list of reports. */
export const reportSetRule = ruleFor<MunicipalReport[], ReportRuleContext>();

// Sums are compared to the hundredth of an FTE: smaller differences are rounding in the form.
const TOLERANCE = 0.005;

/** Tells whether two amounts are the same once rounding to two decimals is allowed for. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) < TOLERANCE;
}

/** Rounds to two decimals, for params that show a computed sum. */
export function roundForDisplay(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Sums the values of a partial record; a missing entry counts as 0. */
export function sumOf(values: Readonly<Partial<Record<string, number>>>): number {
  let sum = 0;
  for (const value of Object.values(values)) sum += value ?? 0;
  return sum;
}

/** The numeric entries of a partial record with their paths, in key order of the record. */
export function entriesWithPath(
  values: Readonly<Partial<Record<string, number>>>,
  prefix: FindingPath,
): (readonly [FindingPath, number])[] {
  const entries: (readonly [FindingPath, number])[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) entries.push([[...prefix, key], value]);
  }
  return entries;
}

/** The service groups of a report, with their key in `fullTimeEquivalents`. */
export const SERVICE_GROUPS = ["adults", "childrenAndYoungPeople"] as const;

/** The practices answered with an extent and a user count, with their key in `practice`. */
export const COUNTED_PRACTICES = ["individualPlans", "coordinators", "responsibilityGroups"] as const;
