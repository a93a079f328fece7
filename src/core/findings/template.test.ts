import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillTemplate, templateParams } from "./template.js";

describe("fillTemplate", () => {
  it("fills each placeholder from the params and leaves unknown ones as written", () => {
    expect(fillTemplate("Tiltaket {measureId} skulle vært gjort innen {due}", { measureId: "m-1", due: "2025-10-01" })).toBe(
      "Tiltaket m-1 skulle vært gjort innen 2025-10-01",
    );
    expect(fillTemplate("{count} av {total}", { count: 3 })).toBe("3 av {total}");
    expect(fillTemplate("Ingen plassholder", undefined)).toBe("Ingen plassholder");
    expect(fillTemplate("{a}{a}", { a: "x" })).toBe("xx");
  });

  it("writes a reason or status token in words of the locale, and anything else as it is", () => {
    expect(fillTemplate("({reason})", { reason: "consent-expired" }, "nb")).toBe("(samtykket er utløpt)");
    expect(fillTemplate("({reason})", { reason: "consent-expired" }, "nn")).toBe("(samtykket har gått ut)");
    expect(fillTemplate("status {status}", { status: "in-progress" }, "en")).toBe("status in progress");
    expect(fillTemplate("({reason})", { reason: "consent-expired" })).toBe("(consent-expired)");
    expect(fillTemplate("{reason} {id}", { reason: "not-a-token", id: "consent-expired" }, "nb")).toBe("not-a-token consent-expired");
  });

  it("gives what a plain replace gives, on any template and params", () => {
    const reference = (template: string, params: Record<string, string>) =>
      template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : placeholder));
    const name = fc.constantFrom("a", "b", "id", "due");
    const template = fc.array(fc.oneof(fc.string({ maxLength: 4 }), name.map((n) => `{${n}}`)), { maxLength: 6 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(template, fc.dictionary(name, fc.string({ maxLength: 3 })), (t, params) => {
        expect(fillTemplate(t, params)).toBe(reference(t, params));
      }),
    );
  });
});

describe("templateParams", () => {
  it("names each placeholder once, in the order it first appears", () => {
    expect(templateParams("Row {row} is due {due} (in {days} days); row {row}")).toEqual(["row", "due", "days"]);
    expect(templateParams("No placeholder, {not one} either")).toEqual([]);
  });

  it("names exactly the placeholders fillTemplate fills", () => {
    const template = "Tiltaket {measureId} skulle vært gjort innen {due}";
    const params = Object.fromEntries(templateParams(template).map((name) => [name, "x"]));
    expect(fillTemplate(template, params)).toBe("Tiltaket x skulle vært gjort innen x");
  });
});
