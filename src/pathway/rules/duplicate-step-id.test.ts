import { describe, expect, it } from "vitest";
import { validatePathwayDefinition } from "../../index.js";
import { pathwayOf, task } from "../../../test/fixtures/pathway.js";

const hits = (input: unknown) => validatePathwayDefinition(input, {}).findings.filter((f) => f.code === "pathway/duplicate-step-id").map((f) => f.path);

describe("pathway/duplicate-step-id", () => {
  it("fires on every step after the first with the same id", () => {
    expect(hits(pathwayOf(task("a"), task("b"), task("a"), task("a")))).toEqual([["steps", 2, "id"], ["steps", 3, "id"]]);
  });

  it("does not fire on unique ids", () => {
    expect(hits(pathwayOf(task("a"), task("b", ["a"])))).toEqual([]);
  });
});
