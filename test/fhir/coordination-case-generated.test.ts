import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CoordinationCase, CoordinationCaseSchema, coordinationCaseToFhir } from "../../src/index.js";
import { syntheticNationalId } from "../fixtures/coordination-case.js";
import { bundleProblems } from "./coordination-case-checks.js";

const after = (date: string, days: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const gap = fc.nat(200);
// Ids as a register may write them: short codes, but also spaces, slashes, quotes and non-ASCII.
const idArb = fc.oneof(fc.constantFrom("a-1", "a-2", "k-1", "ke/2025:1", 'x"y', "ø æ", " ", " x "), fc.string({ minLength: 1, maxLength: 12 }));

/** Schema-valid cases with every step in every state, dates as offsets after the notice. */
const caseArb: fc.Arbitrary<CoordinationCase> = fc
  .record({
    id: idArb,
    receivedOn: fc.constantFrom("2024-02-29", "2025-09-01", "2025-12-31"),
    status: fc.constantFrom("open", "closed" as const),
    closingReason: maybe(fc.constantFrom("coordination-established", "declined", "consent-withdrawn", "no-longer-needed", "moved", "deceased", "other" as const)),
    user: fc.constantFrom({ id: "u-1" }, { id: "u-2", birthDate: "2010-04-02" }, { id: "u-3", nationalId: syntheticNationalId("1990-05-15") }),
    fromService: fc.constantFrom("gp", "specialist-mental-health", "tsb", "specialist-other", "municipal-health-care", "nav", "child-welfare", "school", "user-or-family", "other" as const),
    consent: fc.oneof(
      fc.constant(undefined),
      fc.record({ status: fc.constant("pending" as const), askedOn: maybe(gap) }),
      fc.record({ status: fc.constant("given" as const), givenOn: gap, givenBy: fc.constantFrom("user", "parent", "guardian", "representative" as const), withdrawnOn: maybe(gap) }),
      fc.record({ status: fc.constant("declined" as const), declinedOn: gap, declinedBy: maybe(fc.constantFrom("user", "guardian" as const)) }),
    ),
    offer: maybe(fc.record({ offeredOn: gap, plan: fc.constantFrom("not-offered", "pending", "accepted", "declined" as const), coordinator: fc.constantFrom("not-offered", "pending", "accepted", "declined" as const), answeredOn: maybe(gap) })),
    appointments: fc.array(fc.record({ id: idArb, child: fc.boolean(), coordinatorId: idArb, appointedOn: gap, trainedOn: maybe(gap), endedOn: maybe(gap) }), { maxLength: 4 }),
    activities: fc.array(fc.record({ date: gap, kind: fc.constantFrom("contact", "meeting", "letter", "review", "other" as const) }), { maxLength: 3 }),
    planOn: maybe(gap),
    planId: idArb,
    closedOn: maybe(gap),
  })
  .map((r): unknown => {
    const on = (days: number): string => after(r.receivedOn, days);
    const c = r.consent;
    return {
      kind: "coordination-case",
      id: r.id,
      status: r.status,
      user: r.user,
      notice: { receivedOn: r.receivedOn, fromService: r.fromService, aboutUserId: r.user.id },
      ...(c === undefined
        ? {}
        : c.status === "pending"
          ? { consent: { status: "pending", ...(c.askedOn === undefined ? {} : { askedOn: on(c.askedOn) }) } }
          : c.status === "given"
            ? { consent: { status: "given", givenOn: on(c.givenOn), givenBy: c.givenBy, ...(c.withdrawnOn === undefined ? {} : { withdrawnOn: on(c.givenOn + c.withdrawnOn) }) } }
            : { consent: { status: "declined", declinedOn: on(c.declinedOn), ...(c.declinedBy === undefined ? {} : { declinedBy: c.declinedBy }) } }),
      ...(r.offer === undefined
        ? {}
        : { offer: { offeredOn: on(r.offer.offeredOn), plan: r.offer.plan, coordinator: r.offer.coordinator, ...(r.offer.answeredOn === undefined ? {} : { answeredOn: on(r.offer.offeredOn + r.offer.answeredOn) }) } }),
      appointments: r.appointments.map((a) => ({
        id: a.id,
        kind: a.child ? "child-coordinator" : "coordinator",
        coordinatorId: a.coordinatorId,
        appointedOn: on(a.appointedOn),
        ...(a.trainedOn === undefined ? {} : { trainedOn: after("2023-01-01", a.trainedOn) }),
        ...(a.endedOn === undefined ? {} : { endedOn: on(a.appointedOn + a.endedOn) }),
      })),
      activities: r.activities.map((a) => ({ date: on(a.date), kind: a.kind })),
      ...(r.planOn === undefined ? {} : { individualPlan: { id: r.planId, madeOn: on(r.planOn) } }),
      ...(r.closedOn === undefined ? {} : { closedOn: on(r.closedOn) }),
      ...(r.closingReason === undefined ? {} : { closingReason: r.closingReason }),
    };
  })
  .map((input) => CoordinationCaseSchema.parse(input));

describe("coordinationCaseToFhir on generated cases", () => {
  it("writes a valid Bundle with one entry per resource and step, the same one each time", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const bundle = coordinationCaseToFhir(c);
        expect(bundleProblems(bundle)).toEqual([]);
        const coordinators = new Set((c.appointments ?? []).map((a) => a.coordinatorId)).size;
        const steps = [c.consent, c.offer, c.individualPlan].filter((s) => s !== undefined).length + (c.appointments?.length ?? 0) + (c.activities?.length ?? 0);
        expect(bundle.entry).toHaveLength(3 + coordinators + steps);
        expect(coordinationCaseToFhir(c)).toEqual(bundle);
      }),
      { numRuns: 120 },
    );
  });
});
