import { describe, expect, it } from "vitest";
import { checkPathwayCase, childrenPathway, pathwayWorkList, validatePathwayCase, validatePathwayDefinition } from "../index.js";
import { deepFreeze } from "../../test/fixtures/deep-freeze.js";
import { makePathwayCase, PATHWAY_TODAY, pathwayFindingsOf } from "../../test/fixtures/pathway.js";

describe("checkPathwayCase", () => {
  it("finds nothing on the sound case", () => {
    expect(pathwayFindingsOf(makePathwayCase())).toEqual([]);
  });

  it("does not mutate the case", () => {
    const c = deepFreeze(makePathwayCase());
    expect(() => checkPathwayCase(c, { today: PATHWAY_TODAY })).not.toThrow();
  });

  it("names the bad option", () => {
    expect(() => checkPathwayCase(makePathwayCase(), { today: PATHWAY_TODAY, inactiveDays: -1 })).toThrow(/inactiveDays/);
    // @ts-expect-error a pathway list must be an array
    expect(() => checkPathwayCase(makePathwayCase(), { today: PATHWAY_TODAY, pathways: {} })).toThrow(TypeError);
    const loop = { ...childrenPathway, steps: [{ ...childrenPathway.steps[0]!, after: ["concern"] }] };
    expect(() => checkPathwayCase(makePathwayCase(), { today: PATHWAY_TODAY, pathways: [loop] })).toThrow(/pathways\[0\].*precondition-cycle/);
    // @ts-expect-error today is required
    expect(() => checkPathwayCase(makePathwayCase(), {})).toThrow(/today/);
  });

  it("names the function called in an error about pathways", () => {
    const bad = { today: PATHWAY_TODAY, pathways: {} } as never;
    expect(() => checkPathwayCase(makePathwayCase(), bad)).toThrow(/^checkPathwayCase: pathways must be an array/);
    expect(() => validatePathwayCase(makePathwayCase(), bad)).toThrow(/^validatePathwayCase: pathways must be an array/);
    expect(() => pathwayWorkList([], bad)).toThrow(/^pathwayWorkList: pathways must be an array/);
  });

  it("uses a pathway passed in options, and lets it replace a built-in one", () => {
    const own = { ...childrenPathway, id: "own", steps: childrenPathway.steps.filter((s) => !s.id.includes("habu")).map((s) => ({ ...s, after: [] })) };
    const c = makePathwayCase({ pathwayId: "own" });
    expect(pathwayFindingsOf(c)).toEqual([["pathway/unknown-pathway", ["pathwayId"]]]);
    expect(pathwayFindingsOf(c, { pathways: [own] })).toEqual([]);
    const replaced = { ...childrenPathway, steps: childrenPathway.steps.filter((s) => s.id !== "bup-assessment") };
    expect(pathwayFindingsOf(makePathwayCase(), { pathways: [replaced] })).toEqual([["pathway/unknown-step", ["steps", 4, "stepId"]]]);
  });
});

describe("validatePathwayCase", () => {
  it("accepts the sound case and turns schema problems into findings", () => {
    expect(validatePathwayCase(makePathwayCase(), { today: PATHWAY_TODAY }).ok).toBe(true);
    const bad = validatePathwayCase({ ...makePathwayCase(), closedOn: "2025-01-01" }, { today: PATHWAY_TODAY });
    expect(bad.ok).toBe(false);
    expect(bad.findings.map((f) => [f.code, f.path])).toEqual([["schema/invalid-range", ["closedOn"]]]);
    expect(validatePathwayCase(null, { today: PATHWAY_TODAY }).ok).toBe(false);
  });
});

describe("validatePathwayDefinition", () => {
  it("accepts the built-in pathway and rejects a broken shape", () => {
    expect(validatePathwayDefinition(childrenPathway, {})).toMatchObject({ ok: true, findings: [] });
    expect(validatePathwayDefinition({ id: "x" }, {}).ok).toBe(false);
  });
});
