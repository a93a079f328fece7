import { describe, expect, it } from "vitest";
import { DEFAULT_DUE_SOON_DAYS, dueWindow, resolveDueSoonDays } from "./due-window.js";

describe("resolveDueSoonDays", () => {
  it("has one default, 14 days", () => {
    expect(DEFAULT_DUE_SOON_DAYS).toBe(14);
    expect(resolveDueSoonDays({})).toBe(14);
  });
  it("reads dueSoonDays, and the deprecated withinDays when it is given alone or agrees", () => {
    expect(resolveDueSoonDays({ dueSoonDays: 0 })).toBe(0);
    expect(resolveDueSoonDays({ withinDays: 30 })).toBe(30);
    expect(resolveDueSoonDays({ dueSoonDays: 30, withinDays: 30 })).toBe(30);
  });
  it("refuses the two names when they differ, naming both and the function", () => {
    expect(() => resolveDueSoonDays({ dueSoonDays: 14, withinDays: 30 }, "scheduleProgress")).toThrow(RangeError);
    expect(() => resolveDueSoonDays({ dueSoonDays: 14, withinDays: 30 }, "scheduleProgress")).toThrow(/^scheduleProgress: dueSoonDays .*withinDays/);
  });
  it("keeps the one bound, 0 to 3660, under either name", () => {
    expect(resolveDueSoonDays({ dueSoonDays: 3660 })).toBe(3660);
    expect(() => resolveDueSoonDays({ dueSoonDays: 3661 })).toThrow(/dueSoonDays must be a whole number from 0 to 3660/);
    expect(() => resolveDueSoonDays({ withinDays: -1 })).toThrow(/withinDays must be a whole number from 0 to 3660/);
    expect(() => resolveDueSoonDays({ dueSoonDays: "14" })).toThrow(TypeError);
  });
});

describe("dueWindow", () => {
  it("runs from today to dueSoonDays ahead, 14 by default, whichever name the caller passes", () => {
    expect(dueWindow({ today: "2012-12-20" }, "dueSoonDays")).toEqual({ today: "2012-12-20", until: "2013-01-03", dueSoonDays: 14, todayDay: 15_694 });
    expect(dueWindow({ today: "2012-12-20", withinDays: 30 }, "withinDays").until).toBe("2013-01-19");
    expect(dueWindow({ today: "2012-12-20", dueSoonDays: 30 }, "dueSoonDays", 30).until).toBe("2013-01-19");
    expect(dueWindow({ today: "2012-12-20" }, "dueSoonDays", 30).dueSoonDays).toBe(14);
    expect(dueWindow({ today: "2012-12-20" }).until).toBe("2013-01-03");
  });
  it("reads a window of another name with its own fallback", () => {
    expect(dueWindow({ today: "2012-12-20" }, "followUpDays", 7).until).toBe("2012-12-27");
    expect(dueWindow({ today: "2012-12-20", followUpDays: 1 }, "followUpDays", 7).until).toBe("2012-12-21");
  });
});
