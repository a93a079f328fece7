import { describeValue, resolveTodayOption } from "../_lib/options.js";
import { type CalendarDate, daysBetween } from "../core/dates/calendar-date.js";
import { requireCoordinationCase } from "./check.js";
import { type CaseStep, nextStep } from "./next-step.js";
import { type OpenCaseListOptions, resolveCaseDays } from "./options.js";
import type { CoordinationCase } from "./schema.js";

/**
 * An open case on the unit's work list: which case, its next step, the last day that step is due
 * by, and how it stands today.
 *
 * @example
 * const item: OpenCaseItem = { caseId: "ke-1", index: 0, step: "make-offer", due: "2025-09-29", daysLeft: -2, overdue: true };
 */
export interface OpenCaseItem {
  /** The case's id. */
  readonly caseId: string;
  /** The case's place in the list passed in. */
  readonly index: number;
  /** The next step. */
  readonly step: CaseStep;
  /** The last day the step is due by. */
  readonly due: CalendarDate;
  /** Days from today to `due`: 0 on the day, negative once it has passed. */
  readonly daysLeft: number;
  /** Whether `due` is before today. */
  readonly overdue: boolean;
}

/**
 * Lists a coordinating unit's open cases (åpne saker) with each one's next step and its deadline,
 * soonest first (ties in list order), as a work list. Closed cases are left out. The steps follow
 * the process: consent, offer, answer, coordinator offered, appointed and trained, plan made, then
 * a review every `inactiveDays`; see {@link CaseStep} for each and when it is due. The deadlines
 * are the unit's routine (`followUpDays`, `stepDays`, `inactiveDays`), not law.
 *
 * Takes cases that passed {@link CoordinationCaseSchema} (e.g. `validateCoordinationCase`, or the
 * schema alone when a case has findings): it never throws on any of them, whatever their findings.
 * A date after today is read as not yet happened where a step needs it to have happened.
 *
 * @param cases - Schema-valid cases, in any order.
 * @param options - `today`, `followUpDays` (14), `stepDays` (14) and `inactiveDays` (90).
 * @returns One item per open case, by `due`, then list order.
 * @throws TypeError when `options` is not an object, `today` is missing, or `cases` is not an array of
 *   cases the schema accepts (validate unknown input with {@link validateCoordinationCase} first);
 *   RangeError when `today` or a number of days is invalid.
 *
 * @example
 * listOpenCases(
 *   [
 *     {
 *       kind: "coordination-case", id: "ke-1", status: "open", user: { id: "u-1" },
 *       notice: { receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" },
 *       consent: { status: "given", givenOn: "2025-09-15", givenBy: "user" },
 *     },
 *     {
 *       kind: "coordination-case", id: "ke-2", status: "open", user: { id: "u-2" },
 *       notice: { receivedOn: "2025-09-20", fromService: "nav", aboutUserId: "u-2" },
 *     },
 *   ],
 *   { today: "2025-10-01" },
 * )
 * //=> [{ caseId: "ke-1", index: 0, step: "make-offer", due: "2025-09-29", daysLeft: -2, overdue: true },
 * //    { caseId: "ke-2", index: 1, step: "clarify-consent", due: "2025-10-04", daysLeft: 3, overdue: false }]
 */
export function listOpenCases(cases: readonly CoordinationCase[], options: OpenCaseListOptions): OpenCaseItem[] {
  const days = resolveCaseDays(options, "listOpenCases");
  const today = resolveTodayOption(options);
  if (!Array.isArray(cases)) throw new TypeError(`listOpenCases: cases must be an array, got ${describeValue(cases)}`);
  // An index loop, not forEach: a hole in the array is no case either.
  for (let index = 0; index < cases.length; index++) requireCoordinationCase(cases[index], "listOpenCases", `cases[${index}]`);
  const items: OpenCaseItem[] = [];
  for (const [index, c] of cases.entries()) {
    if (c.status !== "open") continue;
    const { step, due } = nextStep(c, today, days);
    const daysLeft = daysBetween(today, due);
    items.push({ caseId: c.id, index, step, due, daysLeft, overdue: daysLeft < 0 });
  }
  return items.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.index - b.index));
}
