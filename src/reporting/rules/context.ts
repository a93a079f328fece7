import type { CheckContext, RawFinding } from "../../_lib/_legacy.js";
import type { FindingPath } from "../../core/findings/types.js";
import type { MunicipalReport } from "../schema.js";

/** Check context of the report rules: the resolved options and the plausibility limit. */
export interface ReportRuleContext extends CheckContext {
  readonly maxFullTimeEquivalents: number;
}

/** One rule over a report: what it finds, with paths inside the report. */
export type ReportRule = (report: MunicipalReport, ctx: ReportRuleContext) => RawFinding[];

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
