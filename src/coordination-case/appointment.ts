import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../core/dates/calendar-date.js";
import { IdSchema, INVALID_RANGE, inOrder } from "../individual-plan/_schema-parts.js";
import { type CoordinatorKind, CoordinatorKindSchema } from "../individual-plan/coordination/schema.js";

/**
 * Schema for {@link CaseAppointment}; an appointment may not end before it starts.
 *
 * @example
 * CaseAppointmentSchema.parse({ id: "a-1", kind: "coordinator", coordinatorId: "k-7", appointedOn: "2025-09-20" })
 * //=> { id: "a-1", kind: "coordinator", coordinatorId: "k-7", appointedOn: "2025-09-20" }
 */
export const CaseAppointmentSchema = z
  .strictObject({
    /** The appointment's id within the case. */
    id: IdSchema,
    /** A coordinator (koordinator) or a child coordinator (barnekoordinator). */
    kind: CoordinatorKindSchema,
    /** The unit's own id of the person appointed: never a name. */
    coordinatorId: IdSchema,
    /** The day of the appointment (oppnevning). */
    appointedOn: CalendarDateSchema,
    /** The day the coordinator completed training (opplæring); may be before the appointment. */
    trainedOn: CalendarDateSchema.optional(),
    /** The last day of the appointment, at a handover or when coordination stops. */
    endedOn: CalendarDateSchema.optional(),
  })
  .refine((a) => inOrder(a.appointedOn, a.endedOn), { params: INVALID_RANGE, path: ["endedOn"] });

/**
 * The appointment (oppnevning) of a coordinator or child coordinator by the unit, with the day the
 * person was trained. It holds from `appointedOn` through `endedOn`.
 *
 * @example
 * const appointment: CaseAppointment = { id: "a-1", kind: "child-coordinator", coordinatorId: "k-3", appointedOn: "2025-09-20", trainedOn: "2024-03-01" };
 */
export interface CaseAppointment {
  /** The appointment's id within the case. */
  id: string;
  /** A coordinator (koordinator) or a child coordinator (barnekoordinator). */
  kind: CoordinatorKind;
  /** The unit's own id of the person appointed: never a name. */
  coordinatorId: string;
  /** The day of the appointment (oppnevning). */
  appointedOn: CalendarDate;
  /** The day the coordinator completed training (opplæring); may be before the appointment. */
  trainedOn?: CalendarDate | undefined;
  /** The last day of the appointment, at a handover or when coordination stops. */
  endedOn?: CalendarDate | undefined;
}

/**
 * Schema for {@link CaseActivityKind}.
 *
 * @example
 * CaseActivityKindSchema.options
 * //=> ["contact", "meeting", "letter", "review", "other"]
 */
export const CaseActivityKindSchema = z.enum(["contact", "meeting", "letter", "review", "other"]);

/**
 * What the unit did on a case besides the formal steps: a `contact` (phone, message), a `meeting`,
 * a `letter`, a `review` of the case, or `other`.
 *
 * @example
 * const kind: CaseActivityKind = "contact";
 */
export type CaseActivityKind = "contact" | "meeting" | "letter" | "review" | "other";

/**
 * Schema for {@link CaseActivity}.
 *
 * @example
 * CaseActivitySchema.parse({ date: "2025-09-05", kind: "contact" })
 * //=> { date: "2025-09-05", kind: "contact" }
 */
export const CaseActivitySchema = z.strictObject({
  /** The day of the activity. */
  date: CalendarDateSchema,
  /** What kind of activity it was. */
  kind: CaseActivityKindSchema,
});

/**
 * An activity (aktivitet) logged on a case: a day and a kind, no free text. It counts as follow-up
 * of the notice and as activity on the case.
 *
 * @example
 * const activity: CaseActivity = { date: "2025-09-05", kind: "contact" };
 */
export interface CaseActivity {
  /** The day of the activity. */
  date: CalendarDate;
  /** What kind of activity it was. */
  kind: CaseActivityKind;
}

/**
 * Schema for {@link CasePlanLink}.
 *
 * @example
 * CasePlanLinkSchema.parse({ id: "ip-1", madeOn: "2025-10-15" })
 * //=> { id: "ip-1", madeOn: "2025-10-15" }
 */
export const CasePlanLinkSchema = z.strictObject({
  /** The id of the individual plan (`IndividualPlan.id`). */
  id: IdSchema,
  /** The day the plan was made (opprettet). */
  madeOn: CalendarDateSchema,
});

/**
 * The link from a case to the individual plan made for the user, once it is made.
 *
 * @example
 * const link: CasePlanLink = { id: "ip-1", madeOn: "2025-10-15" };
 */
export interface CasePlanLink {
  /** The id of the individual plan (`IndividualPlan.id`). */
  id: string;
  /** The day the plan was made (opprettet). */
  madeOn: CalendarDate;
}
