import * as z from "zod";
import { describe, expect, it } from "vitest";
import { makeMilestone, scheduleOf } from "../../../test/fixtures/milestones.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { findingCatalog } from "../../core/findings/catalog/index.js";
import { FINDING_CODES } from "../../core/findings/codes.js";
import { resolveTodayOption } from "../options.js";
import { checkMilestoneSchedule } from "../../milestones/check.js";
import { validateMilestoneSchedule } from "../../milestones/validate.js";
import { defineChecker } from "./checker.js";
import { catalogOf, ruleFor } from "./rule.js";

const messages = { nb: "Melding {n}", nn: "Melding {n}", en: "Message {n}" };
const Doc = z.object({ status: z.enum(["draft", "active"]), n: z.number() });
type Doc = z.output<typeof Doc>;
const docRule = ruleFor<Doc, { readonly n: number }, Doc["status"]>();
const always = docRule({
  codes: { "milestones/empty-phase": { severity: "warning", description: "Always.", basis: PRACTICE, messages } },
  run: (_doc, ctx) => [{ code: "milestones/empty-phase", path: ["n"], params: { n: ctx.n } }],
});
const activeOnly = docRule({
  codes: { "milestones/overdue": { severity: "error", description: "On active documents.", basis: PRACTICE, messages } },
  statuses: ["active"],
  run: () => [{ code: "milestones/overdue", path: [] }],
});
const checker = defineChecker({
  document: { name: "doc", label: "a test document" },
  schema: Doc,
  status: (doc) => doc.status,
  options: (options: { readonly today?: string; readonly locale?: "nb" | "nn" | "en" }) => ({ today: resolveTodayOption(options) }),
  context: (doc) => ({ n: doc.n }),
  rules: [always, activeOnly],
});

describe("the rule engine", () => {
  it("runs a rule with statuses only on those statuses, and a rule without on every document", () => {
    const codes = (status: Doc["status"]) => checker.check({ status, n: 1 }, { today: "2025-01-01" }, "checkDoc").map((f) => f.code);
    expect(codes("draft")).toEqual(["milestones/empty-phase"]);
    expect(codes("active")).toEqual(["milestones/overdue", "milestones/empty-phase"]);
  });

  it("writes messages and severities from the rule's own table, in the locale asked for", () => {
    expect(checker.check({ status: "draft", n: 7 }, { today: "2025-01-01", locale: "en" }, "checkDoc")).toEqual([
      { code: "milestones/empty-phase", severity: "warning", path: ["n"], message: "Message 7", params: { n: 7 } },
    ]);
  });

  it("reads each option once per call, whatever the number of rules", () => {
    let reads = 0;
    const options = {
      get today() {
        reads++;
        return "2012-04-01";
      },
    };
    checkMilestoneSchedule(scheduleOf(makeMilestone(), makeMilestone({ id: "1.3" })), options);
    expect(reads).toBe(1);
    reads = 0;
    validateMilestoneSchedule(scheduleOf(makeMilestone()), options);
    expect(reads).toBe(1);
  });

  it("refuses a document the schema does not accept in check, and reports it in validate", () => {
    expect(() => checker.check({ status: "gone", n: 1 } as never, { today: "2025-01-01" }, "checkDoc")).toThrow(TypeError);
    const result = checker.validate({ status: "gone", n: 1 }, { today: "2025-01-01" }, "validateDoc");
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([["schema/invalid-value", ["status"]]]);
  });

  it("refuses two rules declaring the same code", () => {
    expect(() => catalogOf([always, always])).toThrow(/declared by two rules/);
  });

  it("refuses a code whose description is empty or blank, and accepts one that says when it fires", () => {
    const described = (description: string) =>
      docRule({ codes: { "milestones/due-soon": { severity: "info", description, basis: PRACTICE, messages } }, run: () => [] });
    expect(() => catalogOf([described("")])).toThrow(/milestones\/due-soon has no description/);
    expect(() => catalogOf([described("  \n")])).toThrow(/milestones\/due-soon has no description/);
    expect(Object.keys(catalogOf([described("When a milestone falls due soon.")]))).toEqual(["milestones/due-soon"]);
  });

  it("gives every code of findingCatalog a description", () => {
    const blank = Object.entries(findingCatalog).filter(([, definition]) => definition.description.trim() === "");
    expect(blank.map(([code]) => code)).toEqual([]);
  });

  it("describes every code of FINDING_CODES in findingCatalog, and nothing else", () => {
    expect(Object.keys(findingCatalog).sort()).toEqual([...FINDING_CODES].sort());
  });
});
