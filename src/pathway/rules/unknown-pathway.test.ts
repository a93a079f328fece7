import { describe, expect, it } from "vitest";
import { makePathwayCase, pathwayHits } from "../../../test/fixtures/pathway.js";

describe("pathway/unknown-pathway", () => {
  it("fires on a pathway id that is neither built in nor passed in, on any status", () => {
    expect(pathwayHits("pathway/unknown-pathway", makePathwayCase({ pathwayId: "nope" }))).toEqual([["pathway/unknown-pathway", ["pathwayId"]]]);
    expect(pathwayHits("pathway/unknown-pathway", makePathwayCase({ pathwayId: "nope", status: "closed", closedOn: "2025-06-30" }))).toHaveLength(1);
  });

  it("does not fire on the built-in pathway", () => {
    expect(pathwayHits("pathway/unknown-pathway", makePathwayCase())).toEqual([]);
  });
});
