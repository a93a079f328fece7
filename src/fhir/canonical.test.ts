import { describe, expect, it } from "vitest";
import { canonicalUrl, FHIR_BASE } from "./canonical.js";

describe("canonicalUrl", () => {
  it("puts the kind and name under the one base", () => {
    expect(canonicalUrl("CodeSystem", "life-area")).toBe(`${FHIR_BASE}/CodeSystem/life-area`);
  });

  it.each([
    ["Resource", "x"],
    [{}, "x"],
    ["CodeSystem", ""],
    ["CodeSystem", Object.create(null)],
  ])("throws a TypeError naming itself for kind %j and name %j", (kind, name) => {
    expect(() => canonicalUrl(kind as never, name as never)).toThrow(/^canonicalUrl: /);
  });
});
