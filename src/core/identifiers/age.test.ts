import { describe, expect, it } from "vitest";
import { ageOn } from "./age.js";

describe("ageOn", () => {
  it("counts whole years, going up on the birthday", () => {
    expect(ageOn("2010-11-24", "2026-11-24")).toBe(16);
    expect(ageOn("2010-11-24", "2026-11-23")).toBe(15);
    expect(ageOn("2010-11-24", "2010-11-24")).toBe(0);
    expect(ageOn("2010-11-24", "2011-11-23")).toBe(0);
  });

  it("lets a 29 February birthday count on 1 March in other years", () => {
    expect(ageOn("2008-02-29", "2025-02-28")).toBe(16);
    expect(ageOn("2008-02-29", "2025-03-01")).toBe(17);
    expect(ageOn("2008-02-29", "2024-02-28")).toBe(15);
    expect(ageOn("2008-02-29", "2024-02-29")).toBe(16);
  });

  it("takes Date values by their local calendar date", () => {
    expect(ageOn(new Date(2010, 10, 24), new Date(2026, 10, 24, 0, 0, 1))).toBe(16);
    expect(ageOn("2010-11-24", new Date(2026, 10, 23, 23, 59))).toBe(15);
  });

  it("is undefined for an invalid date or a date before the birth date", () => {
    expect(ageOn("2010-02-30", "2026-01-01")).toBeUndefined();
    expect(ageOn("2010-11-24", "24.11.2026")).toBeUndefined();
    expect(ageOn(new Date(Number.NaN), "2026-01-01")).toBeUndefined();
    expect(ageOn("2026-11-24", "2010-11-24")).toBeUndefined();
    expect(ageOn("2010-11-24", "2010-11-23")).toBeUndefined();
  });
});
