import * as z from "zod";
import { type CalendarDate, CalendarDateSchema } from "../../core/dates/calendar-date.js";
import { IdSchema, INVALID_RANGE, inOrder, TextSchema } from "../_schema-parts.js";

/**
 * Schema for {@link CoordinatorKind}.
 *
 * @example
 * CoordinatorKindSchema.options
 * //=> ["coordinator", "child-coordinator"]
 */
export const CoordinatorKindSchema = z.enum(["coordinator", "child-coordinator"]);

/**
 * The kind of coordinator: a `coordinator` (koordinator, pbrl § 2-5 b) or a `child-coordinator`
 * (barnekoordinator, pbrl § 2-5 c, for families with a child under 18), who also carries the
 * coordinator's tasks.
 *
 * @example
 * const kind: CoordinatorKind = "child-coordinator";
 */
export type CoordinatorKind = "coordinator" | "child-coordinator";

/**
 * Schema for {@link CoordinatorAssignment}; `to` may not come before `from`.
 *
 * @example
 * CoordinatorAssignmentSchema.parse({ id: "a-1", participantId: "p-coord", from: "2025-01-15" })
 * //=> { id: "a-1", participantId: "p-coord", from: "2025-01-15" }
 */
export const CoordinatorAssignmentSchema = z
  .strictObject({
    /** The assignment's id within the plan. */
    id: IdSchema,
    /** The participant who is coordinator. */
    participantId: IdSchema,
    /** Coordinator or child coordinator; `coordinator` when left out. */
    kind: CoordinatorKindSchema.optional(),
    /** The first day of the assignment. */
    from: CalendarDateSchema,
    /** The last day of the assignment; open-ended when left out. */
    to: CalendarDateSchema.optional(),
    /** The coordinating unit (koordinerende enhet) that appointed the coordinator. */
    appointedBy: TextSchema.optional(),
    /** The day of the appointment. */
    appointedOn: CalendarDateSchema.optional(),
    /** The day the coordinator completed training (opplæring). */
    trainedOn: CalendarDateSchema.optional(),
  })
  .refine((a) => inOrder(a.from, a.to), { params: INVALID_RANGE, path: ["to"] });

/**
 * A coordinator assignment (koordinatoroppdrag) over time: who, which kind, from and to, appointed by
 * the coordinating unit, and when trained. One assignment holds at a time; a handover ends one and
 * starts the next.
 *
 * @example
 * const assignment: CoordinatorAssignment = {
 *   id: "a-1",
 *   participantId: "p-coord",
 *   kind: "coordinator",
 *   from: "2025-01-15",
 *   appointedBy: "Koordinerende enhet",
 *   trainedOn: "2024-11-05",
 * };
 */
export interface CoordinatorAssignment {
  /** The assignment's id within the plan. */
  id: string;
  /** The participant who is coordinator. */
  participantId: string;
  /** Coordinator or child coordinator (barnekoordinator); `coordinator` when left out. */
  kind?: CoordinatorKind | undefined;
  /** The first day of the assignment. */
  from: CalendarDate;
  /** The last day of the assignment; open-ended when left out. */
  to?: CalendarDate | undefined;
  /** The coordinating unit (koordinerende enhet) that appointed the coordinator. */
  appointedBy?: string | undefined;
  /** The day of the appointment. */
  appointedOn?: CalendarDate | undefined;
  /** The day the coordinator completed training (opplæring). */
  trainedOn?: CalendarDate | undefined;
}

/**
 * Schema for {@link MeetingStatus}.
 *
 * @example
 * MeetingStatusSchema.options
 * //=> ["planned", "held", "cancelled"]
 */
export const MeetingStatusSchema = z.enum(["planned", "held", "cancelled"]);

/**
 * Whether a responsibility-group meeting is `planned`, was `held` (holdt) or `cancelled` (avlyst).
 * A meeting without a status is planned.
 *
 * @example
 * const status: MeetingStatus = "held";
 */
export type MeetingStatus = "planned" | "held" | "cancelled";

/**
 * Schema for {@link ResponsibilityGroupMeeting}.
 *
 * @example
 * ResponsibilityGroupMeetingSchema.parse({ id: "mt-1", date: "2025-03-04", status: "held" })
 * //=> { id: "mt-1", date: "2025-03-04", status: "held" }
 */
export const ResponsibilityGroupMeetingSchema = z.strictObject({
  /** The meeting's id within the plan. */
  id: IdSchema,
  /** The day the meeting is planned for, or was held. */
  date: CalendarDateSchema,
  /** Planned, held or cancelled; `planned` when left out. */
  status: MeetingStatusSchema.optional(),
  /** The participants who attended. */
  attendeeIds: z.array(IdSchema).optional(),
  /** The minutes (referat) (confidential). */
  minutes: TextSchema.optional(),
});

/**
 * A meeting of the responsibility group (ansvarsgruppemøte): its date, whether it was held, who came.
 *
 * @example
 * const meeting: ResponsibilityGroupMeeting = { id: "mt-1", date: "2025-03-04", status: "held", attendeeIds: ["p-user", "p-coord"] };
 */
export interface ResponsibilityGroupMeeting {
  /** The meeting's id within the plan. */
  id: string;
  /** The day the meeting is planned for, or was held. */
  date: CalendarDate;
  /** Planned, held or cancelled; `planned` when left out. */
  status?: MeetingStatus | undefined;
  /** The participants who attended. */
  attendeeIds?: string[] | undefined;
  /** The minutes (referat) (confidential). */
  minutes?: string | undefined;
}

/**
 * Schema for {@link ResponsibilityGroup}.
 *
 * @example
 * ResponsibilityGroupSchema.parse({ memberIds: ["p-user", "p-coord"], meetings: [] })
 * //=> { memberIds: ["p-user", "p-coord"], meetings: [] }
 */
export const ResponsibilityGroupSchema = z.strictObject({
  /** The day the group was set up. */
  establishedOn: CalendarDateSchema.optional(),
  /** The participants who are members. */
  memberIds: z.array(IdSchema).optional(),
  /** The group's meetings, planned and held. */
  meetings: z.array(ResponsibilityGroupMeetingSchema).optional(),
});

/**
 * The responsibility group (ansvarsgruppe): the user, the coordinator and service providers meeting
 * regularly. It has no decision power; municipalities commonly meet once or twice a half-year.
 *
 * @example
 * const group: ResponsibilityGroup = {
 *   establishedOn: "2025-01-20",
 *   memberIds: ["p-user", "p-coord", "p-nav"],
 *   meetings: [{ id: "mt-1", date: "2025-03-04", status: "held" }],
 * };
 */
export interface ResponsibilityGroup {
  /** The day the group was set up. */
  establishedOn?: CalendarDate | undefined;
  /** The participants who are members. */
  memberIds?: string[] | undefined;
  /** The group's meetings (ansvarsgruppemøter), planned and held. */
  meetings?: ResponsibilityGroupMeeting[] | undefined;
}
