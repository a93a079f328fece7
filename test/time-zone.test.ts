import { describe, expect, it } from "vitest";

// The suite runs once per zone (test/vitest.config.ts): this checks that the worker really is in it.
const OFFSETS: Readonly<Record<string, { readonly january: number; readonly july: number }>> = {
  "Pacific/Kiritimati": { january: -14 * 60, july: -14 * 60 },
  "America/Los_Angeles": { january: 8 * 60, july: 7 * 60 },
};

describe("the time zone of the test run", () => {
  it("is the zone the project sets, as Date sees it", () => {
    const zone = process.env["TZ"] ?? "";
    const expected = OFFSETS[zone];
    expect(expected, `TZ=${zone} is not one of the zones the suite runs in`).toBeDefined();
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(expected?.january);
    expect(new Date(2025, 6, 1).getTimezoneOffset()).toBe(expected?.july);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });
});
