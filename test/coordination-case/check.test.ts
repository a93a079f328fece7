import { describe, expect, it } from "vitest";
import { checkCoordinationCase, type CoordinationCase, NationalIdSchema } from "../../src/index.js";
import { codesOf, deepFreeze, findingsOf, makeAppointment, makeCase, makeNewCase, syntheticNationalId, TODAY } from "../fixtures/coordination-case.js";

describe("checkCoordinationCase", () => {
  it("finds nothing in a sound case", () => {
    expect(findingsOf(makeCase())).toEqual([]);
  });

  describe("the notice", () => {
    it("flags a notice with no step taken after followUpDays (14), not on the last day", () => {
      const c = makeNewCase();
      expect(findingsOf(c, { today: "2025-09-15" })).toEqual([]);
      expect(findingsOf(c, { today: "2025-09-16" })).toEqual([["case/notice-not-followed-up", ["notice", "receivedOn"]]]);
      const [finding] = checkCoordinationCase(c, { today: "2025-09-16" });
      expect(finding?.params).toEqual({ receivedOn: "2025-09-01", due: "2025-09-15", days: 14 });
    });

    it("uses the unit's own followUpDays", () => {
      const c = makeNewCase();
      expect(codesOf(c, { today: "2025-09-08", followUpDays: 7 })).toEqual([]);
      expect(codesOf(c, { today: "2025-09-09", followUpDays: 7 })).toEqual(["case/notice-not-followed-up"]);
      expect(codesOf(c, { today: "2025-09-02", followUpDays: 0 })).toEqual(["case/notice-not-followed-up"]);
    });

    it("counts any step or activity from the notice's day as follow-up", () => {
      expect(codesOf(makeNewCase({ activities: [{ date: "2025-09-01", kind: "contact" }] }))).toEqual([]);
      expect(codesOf(makeNewCase({ consent: { status: "pending", askedOn: "2025-09-20" } }))).toEqual([]);
      expect(codesOf(makeNewCase({ consent: { status: "pending" } }))).toEqual(["case/notice-not-followed-up"]);
    });

    it("does not count consent the notifying service got before the notice", () => {
      const c = makeNewCase({ consent: { status: "given", givenOn: "2025-08-20", givenBy: "user" } });
      expect(codesOf(c)).toEqual(["case/notice-not-followed-up"]);
    });

    it("flags a notice about another user than the case's, in any status", () => {
      const c = makeCase({ notice: { receivedOn: "2025-09-01", fromService: "nav", aboutUserId: "u-2" } });
      expect(findingsOf(c)).toEqual([["case/notice-user-mismatch", ["notice", "aboutUserId"]]]);
      expect(codesOf({ ...c, status: "closed", closedOn: "2025-09-30" })).toEqual(["case/notice-user-mismatch"]);
    });
  });

  describe("inactivity", () => {
    // The sound case's last step is the plan, made on 25 September; 90 days later is 24 December.
    it("flags an open case with no activity for more than inactiveDays (90)", () => {
      expect(codesOf(makeCase(), { today: "2025-12-24" })).toEqual([]);
      expect(findingsOf(makeCase(), { today: "2025-12-25" })).toEqual([["case/inactive", ["activities"]]]);
      expect(checkCoordinationCase(makeCase(), { today: "2025-12-25" })[0]?.params).toEqual({ since: "2025-09-25", days: 91 });
    });

    it("counts a logged activity and takes the unit's inactiveDays", () => {
      const c = makeCase({ activities: [{ date: "2025-12-01", kind: "review" }] });
      expect(codesOf(c, { today: "2025-12-25" })).toEqual([]);
      expect(codesOf(makeCase(), { today: "2025-10-26", inactiveDays: 30 })).toEqual(["case/inactive"]);
      expect(codesOf(makeCase(), { today: "2025-10-25", inactiveDays: 30 })).toEqual([]);
    });

    it("leaves a case never followed up to the notice rule", () => {
      expect(codesOf(makeNewCase(), { today: "2026-06-01" })).toEqual(["case/notice-not-followed-up"]);
    });
  });

  describe("the offer", () => {
    it("flags a plan declined with no coordinator offered, as an error", () => {
      const c = makeNewCase({
        consent: { status: "given", givenOn: "2025-09-05", givenBy: "user" },
        offer: { offeredOn: "2025-09-05", plan: "declined", coordinator: "not-offered", answeredOn: "2025-09-06" },
      });
      expect(findingsOf(c)).toEqual([["case/plan-declined-no-coordinator-offer", ["offer", "coordinator"]]]);
      expect(checkCoordinationCase(c, { today: TODAY })[0]?.severity).toBe("error");
    });

    it("is satisfied when the coordinator was offered, whatever the answer", () => {
      const offer = { offeredOn: "2025-09-05", plan: "declined" as const, answeredOn: "2025-09-06" };
      const consent = { status: "given" as const, givenOn: "2025-09-05", givenBy: "user" as const };
      for (const coordinator of ["declined", "pending", "accepted"] as const) {
        expect(codesOf(makeNewCase({ consent, offer: { ...offer, coordinator } }))).not.toContain("case/plan-declined-no-coordinator-offer");
      }
      expect(codesOf(makeNewCase({ consent, offer: { ...offer, plan: "accepted", coordinator: "not-offered" } }))).toEqual([]);
    });
  });

  describe("consent and the coordinator", () => {
    it("accepts consent given on the appointment day and flags it a day late", () => {
      const sameDay = makeCase({ consent: { status: "given", givenOn: "2025-09-15", givenBy: "user" }, individualPlan: { id: "ip-1", madeOn: "2025-09-25" } });
      expect(codesOf(sameDay)).toEqual([]);
      const dayLate = makeCase({ consent: { status: "given", givenOn: "2025-09-16", givenBy: "user" } });
      expect(findingsOf(dayLate)).toEqual([["case/coordinator-before-consent", ["appointments", 0, "appointedOn"]]]);
    });

    it("flags an appointment while consent is pending, declined or withdrawn", () => {
      expect(codesOf(makeCase({ consent: { status: "pending" }, individualPlan: undefined }))).toEqual(["case/coordinator-before-consent"]);
      expect(codesOf(makeCase({ consent: undefined, individualPlan: undefined }))).toEqual(["case/coordinator-before-consent"]);
      expect(codesOf(makeCase({ consent: { status: "declined", declinedOn: "2025-09-05" }, individualPlan: undefined }))).toEqual([
        "case/coordinator-before-consent",
      ]);
      const withdrawn = makeCase({
        consent: { status: "given", givenOn: "2025-09-05", givenBy: "user", withdrawnOn: "2025-09-15" },
        appointments: [makeAppointment({ endedOn: "2025-09-15" })],
        individualPlan: undefined,
      });
      expect(codesOf(withdrawn)).toEqual(["case/coordinator-before-consent"]);
    });

    it("counts a parent's consent only until the user's 16th birthday, as for individual plans", () => {
      const parent = { status: "given" as const, givenOn: "2025-09-05", givenBy: "parent" as const };
      const turning16 = (birthDate: string): CoordinationCase =>
        makeCase({ user: { id: "u-1", birthDate }, consent: parent, individualPlan: undefined });
      // Appointed 15 September 2025: the day before the 16th birthday, and on it.
      expect(codesOf(turning16("2009-09-16"))).toEqual([]);
      expect(findingsOf(turning16("2009-09-15"))).toEqual([["case/coordinator-before-consent", ["appointments", 0, "appointedOn"]]]);
    });

    it("counts a guardian's consent for an adult only where a lack of capacity is recorded", () => {
      const guardian = { status: "given" as const, givenOn: "2025-09-05", givenBy: "guardian" as const };
      expect(codesOf(makeCase({ consent: guardian, individualPlan: undefined }))).toEqual(["case/coordinator-before-consent"]);
      const recorded = makeCase({
        user: { id: "u-1", birthDate: "1990-05-15", lacksConsentCapacity: [{ from: "2025-08-01" }] },
        consent: guardian,
        individualPlan: undefined,
      });
      expect(codesOf(recorded)).toEqual([]);
    });

    it("flags an appointment that runs past the day consent was withdrawn, not one ending that day", () => {
      const consent = { status: "given" as const, givenOn: "2025-09-05", givenBy: "user" as const, withdrawnOn: "2025-09-26" };
      const open = makeCase({ consent });
      expect(findingsOf(open)).toEqual([["case/coordinator-after-consent-withdrawn", ["appointments", 0, "endedOn"]]]);
      expect(codesOf(makeCase({ consent, appointments: [makeAppointment({ endedOn: "2025-09-26" })] }))).toEqual([]);
      expect(codesOf(makeCase({ consent, appointments: [makeAppointment({ endedOn: "2025-09-27" })] }))).toEqual([
        "case/coordinator-after-consent-withdrawn",
      ]);
      // Not yet withdrawn on the day asked: only the date after today is wrong.
      expect(codesOf(makeCase({ consent }), { today: "2025-09-25" })).toEqual(["case/date-in-future"]);
    });

    it("flags a plan made before consent, not one made the same day", () => {
      const consent = { status: "given" as const, givenOn: "2025-09-05", givenBy: "user" as const };
      expect(codesOf(makeCase({ consent, individualPlan: { id: "ip-1", madeOn: "2025-09-05" } }))).toEqual([]);
      const early = makeCase({ consent: { ...consent, givenOn: "2025-09-10" }, appointments: [makeAppointment()], individualPlan: { id: "ip-1", madeOn: "2025-09-09" } });
      expect(findingsOf(early)).toEqual([["case/plan-without-consent", ["individualPlan", "madeOn"]]]);
    });

    it("flags overlapping appointments but not a handover on consecutive days", () => {
      const handover = [makeAppointment({ endedOn: "2025-09-20" }), makeAppointment({ id: "a-2", coordinatorId: "k-2", appointedOn: "2025-09-21" })];
      expect(codesOf(makeCase({ appointments: handover }))).toEqual([]);
      const overlap = [makeAppointment({ endedOn: "2025-09-20" }), makeAppointment({ id: "a-2", coordinatorId: "k-2", appointedOn: "2025-09-20" })];
      expect(findingsOf(makeCase({ appointments: overlap }))).toEqual([["case/multiple-coordinators", ["appointments", 1, "appointedOn"]]]);
    });
  });

  describe("training", () => {
    it("flags today's coordinator with no training on or before today", () => {
      expect(findingsOf(makeCase({ appointments: [makeAppointment({ trainedOn: undefined })] }))).toEqual([
        ["case/appointment-untrained", ["appointments", 0, "trainedOn"]],
      ]);
      expect(codesOf(makeCase({ appointments: [makeAppointment({ trainedOn: TODAY })] }))).toEqual([]);
      expect(codesOf(makeCase({ appointments: [makeAppointment({ trainedOn: "2025-10-02" })] }))).toEqual([
        "case/appointment-untrained",
        "case/date-in-future",
      ]);
    });

    it("leaves an ended appointment alone", () => {
      const ended = [makeAppointment({ trainedOn: undefined, endedOn: "2025-09-20" }), makeAppointment({ id: "a-2", appointedOn: "2025-09-21" })];
      expect(codesOf(makeCase({ appointments: ended }))).toEqual([]);
    });
  });

  describe("the child coordinator", () => {
    const child = (appointedOn: string) => [makeAppointment({ kind: "child-coordinator", appointedOn })];
    const user = { id: "u-1", birthDate: "2007-09-14" };

    it("flags a child coordinator appointed on or after the 18th birthday, not the day before", () => {
      const consent = { status: "given" as const, givenOn: "2025-09-05", givenBy: "user" as const };
      expect(codesOf(makeCase({ user, consent, appointments: child("2025-09-13") }))).toEqual([]);
      expect(findingsOf(makeCase({ user, consent, appointments: child("2025-09-14") }))).toEqual([
        ["case/child-coordinator-for-adult", ["appointments", 0, "kind"]],
      ]);
    });

    it("reads the birth date from a national id", () => {
      const nationalId = NationalIdSchema.parse(syntheticNationalId("2007-09-14"));
      expect(codesOf(makeCase({ user: { id: "u-1", nationalId }, appointments: child("2025-09-15") }))).toEqual(["case/child-coordinator-for-adult"]);
      expect(codesOf(makeCase({ user: { id: "u-1", nationalId }, appointments: child("2025-09-13") }))).toEqual([]);
    });

    it("says so when the user's age is unknown", () => {
      expect(findingsOf(makeCase({ user: { id: "u-1" }, appointments: child("2025-09-15") }))).toEqual([["case/user-age-unknown", ["user"]]]);
      expect(codesOf(makeCase({ user: { id: "u-1" } }))).toEqual([]);
    });
  });

  describe("the record", () => {
    it("flags a reused appointment id", () => {
      const twice = [makeAppointment({ endedOn: "2025-09-20" }), makeAppointment({ appointedOn: "2025-09-21" })];
      expect(findingsOf(makeCase({ appointments: twice }))).toEqual([["case/duplicate-id", ["appointments", 1, "id"]]]);
    });

    it("flags a date after today, not today", () => {
      const activities = [{ date: TODAY, kind: "contact" as const }, { date: "2025-10-02", kind: "letter" as const }];
      expect(findingsOf(makeCase({ activities }))).toEqual([["case/date-in-future", ["activities", 1, "date"]]]);
    });

    it("flags a closed case without a date and an open case with one", () => {
      expect(findingsOf(makeCase({ status: "closed" }))).toEqual([["case/closed-without-date", ["closedOn"]]]);
      expect(findingsOf(makeCase({ closedOn: "2025-09-30" }))).toEqual([["case/open-with-closed-date", ["closedOn"]]]);
    });

    it("judges only the record of a closed case", () => {
      const closed = makeNewCase({
        status: "closed",
        closedOn: "2025-09-10",
        closingReason: "declined",
        offer: { offeredOn: "2025-09-05", plan: "declined", coordinator: "not-offered" },
        appointments: [makeAppointment({ kind: "child-coordinator", trainedOn: undefined, appointedOn: "2025-09-06" })],
      });
      expect(codesOf(closed, { today: "2026-06-01" })).toEqual([]);
    });
  });

  describe("options", () => {
    it("applies per-code settings and writes messages in the locale", () => {
      const c = makeNewCase();
      const off = checkCoordinationCase(c, { today: "2025-10-01", rules: { "case/notice-not-followed-up": "off" } });
      expect(off).toEqual([]);
      const [error] = checkCoordinationCase(c, { today: "2025-10-01", locale: "nn", rules: { "case/notice-not-followed-up": "error" } });
      expect(error?.severity).toBe("error");
      expect(error?.message).toContain("Meldinga");
    });

    it("throws a RangeError naming a bad limit, and a TypeError for no options", () => {
      for (const followUpDays of [-1, 1.5, 3661, Number.NaN]) {
        expect(() => checkCoordinationCase(makeCase(), { today: TODAY, followUpDays })).toThrow(/followUpDays/);
      }
      expect(() => checkCoordinationCase(makeCase(), { today: TODAY, inactiveDays: -1 })).toThrow(RangeError);
      expect(() => checkCoordinationCase(makeCase(), { today: "2025-13-01" })).toThrow(RangeError);
      // @ts-expect-error options are required
      expect(() => checkCoordinationCase(makeCase(), undefined)).toThrow(TypeError);
    });

    it("never changes the case", () => {
      const c = deepFreeze(makeCase({ consent: { status: "pending" }, activities: [{ date: "2025-09-02", kind: "contact" }] }));
      const before = JSON.stringify(c);
      checkCoordinationCase(c, { today: TODAY });
      expect(JSON.stringify(c)).toBe(before);
    });
  });
});
