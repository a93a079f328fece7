import { describe, expect, it } from "vitest";
import { checkPathwayCase, type PathwayCase } from "../../index.js";
import { makePathwayCase, PATHWAY_TODAY, pathwayHits, soundSteps } from "../../../test/fixtures/pathway.js";

const CODE = "pathway/role-unassigned";
const roles = (c: PathwayCase) => checkPathwayCase(c, { today: PATHWAY_TODAY }).filter((f) => f.code === CODE).map((f) => f.params?.["role"]);

describe(CODE, () => {
  it("fires for a role carrying a done step with no one responsible", () => {
    const c = makePathwayCase({ responsible: [{ role: "family", id: "fam-1" }, { role: "municipal-services", id: "hs-1" }] });
    expect(pathwayHits(CODE, c)).toEqual([[CODE, ["responsible"]]]);
    expect(roles(c)).toEqual(["bup"]);
  });

  it("fires for the role of the next step (its preconditions done), not of a step not yet reached", () => {
    // After the referral to BUP, BUP's assessment is next; HABU's is not reached without a referral to HABU.
    const referred = makePathwayCase({ steps: soundSteps().slice(0, 4), responsible: [{ role: "family", id: "f" }, { role: "municipal-services", id: "m" }] });
    expect(roles(referred)).toEqual(["bup"]);
    const notYet = makePathwayCase({ steps: soundSteps().slice(0, 3), responsible: [{ role: "family", id: "f" }, { role: "municipal-services", id: "m" }] });
    expect(roles(notYet)).toEqual([]);
  });

  it("fires for the family on a new case with no one responsible, and for no one once the family is", () => {
    expect(roles(makePathwayCase({ steps: [], responsible: [] }))).toEqual(["family"]);
    expect(roles(makePathwayCase({ steps: [], responsible: undefined }))).toEqual(["family"]);
    expect(roles(makePathwayCase({ steps: [], responsible: [{ role: "family", id: "fam-1" }] }))).toEqual([]);
    // Someone responsible for another role does not count for the family.
    expect(roles(makePathwayCase({ steps: [], responsible: [{ role: "bup", id: "bup-1" }] }))).toEqual(["family"]);
  });

  it("reports each role once, however many of its steps are reached", () => {
    expect(roles(makePathwayCase({ responsible: [] }))).toEqual(["family", "municipal-services", "bup"]);
  });

  it("does not fire on a closed case, nor on the sound case", () => {
    expect(pathwayHits(CODE, makePathwayCase({ responsible: [], status: "closed", closedOn: "2025-06-30" }))).toEqual([]);
    expect(pathwayHits(CODE, makePathwayCase())).toEqual([]);
  });
});
