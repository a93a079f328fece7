import { describe, expect, it } from "vitest";
import { deepFreeze, makeDevelopmentProject } from "../../../test/fixtures/development-project.js";
import { fired } from "./_fired.js";
import { unknownAreaRowRule } from "./unknown-area-row.js";

const CODE = "development-project/unknown-area-row";

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(unknownAreaRowRule.codes)).toEqual([CODE]);
  });

  it("fires on a row id the action plan does not have", () => {
    const project = deepFreeze(makeDevelopmentProject({ areas: [{ itemId: "ip-routines", rowIds: ["1", "7"] }] }));
    expect(fired(CODE, project)).toEqual([[["areas", 0, "rowIds", 1], { itemId: "ip-routines", row: "7" }]]);
  });

  it("does not fire on the plan's rows", () => {
    expect(fired(CODE, makeDevelopmentProject())).toEqual([]);
  });
});
