import { describe, expect, it } from "vitest";
import { planServiceActs, PlanServiceSchema, sharePlanWith, validateIndividualPlan } from "../../src/index.js";
import { deepFreeze, makeConsent, makePlan, TODAY } from "../fixtures/individual-plan.js";

describe("plan services (tjenester som har planen)", () => {
  it("accepts the services that hold a plan and rejects an unknown one at its path", () => {
    const held = validateIndividualPlan({ ...makePlan(), services: ["health-and-care", "nav"] }, { today: TODAY });
    expect(held.ok && held.value.services).toEqual(["health-and-care", "nav"]);
    const unknown = validateIndividualPlan({ ...makePlan(), services: ["nav", "school"] }, { today: TODAY });
    expect(unknown.ok).toBe(false);
    expect(unknown.findings.map((f) => [f.code, f.path])).toEqual([["schema/invalid-value", ["services", 1]]]);
    expect(validateIndividualPlan(makePlan(), { today: TODAY }).ok).toBe(true);
  });

  it("lists for every service the acts and sections behind its plans", () => {
    const cited = Object.fromEntries(
      PlanServiceSchema.options.map((service) => [service, planServiceActs[service].map((basis) => [basis.source, ...(basis.sections ?? [])])]),
    );
    expect(cited).toEqual({
      "health-and-care": [["hol", "7-1"], ["pbrl", "2-5"]],
      "specialist-care": [["sphl", "2-5"], ["phvl", "4-1"], ["pbrl", "2-5"]],
      nav: [["nav-act", "15"]],
      "social-services": [["sotjl", "28", "33"]],
      "child-welfare": [["bvl", "15-9"]],
    });
    for (const bases of Object.values(planServiceActs)) {
      expect(bases.every((basis) => basis.kind === "act" && basis.display.nn.length > 0 && basis.display.en.length > 0)).toBe(true);
    }
    expect(planServiceActs.nav[0]?.display).toEqual({ nb: "NAV-loven § 15", nn: "NAV-lova § 15", en: "the NAV act § 15" });
  });

  it("withholds which services hold the plan from a participant no consent covers, and shows it to one it covers", () => {
    const plan = deepFreeze(
      makePlan({ services: ["child-welfare", "health-and-care"], consents: [makeConsent({ id: "c-1", sharesWith: ["p-nav"] })] }),
    );
    expect(sharePlanWith(plan, "p-nav", { today: TODAY }).services).toEqual(["child-welfare", "health-and-care"]);
    expect(sharePlanWith(plan, "p-rel", { today: TODAY }).services).toBeUndefined();
  });
});
