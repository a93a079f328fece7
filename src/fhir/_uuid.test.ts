import { describe, expect, it } from "vitest";
import { nameUuid } from "./_uuid.js";

describe("nameUuid", () => {
  // Expected values from Python's uuid.uuid5(uuid.NAMESPACE_URL, name).
  it.each([
    ["http://www.example.com/", "fcde3c85-2270-590f-9e7c-ee003d65e0e2"],
    ["x".repeat(200), "cd3580b9-d244-586a-8077-74317319b48d"],
    ["", "1b4db7eb-4057-5ddf-91e0-36dec72071f5"],
    ["æøå/§", "dff808e6-1d8c-5242-95ab-3815affbdca6"],
    ["a".repeat(39), "615eac0e-03db-567b-8580-916c1aca1cc2"],
    ["a".repeat(40), "c5c985c8-6875-5a42-b6e3-2872703afed4"],
    ["a".repeat(48), "aa33c522-9edc-58a5-b5af-e2a12995886e"],
    ["a".repeat(103), "d95b9427-a1cc-5a01-876a-6367661db75c"],
    ["a".repeat(104), "03762118-5c69-5fbd-8fe6-063863f5ae19"],
  ])("gives the RFC 9562 version-5 UUID of %j", (name, uuid) => {
    expect(nameUuid(name)).toBe(`urn:uuid:${uuid}`);
  });
});
