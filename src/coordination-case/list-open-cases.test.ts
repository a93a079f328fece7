import { describe, expect, it } from "vitest";
import { deepFreeze } from "../../test/fixtures/deep-freeze.js";
import { listOpenCases } from "./list-open-cases.js";
import type { CoordinationCase } from "./schema.js";
import type { CaseAppointment } from "./appointment.js";

const TODAY = "2025-10-01";
const base: CoordinationCase = {
  kind: "coordination-case",
  id: "ke-1",
  status: "open",
  user: { id: "u-1" },
  notice: { receivedOn: "2025-09-01", fromService: "gp", aboutUserId: "u-1" },
};
const consent = { status: "given", givenOn: "2025-09-05", givenBy: "user" } as const;
const offer = { offeredOn: "2025-09-06", plan: "accepted", coordinator: "accepted", answeredOn: "2025-09-08" } as const;
const appointment: CaseAppointment = { id: "a-1", kind: "coordinator", coordinatorId: "k-1", appointedOn: "2025-09-15", trainedOn: "2024-05-30" };

const stepOf = (c: Partial<CoordinationCase>, today = TODAY, options = {}) => {
  const [item] = listOpenCases([{ ...base, ...c }], { today, ...options });
  return item === undefined ? undefined : [item.step, item.due];
};

describe("listOpenCases", () => {
  it("asks for consent first, by followUpDays after the notice", () => {
    expect(stepOf({})).toEqual(["clarify-consent", "2025-09-15"]);
    expect(stepOf({ consent: { status: "pending", askedOn: "2025-09-03" } }, TODAY, { followUpDays: 7 })).toEqual(["clarify-consent", "2025-09-08"]);
  });

  it("then the offer, stepDays after consent (or after the notice when consent came first)", () => {
    expect(stepOf({ consent })).toEqual(["make-offer", "2025-09-19"]);
    expect(stepOf({ consent: { ...consent, givenOn: "2025-08-20" } }, TODAY, { stepDays: 7 })).toEqual(["make-offer", "2025-09-08"]);
    // A coordinator is offered even when consent to the rest is declined.
    expect(stepOf({ consent: { status: "declined", declinedOn: "2025-09-04" } })).toEqual(["make-offer", "2025-09-18"]);
  });

  it("waits for an answer, then offers a coordinator when none was offered", () => {
    expect(stepOf({ consent, offer: { offeredOn: "2025-09-06", plan: "pending", coordinator: "pending" } })).toEqual(["await-answer", "2025-09-20"]);
    expect(stepOf({ consent, offer: { ...offer, plan: "declined", coordinator: "not-offered" } })).toEqual(["offer-coordinator", "2025-09-08"]);
  });

  it("asks again for consent when the user declined it but accepted a coordinator", () => {
    expect(stepOf({ consent: { status: "declined", declinedOn: "2025-09-04" }, offer })).toEqual(["clarify-consent", "2025-09-22"]);
  });

  it("appoints, then trains the coordinator, then makes the plan", () => {
    expect(stepOf({ consent, offer })).toEqual(["appoint-coordinator", "2025-09-22"]);
    expect(stepOf({ consent, offer, appointments: [{ ...appointment, trainedOn: undefined }] })).toEqual(["train-coordinator", "2025-09-15"]);
    expect(stepOf({ consent, offer, appointments: [appointment] })).toEqual(["make-plan", "2025-09-29"]);
  });

  it("appoints anew after a coordinator's appointment ended", () => {
    const ended = { ...appointment, endedOn: "2025-09-25" };
    expect(stepOf({ consent, offer, appointments: [ended] })).toEqual(["appoint-coordinator", "2025-10-09"]);
  });

  it("reviews a case with coordination in place, inactiveDays after its last activity", () => {
    const done = { consent, offer, appointments: [appointment], individualPlan: { id: "ip-1", madeOn: "2025-09-25" } };
    expect(stepOf(done)).toEqual(["review-case", "2025-12-24"]);
    expect(stepOf({ ...done, activities: [{ date: "2025-09-30", kind: "review" }] }, TODAY, { inactiveDays: 30 })).toEqual(["review-case", "2025-10-30"]);
  });

  it("closes a case where nothing was accepted", () => {
    expect(stepOf({ consent, offer: { ...offer, plan: "declined", coordinator: "declined" } })).toEqual(["close-case", "2025-09-22"]);
    expect(stepOf({ consent, offer: { ...offer, plan: "not-offered", coordinator: "declined" } })).toEqual(["close-case", "2025-09-22"]);
  });

  it("ends the appointment, then closes the case, when consent is withdrawn", () => {
    const withdrawn = { ...consent, withdrawnOn: "2025-09-20" };
    expect(stepOf({ consent: withdrawn, offer, appointments: [appointment] })).toEqual(["end-appointment", "2025-09-20"]);
    expect(stepOf({ consent: withdrawn, offer, appointments: [{ ...appointment, endedOn: "2025-09-20" }] })).toEqual(["close-case", "2025-10-04"]);
    // Withdrawn after today: not yet.
    expect(stepOf({ consent: withdrawn, offer, appointments: [appointment] }, "2025-09-19")).toEqual(["make-plan", "2025-09-29"]);
  });

  it("lists open cases only, soonest first, ties in list order, with days left", () => {
    const cases: CoordinationCase[] = [
      { ...base, id: "a", consent },
      { ...base, id: "closed", status: "closed", closedOn: "2025-09-10" },
      { ...base, id: "b" },
      { ...base, id: "c", notice: { ...base.notice, receivedOn: "2025-09-05" }, consent: { ...consent, givenOn: "2025-08-01" } },
    ];
    expect(listOpenCases(deepFreeze(cases), { today: TODAY })).toEqual([
      { caseId: "b", index: 2, step: "clarify-consent", due: "2025-09-15", daysLeft: -16, overdue: true },
      { caseId: "a", index: 0, step: "make-offer", due: "2025-09-19", daysLeft: -12, overdue: true },
      { caseId: "c", index: 3, step: "make-offer", due: "2025-09-19", daysLeft: -12, overdue: true },
    ]);
    expect(listOpenCases(cases, { today: "2025-09-15" })[0]).toMatchObject({ caseId: "b", daysLeft: 0, overdue: false });
  });

  it("checks its options", () => {
    expect(() => listOpenCases([], { today: TODAY, stepDays: -1 })).toThrow(/stepDays/);
    expect(() => listOpenCases([], { today: TODAY, inactiveDays: 3661 })).toThrow(/inactiveDays/);
    expect(() => listOpenCases([], { today: "yesterday" })).toThrow(RangeError);
    // @ts-expect-error options are required
    expect(() => listOpenCases([], null)).toThrow(TypeError);
    expect(listOpenCases([], { today: TODAY })).toEqual([]);
  });
});
