export {
  type CalendarDate,
  CalendarDateSchema,
  isCalendarDate,
  toCalendarDate,
  type YearMonth,
  YearMonthSchema,
} from "./calendar-date.js";
export {
  type DatePoint,
  DatePointSchema,
  DateDeadlineSchema,
  type Deadline,
  type DeadlineRange,
  DeadlineRangeSchema,
  DeadlineSchema,
  MonthDeadlineSchema,
  type OneOffDeadline,
  type Recurrence,
  RecurrenceSchema,
  YearDeadlineSchema,
} from "./deadline.js";
export { deadlineEnd, deadlineStart, isOneOffDeadline } from "./deadline-end.js";
export { describeDeadline } from "./describe-deadline.js";
export { isOverdue, type OverdueOptions } from "./is-overdue.js";
export {
  currentPeriod,
  nextDue,
  type Period,
  periodContaining,
  type RecurrenceOptions,
  type RecurrenceStatus,
  recurrenceStatus,
} from "./recurrence.js";
export {
  parseDeadline,
  type ParseDeadlineFailure,
  type ParseDeadlineOptions,
  type ParseDeadlineResult,
} from "./parse-deadline.js";
export { type DeadlineState, type DeadlineStateKind, type DeadlineStateOptions, deadlineState } from "./deadline-state.js";
