/**
 * A recurrence's state on a day, on day numbers: the current period, whether it is met, the next
 * due day, the previous period and whether it was met. Constant work in how far back the
 * recurrence started (periods are found by arithmetic); linear only in the days of work given. The
 * list of missed periods is a separate, bounded question ({@link missedSince}). Internal: not
 * exported from the package.
 *
 * @module
 */
import { dayNumber } from "./day-number.js";
import type { Recurrence } from "./deadline.js";
import { type DayPeriod, periodAt, periodIndex } from "./_periods.js";

/** Where a recurrence stands on a day, as day numbers. */
export interface RecurrenceState {
  /** The period today falls in (or the first period, before the recurrence starts). */
  readonly current: DayPeriod;
  readonly metCurrent: boolean;
  /** The current period's end, or the next period's end when the current one is met. */
  readonly nextDue: number;
  /** The most recent period that has ended, unless none has since the recurrence started. */
  readonly previous: DayPeriod | undefined;
  readonly metPrevious: boolean;
}

/** The day number of a recurrence's `starts`, if it has one. */
export function startsOf(recurrence: Recurrence): number | undefined {
  return recurrence.starts === undefined ? undefined : dayNumber(recurrence.starts);
}

/** The period containing a day, cut at `starts`; before `starts`, the first period. */
export function containing(recurrence: Recurrence, day: number, starts: number | undefined = startsOf(recurrence)): DayPeriod {
  const at = starts !== undefined && day < starts ? starts : day;
  const period = periodAt(recurrence, periodIndex(recurrence, at));
  return starts !== undefined && period.start < starts ? { start: starts, end: period.end } : period;
}

/** Whether a day of work falls in a period. */
export function metIn(period: DayPeriod, done: readonly number[]): boolean {
  for (const day of done) if (day >= period.start && day <= period.end) return true;
  return false;
}

/** The state of a recurrence on `today`, the work done on the days `done`. */
export function recurrenceState(recurrence: Recurrence, today: number, done: readonly number[]): RecurrenceState {
  const starts = startsOf(recurrence);
  const current = containing(recurrence, today, starts);
  const metCurrent = metIn(current, done);
  const nextDue = metCurrent ? containing(recurrence, current.end + 1, starts).end : current.end;
  const hasPrevious = current.start <= today && (starts === undefined || starts < current.start);
  const previous = hasPrevious ? containing(recurrence, current.start - 1, starts) : undefined;
  return { current, metCurrent, nextDue, previous, metPrevious: previous !== undefined && metIn(previous, done) };
}

/** Missed periods, the most recent `maxMissed` of them oldest first, and how many there are in all. */
export interface MissedPeriods {
  readonly missed: readonly DayPeriod[];
  readonly missedCount: number;
}

/**
 * The ended periods from the one containing `since` to the one before today's that had no day of
 * work, by index: the met ones are found from `done`, the missed ones listed from the most recent
 * back. At most `maxMissed` + `done.length` periods are looked at, however far back `since` lies.
 */
export function missedSince(recurrence: Recurrence, since: number, today: number, done: readonly number[], maxMissed: number): MissedPeriods {
  const first = periodIndex(recurrence, since);
  const last = periodIndex(recurrence, today) - 1;
  if (last < first) return { missed: [], missedCount: 0 };
  const lastEnd = periodAt(recurrence, last).end;
  const met = new Set<number>();
  for (const day of done) if (day >= since && day <= lastEnd) met.add(periodIndex(recurrence, day));
  const missed: DayPeriod[] = [];
  for (let index = last; index >= first && missed.length < maxMissed; index -= 1) {
    if (met.has(index)) continue;
    const period = periodAt(recurrence, index);
    missed.push(index === first ? { start: since, end: period.end } : period);
  }
  return { missed: missed.reverse(), missedCount: last - first + 1 - met.size };
}

/**
 * The missed periods counted from `since` or the recurrence's `starts`, whichever is later; with
 * neither, only the previous period can be missed.
 */
export function missedPeriods(
  recurrence: Recurrence,
  state: RecurrenceState,
  options: { readonly today: number; readonly done: readonly number[]; readonly since: number | undefined; readonly maxMissed: number },
): MissedPeriods {
  const starts = startsOf(recurrence);
  const { today, done, since: sinceOption, maxMissed } = options;
  const since = sinceOption === undefined ? starts : starts === undefined ? sinceOption : Math.max(sinceOption, starts);
  if (since !== undefined) return missedSince(recurrence, since, today, done, maxMissed);
  if (state.previous === undefined || state.metPrevious) return { missed: [], missedCount: 0 };
  return { missed: maxMissed > 0 ? [state.previous] : [], missedCount: 1 };
}
