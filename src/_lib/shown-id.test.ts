import { describe, expect, it } from "vitest";
import { shownId } from "./shown-id.js";

describe("shownId", () => {
  it("shows ids and references as they are", () => {
    for (const id of ["g-9", "p-coord", "Patient/p-1", "urn:uuid:00000000-0000-5000-8000-000000000001", "12345"]) expect(shownId(id)).toBe(id);
  });

  it("writes … for what could be a national id or free text", () => {
    for (const value of ["15838500003", "158385 00003", "Patient/15838500003", "se planen", "x".repeat(101)]) expect(shownId(value)).toBe("…");
  });
});
