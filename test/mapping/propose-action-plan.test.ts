import { describe, expect, it } from "vitest";
import {
  ActionPlanSchema,
  checkActionPlan,
  coordinatingUnitMappingForm,
  proposeActionPlan,
  typicalMeasures,
} from "samhandling";
import { deepFreeze, itemsOf, makeResponse, makeTinyQuestionnaire, makeTinyResponse, readMappingResponses } from "../fixtures/mapping.js";

const form = deepFreeze(coordinatingUnitMappingForm);
const [stranda, sykkylven] = deepFreeze(readMappingResponses());

describe("proposeActionPlan", () => {
  it("drafts an action plan that satisfies ActionPlanSchema, one row per development area", () => {
    const plan = proposeActionPlan(sykkylven!, form, { today: "2012-05-10" });
    expect(ActionPlanSchema.safeParse(plan).success).toBe(true);
    expect(plan).toMatchObject({ kind: "action-plan", id: "draft-1528-2012-05-10", municipality: { number: "1528", name: "Sykkylven" } });
    expect(plan.rows.map((row) => row.id)).toEqual([
      "mandate-information",
      "mandate-legitimacy",
      "overview-services-and-needs",
      "cooperation-routines",
      "cooperation-written-procedures",
      "cooperation-flexibility",
      "cooperation-responsibilities",
      "cooperation-shared-understanding",
      "internal-control-in-place",
    ]);
    expect(plan.rows[2]).toEqual({
      id: "overview-services-and-needs",
      measure: "Kartlegge tjenestetilbudet i kommunen",
      goal: "Oversikt over tjenestetilbudet og søknadsrutinene",
      activities: [
        "Enhetslederne melder tilbake hvilke tilbud de har og søknadsrutiner",
        "Lage et kart over tjenestetilbudet med kontaktpunkt for hver tjeneste",
      ],
      deadlineText: "Frist settes av arbeidsgruppen",
      status: "not-started",
    });
  });

  it("leaves deadlines and responsibility for people, which checkActionPlan flags on every row and nothing else on the rows", () => {
    const plan = proposeActionPlan(stranda!, form, { today: "2012-05-10" });
    const findings = checkActionPlan(plan, { today: "2012-05-10" });
    const rowCodes = findings.filter((finding) => finding.path[0] === "rows");
    expect(rowCodes.filter((finding) => finding.code === "action-plan/row-missing-deadline").map((finding) => finding.path)).toEqual(
      plan.rows.map((_, index) => ["rows", index, "deadline"]),
    );
    expect(new Set(rowCodes.map((finding) => finding.code))).toEqual(new Set(["action-plan/row-missing-deadline", "action-plan/row-missing-responsible"]));
    expect(findings.some((finding) => finding.severity === "error")).toBe(false);
  });

  it("has a typical measure for every assessment item of the built-in form, in three languages", () => {
    for (const item of itemsOf(form).filter((candidate) => candidate.type === "assessment")) {
      const measure = typicalMeasures[item.id];
      expect(measure, item.id).toBeDefined();
      for (const text of [measure!.measure, measure!.goal, ...measure!.activities]) {
        expect([text.nb, text.nn, text.en].every((value) => value.length > 0)).toBe(true);
      }
    }
  });

  it("writes rows in the chosen language and uses the given municipality name", () => {
    const plan = proposeActionPlan(stranda!, form, { today: "2012-05-10", locale: "en", municipalityName: "Stranda kommune" });
    expect(plan.municipality.name).toBe("Stranda kommune");
    expect(plan.title).toBe("Draft action plan: Mapping form for the coordinating unit (2012-04-16)");
    expect(plan.rows[0]?.deadlineText).toBe("Deadline to be set by the working group");
    expect(proposeActionPlan(stranda!, form, { today: "2012-05-10", locale: "nn" }).rows.find((row) => row.id === "cooperation-written-procedures")?.measure).toBe(
      "Skriftlege rutinar for samarbeid mellom tenesteområda, med felles samtykkeskjema",
    );
  });

  it("names the question in a row for an item with no typical measure, and takes a caller's table", () => {
    const tiny = deepFreeze(makeTinyQuestionnaire());
    const response = deepFreeze(makeTinyResponse([{ itemId: "has-ke", type: "boolean", value: false }, { itemId: "routines", type: "assessment", value: "no" }], { respondent: { municipality: "1531" } }));
    const plan = proposeActionPlan(response, tiny, { today: new Date(2012, 4, 10) });
    expect(plan.municipality).toEqual({ number: "1531", name: "Kommune 1531" });
    expect(plan.rows).toEqual([
      { id: "routines", measure: "Utviklingsområde: Rutiner?", goal: "Svaret blir «ja» ved neste kartlegging", activities: [], deadlineText: "Frist settes av arbeidsgruppen", status: "not-started" },
    ]);
    const own = { routines: { measure: { nb: "Skrive rutiner", nn: "Skrive rutinar", en: "Write routines" }, goal: { nb: "Rutiner", nn: "Rutinar", en: "Routines" }, activities: [] } };
    expect(proposeActionPlan(response, tiny, { today: "2012-05-10", measures: own }).rows[0]?.measure).toBe("Skrive rutiner");
    expect(ActionPlanSchema.safeParse(plan).success).toBe(true);
  });

  it("proposes an empty plan when there is nothing to develop", () => {
    expect(proposeActionPlan(deepFreeze(makeResponse()), form, { today: "2012-05-10" }).rows).toEqual([]);
  });

  it("throws a RangeError for a broken today", () => {
    expect(() => proposeActionPlan(stranda!, form, { today: "2012-13-01" })).toThrow(RangeError);
  });
});
