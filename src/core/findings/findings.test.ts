import * as z from "zod";
import { describe, expect, it } from "vitest";
import { defineChecker } from "../../_lib/engine/checker.js";
import { type RuleFinding, ruleFor } from "../../_lib/engine/rule.js";
import { finalizeFindings as finalizeWith, schemaFindings as schemaFindingsWith } from "../../_lib/findings.js";
import { resolveTodayOption } from "../../_lib/options.js";
import { DeadlineSchema } from "../dates/deadline.js";
import type { Locale } from "../locale.js";
import { PRACTICE } from "./basis.js";
import { findingCatalog } from "./catalog/index.js";
import { formatFindingsTable, formatPath } from "./format.js";
import { findingMessage } from "./message.js";
import type { Finding, RuleSetting, Severity } from "./types.js";

const TitledSchema = z.strictObject({ title: z.string().min(1), deadline: DeadlineSchema });
type Titled = z.output<typeof TitledSchema>;
type TitledOptions = { readonly today?: string; readonly locale?: Locale };

// A document kind of its own on the engine: no rules, or one rule reporting at a given severity.
function titledChecker(severity?: Severity) {
  const rule = ruleFor<Titled, object>();
  const messages = { nb: "m", nn: "m", en: "m" };
  const rules =
    severity === undefined
      ? []
      : [rule({ codes: { "milestones/empty-phase": { severity, description: "Always.", basis: PRACTICE, messages } }, run: () => [{ code: "milestones/empty-phase", path: [] }] })];
  return defineChecker({
    document: { name: "doc", label: "a titled document" },
    schema: TitledSchema,
    options: (options: TitledOptions) => ({ today: resolveTodayOption(options) }),
    context: () => ({}),
    rules,
  });
}
const validateWith = (input: unknown, options: TitledOptions, severity?: Severity) => titledChecker(severity).validate(input, options, "validateTitled");
const schemaFindings = (issues: readonly z.core.$ZodIssue[], locale: Locale) => schemaFindingsWith(issues, findingCatalog, locale);
const finalizeFindings = (raw: readonly RuleFinding[], options: { readonly locale?: Locale; readonly rules?: Readonly<Record<string, RuleSetting>> }) =>
  finalizeWith(raw, findingCatalog, { locale: options.locale ?? "nb", rules: options.rules });

describe("findingCatalog", () => {
  it("names every code area/kebab-name with a basis and three messages", () => {
    for (const [code, entry] of Object.entries(findingCatalog)) {
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.basis.display.en.length).toBeGreaterThan(0);
      expect(entry.messages.nb.length).toBeGreaterThan(0);
      expect(entry.messages.nn.length).toBeGreaterThan(0);
      expect(entry.messages.en.length).toBeGreaterThan(0);
    }
  });
  it("keeps the same placeholders in every language", () => {
    const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
    for (const entry of Object.values(findingCatalog)) {
      expect(placeholders(entry.messages.nn)).toEqual(placeholders(entry.messages.nb));
      expect(placeholders(entry.messages.en)).toEqual(placeholders(entry.messages.nb));
    }
  });
});

describe("findingMessage", () => {
  it("fills placeholders from params and leaves unknown ones as written", () => {
    expect(findingMessage("schema/invalid-national-id", { reason: "checksum" }, "en")).toBe(
      "Invalid national identity number, D-number, H-number or FH-number (wrong check digits)",
    );
    expect(findingMessage("schema/invalid-national-id", {}, "nn")).toContain("{reason}");
  });
});

describe("a checker's validate", () => {

  it("returns the value with no findings for valid input", () => {
    const result = validateWith({ title: "x", deadline: { kind: "year", year: 2013 } }, { today: "2013-01-01" });
    expect(result).toEqual({ ok: true, value: { title: "x", deadline: { kind: "year", year: 2013 } }, findings: [] });
  });

  it("turns zod issues into findings with zod's path, in the caller's locale", () => {
    const input = { title: 5, deadline: { kind: "month", month: "2012-13" } };
    const nb = validateWith(input, { today: "2013-01-01" });
    const en = validateWith(input, { today: "2013-01-01", locale: "en" });
    const nn = validateWith(input, { today: "2013-01-01", locale: "nn" });
    expect(nb.ok).toBe(false);
    expect(nb.findings.map((f) => [f.code, f.path])).toEqual([
      ["schema/invalid-format", ["deadline", "month"]],
      ["schema/invalid-type", ["title"]],
    ]);
    expect(nb.findings.every((f) => f.severity === "error")).toBe(true);
    expect(en.findings[1]?.message).toBe("Wrong type: expected text, received a number");
    expect(nb.findings[1]?.message).toBe("Feil type: forventet tekst, fikk tall");
    expect(nn.findings[1]?.message).toBe("Feil type: venta tekst, fekk tal");
  });

  it("uses the catalog's finer code for the library's own refinements", () => {
    const range = { kind: "range", from: { kind: "year", year: 2013 }, to: { kind: "year", year: 2012 } };
    const result = validateWith({ title: "x", deadline: range }, { today: "2013-01-01", locale: "en" });
    expect(result.findings).toEqual([
      { code: "schema/invalid-range", severity: "error", path: ["deadline", "to"], message: "The range ends before it starts", params: {} },
    ]);
  });

  it("never throws on input of the wrong shape", () => {
    for (const input of [null, undefined, 42, "text", [], { title: [] }]) {
      expect(validateWith(input, { today: "2013-01-01" }).ok).toBe(false);
    }
  });

  it("is ok exactly when no finding is an error", () => {
    const input = { title: "x", deadline: { kind: "year", year: 2013 } };
    expect(validateWith(input, { today: "2013-01-01" }, "warning").ok).toBe(true);
    expect(validateWith(input, { today: "2013-01-01" }, "error").ok).toBe(false);
  });

  it("throws a RangeError when today is not a date", () => {
    expect(() => validateWith({}, { today: "yesterday" })).toThrow(RangeError);
  });
});

describe("schemaFindings", () => {
  it("reports the closest branch of a plain union instead of a bare invalid input", () => {
    const Either = z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.number(), c: z.number() })]);
    const parsed = Either.safeParse({ a: 1 });
    const findings = schemaFindings(parsed.error?.issues ?? [], "en");
    expect(findings.map((f) => [f.code, f.path])).toEqual([["schema/invalid-type", ["a"]]]);
  });
});

describe("finalizeFindings", () => {
  it("sorts by path, numbers before strings, then by code", () => {
    const sorted = finalizeFindings(
      [
        { code: "plan/no-goals", path: ["b"] },
        { code: "plan/measure-overdue", path: ["a", "x"] },
        { code: "plan/measure-without-goal", path: ["a", 2] },
        { code: "plan/measure-without-goal", path: ["a", 10] },
        { code: "plan/measure-overdue", path: ["a", 10] },
      ],
      {},
    );
    expect(sorted.map((f) => [f.path, f.code])).toEqual([
      [["a", 2], "plan/measure-without-goal"],
      [["a", 10], "plan/measure-overdue"],
      [["a", 10], "plan/measure-without-goal"],
      [["a", "x"], "plan/measure-overdue"],
      [["b"], "plan/no-goals"],
    ]);
  });

  it("applies per-code severity overrides and switches rules off, as a linter does", () => {
    const raw = [
      { code: "plan/no-goals", path: [] },
      { code: "plan/measure-due-soon", path: ["measures", 0] },
    ] as const;
    expect(finalizeFindings(raw, {}).map((f) => [f.code, f.severity])).toEqual([
      ["plan/no-goals", findingCatalog["plan/no-goals"].severity],
      ["plan/measure-due-soon", "info"],
    ]);
    const tuned = finalizeFindings(raw, { rules: { "plan/no-goals": "info", "plan/measure-due-soon": "off" } });
    expect(tuned.map((f) => [f.code, f.severity])).toEqual([["plan/no-goals", "info"]]);
  });

  it("writes each message in the caller's locale from the catalog and the params", () => {
    const raw = [{ code: "plan/no-goals", path: [] }] as const;
    expect(finalizeFindings(raw, { locale: "nn" })[0]?.message).toBe(findingMessage("plan/no-goals", {}, "nn"));
    expect(finalizeFindings(raw, { locale: "en" })[0]?.message).toBe(findingCatalog["plan/no-goals"].messages.en);
  });
});

describe("formatFindingsTable", () => {
  const findings: Finding[] = [
    { code: "schema/invalid-type", severity: "error", path: ["measures", 2, "title"], message: "Wrong type" },
    { code: "schema/invalid", severity: "warning", path: [], message: "Check" },
  ];
  it("prints a header, a rule and one aligned line per finding", () => {
    const lines = formatFindingsTable(findings, { locale: "en" }).split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^Severity\s+Code\s+Path\s+Message$/);
    expect(lines[2]).toMatch(/^error\s+schema\/invalid-type\s+measures\[2\]\.title\s+Wrong type$/);
    expect(lines[3]?.indexOf("Check")).toBe(lines[2]?.indexOf("Wrong type"));
  });
  it("labels severities in the chosen language and says when there is nothing", () => {
    expect(formatFindingsTable(findings, { locale: "nn" })).toContain("åtvaring");
    expect(formatFindingsTable([], { locale: "nb" })).toBe("Ingen funn.");
  });
  it("writes the document root as (root)", () => {
    expect(formatPath([])).toBe("(root)");
  });
});
