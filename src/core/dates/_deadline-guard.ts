// Internal: the door of the public deadline functions. Internal callers work on deadlines a schema
// has already accepted and use the unguarded bodies; a caller of the public function may pass anything.
import { describeValue } from "../../_lib/options.js";
import { type Deadline, DeadlineSchema, type OneOffDeadline } from "./deadline.js";

/**
 * Asserts that a value is a {@link Deadline} the schema accepts, and a one-off one when asked.
 *
 * @throws TypeError naming `fn` and the argument when it is not.
 */
export function requireDeadline(value: unknown, fn: string, oneOff: true): asserts value is OneOffDeadline;
export function requireDeadline(value: unknown, fn: string, oneOff?: false): asserts value is Deadline;
export function requireDeadline(value: unknown, fn: string, oneOff = false): void {
  const parsed = DeadlineSchema.safeParse(value);
  if (!parsed.success) {
    throw new TypeError(`${fn}: deadline must be a Deadline (DeadlineSchema), got ${describeValue(value)}`);
  }
  if (oneOff && parsed.data.kind === "recurrence") {
    throw new TypeError(`${fn}: deadline must be a one-off deadline (not a recurrence); use nextDue or recurrenceStatus for recurrences`);
  }
}
