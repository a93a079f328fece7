import { describe, expect, it } from "vitest";
import { validatePathwayDefinition } from "../../index.js";
import { pathwayOf, task } from "../../../test/fixtures/pathway.js";

const hits = (input: unknown) => validatePathwayDefinition(input, {}).findings.filter((f) => f.code === "pathway/unknown-step-reference").map((f) => f.path);

describe("pathway/unknown-step-reference", () => {
  it("fires on a precondition or a deadline naming no step", () => {
    expect(hits(pathwayOf(task("a"), task("b", ["a", "x"])))).toEqual([["steps", 1, "after", 1]]);
    expect(hits(pathwayOf(task("a"), { ...task("b", ["a"]), deadline: { after: "y", days: 3 } }))).toEqual([["steps", 1, "deadline", "after"]]);
  });

  it("does not fire when every reference names a step", () => {
    expect(hits(pathwayOf(task("a"), { ...task("b", ["a"]), deadline: { after: "a", weeks: 1 } }))).toEqual([]);
  });
});
