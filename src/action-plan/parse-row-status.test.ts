import { describe, expect, it } from "vitest";
import { parseRowStatus } from "./parse-row-status.js";

describe("parseRowStatus", () => {
  it.each([
    ["Ja", "done"],
    ["Ferdig", "done"],
    ["Gjennomført", "done"],
    ["Nei", "not-started"],
    ["Ikke startet", "not-started"],
    ["Ikkje starta", "not-started"],
    ["Under planlegging", "planned"],
    ["Pågår", "in-progress"],
    ["Utsatt", "postponed"],
    ["Utsett", "postponed"],
    ["Avlyst", "cancelled"],
  ] as const)("reads %s as %s", (text, status) => {
    expect(parseRowStatus(text)).toEqual({ ok: true, status });
  });

  it("ignores case, extra space and a closing full stop", () => {
    expect(parseRowStatus("  under   PLANLEGGING. ")).toEqual({ ok: true, status: "planned" });
  });

  it("reads decomposed Unicode (å as a + ring) like the composed form", () => {
    expect(parseRowStatus("Pa\u030Aga\u030Ar")).toEqual({ ok: true, status: "in-progress" });
  });

  it("refuses blank, unknown and non-string input without throwing", () => {
    expect(parseRowStatus("  ")).toEqual({ ok: false, reason: "empty" });
    expect(parseRowStatus("kanskje")).toEqual({ ok: false, reason: "unrecognized" });
    expect(parseRowStatus("Ja, delvis")).toEqual({ ok: false, reason: "unrecognized" });
    expect(parseRowStatus(undefined)).toEqual({ ok: false, reason: "unrecognized" });
    expect(parseRowStatus(1)).toEqual({ ok: false, reason: "unrecognized" });
  });
});
