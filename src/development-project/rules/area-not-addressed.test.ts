import { describe, expect, it } from "vitest";
import { deepFreeze, makeDevelopmentProject } from "../../../test/fixtures/development-project.js";
import { areaNotAddressedRule } from "./area-not-addressed.js";
import { fired } from "./_fired.js";

const CODE = "development-project/area-not-addressed";

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(areaNotAddressedRule.codes)).toEqual([CODE]);
  });

  it("fires on a weak area with no decision, or a decision with no rows and not left out", () => {
    const project = deepFreeze(makeDevelopmentProject({ areas: [{ itemId: "ip-routines", rowIds: [] }] }));
    expect(fired(CODE, project)).toEqual([
      [["areas"], { itemId: "ip-routines", answer: "no" }],
      [["areas"], { itemId: "internal-control-in-place", answer: "dont-know" }],
    ]);
  });

  it("does not fire when each weak area is addressed by a row or left out", () => {
    expect(fired(CODE, makeDevelopmentProject())).toEqual([]);
  });
});
