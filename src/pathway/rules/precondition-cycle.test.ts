import { describe, expect, it } from "vitest";
import { childrenPathway, validatePathwayDefinition } from "../../index.js";
import { pathwayOf, task } from "../../../test/fixtures/pathway.js";

const hits = (input: unknown) => validatePathwayDefinition(input, {}).findings.filter((f) => f.code === "pathway/precondition-cycle").map((f) => f.path);

describe("pathway/precondition-cycle", () => {
  it("fires on every step of a cycle, and on a step that must come after itself", () => {
    expect(hits(pathwayOf(task("a", ["c"]), task("b", ["a"]), task("c", ["b"]), task("d", ["c"])))).toEqual([
      ["steps", 0, "after"],
      ["steps", 1, "after"],
      ["steps", 2, "after"],
    ]);
    expect(hits(pathwayOf(task("a", ["a"]), task("b", ["a"])))).toEqual([["steps", 0, "after"]]);
  });

  it("does not fire on a diamond, the built-in pathway, or a reference to an unknown step", () => {
    expect(hits(pathwayOf(task("a"), task("b", ["a"]), task("c", ["a"]), task("d", ["b", "c"])))).toEqual([]);
    expect(hits(childrenPathway)).toEqual([]);
    expect(hits(pathwayOf(task("a", ["x"])))).toEqual([]);
  });

  it("handles a long chain without overflowing the stack", () => {
    const steps = Array.from({ length: 5000 }, (_, i) => task(`s${i}`, i === 0 ? ["s4999"] : [`s${i - 1}`]));
    expect(hits(pathwayOf(...steps))).toHaveLength(5000);
  });
});
