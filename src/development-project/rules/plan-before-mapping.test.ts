import { describe, expect, it } from "vitest";
import { deepFreeze, makeDevelopmentProject } from "../../../test/fixtures/development-project.js";
import { makeEvaluatedPlan } from "../../../test/fixtures/evaluation.js";
import { fired } from "./_fired.js";
import { planBeforeMappingRule } from "./plan-before-mapping.js";

const CODE = "development-project/plan-before-mapping";
const signedOn = (on: string) => deepFreeze(makeDevelopmentProject({ actionPlan: makeEvaluatedPlan({ signed: { by: "Leiar", on } }) }));

describe(CODE, () => {
  it("is the one code the rule declares", () => {
    expect(Object.keys(planBeforeMappingRule.codes)).toEqual([CODE]);
  });

  it("fires on a plan signed the day before the mapping", () => {
    expect(fired(CODE, signedOn("2012-04-19"))).toEqual([[["actionPlan", "signed", "on"], { signedOn: "2012-04-19", mappingDate: "2012-04-20" }]]);
  });

  it("does not fire on a plan signed the mapping's day or later, nor on an unsigned plan", () => {
    expect(fired(CODE, signedOn("2012-04-20"))).toEqual([]);
    expect(fired(CODE, makeDevelopmentProject({ actionPlan: makeEvaluatedPlan({ signed: undefined }) }))).toEqual([]);
  });
});
