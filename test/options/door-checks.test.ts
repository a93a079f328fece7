import { describe, expect, it } from "vitest";
import {
  checkCoordinationCase,
  consentCovers,
  deadlineEnd,
  deadlineStart,
  describeDeadline,
  isOneOffDeadline,
  isOverdue,
  listOpenCases,
  sharePlanWith,
  whoMayConsent,
} from "samhandling";
import { makeCase, TODAY as CASE_TODAY } from "../fixtures/coordination-case.js";
import { makePlan, TODAY } from "../fixtures/individual-plan.js";

// Each call is a caller's mistake the types would catch; the point is the error a JavaScript caller gets.
const call = (f: (...args: never[]) => unknown, ...args: unknown[]): (() => unknown) => () => Reflect.apply(f, undefined, args);

describe("the deadline functions", () => {
  it("refuse what is not a deadline with a TypeError naming the function", () => {
    for (const junk of [undefined, null, 42, "mars 2012", {}, { kind: "date", date: 42 }, { kind: "range", from: {} }]) {
      expect(call(deadlineEnd, junk)).toThrow(/^deadlineEnd: deadline must be a Deadline/);
      expect(call(deadlineStart, junk)).toThrow(TypeError);
      expect(call(isOneOffDeadline, junk)).toThrow(/^isOneOffDeadline:/);
      expect(call(describeDeadline, junk)).toThrow(/^describeDeadline:/);
      expect(call(isOverdue, junk, { today: "2013-01-01" })).toThrow(/^isOverdue:/);
    }
  });

  it("refuse a recurrence where only a one-off deadline has an end", () => {
    const yearly = { kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 };
    expect(call(deadlineEnd, yearly)).toThrow(/one-off/);
    expect(isOneOffDeadline({ kind: "recurrence", frequency: "yearly-by", month: 5, day: 1 })).toBe(false);
  });

  it("refuse an unknown locale in describeDeadline", () => {
    const month = { kind: "month", month: "2012-03" } as const;
    expect(describeDeadline(month, "nn")).toBe("mars 2012");
    expect(call(describeDeadline, month, "constructor")).toThrow(RangeError);
    expect(call(describeDeadline, month, 42)).toThrow(/locale/);
  });
});

describe("consentCovers, sharePlanWith and whoMayConsent", () => {
  const plan = makePlan();

  it("refuse missing options, a missing today and a non-plan, naming them", () => {
    for (const f of [consentCovers, sharePlanWith]) {
      expect(call(f, plan, "p-nav")).toThrow(TypeError);
      expect(call(f, plan, "p-nav", {})).toThrow(/today/);
      expect(call(f, plan, "p-nav", { today: "2025-13-01" })).toThrow(RangeError);
      expect(call(f, null, "p-nav", { today: TODAY })).toThrow(/is not an individual plan/);
      expect(call(f, { ...plan, consents: "all" }, "p-nav", { today: TODAY })).toThrow(/is not an individual plan/);
      expect(call(f, plan, 42, { today: TODAY })).toThrow(/participantId/);
    }
  });

  it("refuse a user that is not a plan's user", () => {
    expect(whoMayConsent({ birthDate: "2010-03-12" }, { today: "2026-03-12" }).basis).toBe("from-16");
    expect(call(whoMayConsent, { birthDate: "2010-03-12" })).toThrow(/^whoMayConsent: options/);
    expect(call(whoMayConsent, null, { today: "2026-03-12" })).toThrow(/^whoMayConsent: user/);
    expect(call(whoMayConsent, { birthDate: 2010 }, { today: "2026-03-12" })).toThrow(TypeError);
  });
});

describe("checkCoordinationCase and listOpenCases", () => {
  it("refuse what is not a case, or not a list of cases, naming the argument", () => {
    expect(call(checkCoordinationCase, undefined, { today: CASE_TODAY })).toThrow(/^checkCoordinationCase: coordinationCase is not a coordination case/);
    expect(call(checkCoordinationCase, { ...makeCase(), user: null }, { today: CASE_TODAY })).toThrow(TypeError);
    expect(call(listOpenCases, "ke-1", { today: CASE_TODAY })).toThrow(/^listOpenCases: cases must be an array/);
    expect(call(listOpenCases, [makeCase(), 42], { today: CASE_TODAY })).toThrow(/cases\[1\]/);
    // A hole in the list is no case either (forEach would skip it).
    expect(call(listOpenCases, [makeCase(), , makeCase()], { today: CASE_TODAY })).toThrow(/cases\[1\] is not a coordination case/);
    expect(call(listOpenCases, [makeCase()], {})).toThrow(/today/);
  });

  it("check options before the case, so a bad option fails the same way whatever the case", () => {
    expect(call(checkCoordinationCase, null, { today: CASE_TODAY, followUpDays: -1 })).toThrow(/followUpDays/);
  });
});
