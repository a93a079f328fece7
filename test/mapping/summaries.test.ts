import { describe, expect, it } from "vitest";
import {
  commonFindings,
  coordinatingUnitMappingForm,
  describeCommonFinding,
  developmentAreas,
  summarizeMapping,
} from "samhandling";
import { assessAll, deepFreeze, makeResponse, readMappingResponses } from "../fixtures/mapping.js";

const form = deepFreeze(coordinatingUnitMappingForm);
const responses = deepFreeze(readMappingResponses());

describe("summarizeMapping", () => {
  it("counts each answer per item and says which municipalities gave it", () => {
    const summary = summarizeMapping(responses, form);
    expect(summary.respondents).toEqual(["1525", "1528", "1531"]);
    expect(summary.items).toHaveLength(23);
    const written = summary.items.find((item) => item.itemId === "cooperation-written-procedures");
    expect(written?.groups).toEqual([
      { answer: "yes", count: 0, municipalities: [] },
      { answer: "partly", count: 1, municipalities: ["1531"] },
      { answer: "no", count: 2, municipalities: ["1525", "1528"] },
      { answer: "dont-know", count: 0, municipalities: [] },
    ]);
    expect(written?.values[2]).toEqual({ municipality: "1531", value: "partly", comment: "Rutinene må oppdateres etter ny lov" });
  });

  it("lists text answers and who left an item unanswered", () => {
    const summary = summarizeMapping(responses, form);
    const authority = summary.items.find((item) => item.itemId === "mandate-authority");
    expect(authority).toMatchObject({ type: "text", answered: 2, notAnswered: ["1531"], groups: [] });
  });

  it("leaves out responses to another version, and answers of the wrong type or to unknown items", () => {
    const other = makeResponse(assessAll("no"), { questionnaire: { id: "coordinating-unit-mapping", version: "2011" } });
    const odd = makeResponse([{ itemId: "ip-routines", type: "text", value: "Ja" }, { itemId: "ghost", type: "boolean", value: true }], { respondent: { municipality: "1528" } });
    const summary = summarizeMapping(deepFreeze([other, odd]), form);
    expect(summary.skipped).toEqual([0]);
    expect(summary.respondents).toEqual(["1528"]);
    expect(summary.items.find((item) => item.itemId === "ip-routines")).toMatchObject({ answered: 0, notAnswered: ["1528"] });
  });
});

describe("commonFindings", () => {
  it("finds the items where all or most answer no, partly or don't know, in form order", () => {
    const found = commonFindings(summarizeMapping(responses, form));
    expect(found.map((finding) => [finding.itemId, finding.scope, finding.weak])).toEqual([
      ["mandate-shared-understanding", "most", 2],
      ["mandate-information", "all", 3],
      ["mandate-legitimacy", "most", 2],
      ["overview-services-and-needs", "all", 3],
      ["cooperation-routines", "all", 3],
      ["cooperation-written-procedures", "all", 3],
      ["cooperation-responsibilities", "most", 2],
      ["cooperation-shared-understanding", "all", 3],
      ["internal-control-in-place", "all", 3],
    ]);
    expect(found.find((finding) => finding.itemId === "internal-control-in-place")?.counts).toEqual({ no: 1, partly: 1, "dont-know": 1 });
  });

  it("leaves out items where half or fewer answer weakly, and follows minShare", () => {
    const summary = summarizeMapping(responses, form);
    const ids = (minShare?: number) => commonFindings(summary, minShare === undefined ? {} : { minShare }).map((finding) => finding.itemId);
    expect(ids()).not.toContain("cooperation-flexibility"); // one of three
    expect(ids(1)).toHaveLength(6);
    expect(ids(1 / 3)).toContain("cooperation-flexibility");
  });

  it("finds nothing in an empty summary", () => {
    expect(commonFindings(summarizeMapping([], form))).toEqual([]);
  });
});

describe("describeCommonFinding", () => {
  it("writes the finding the seed's way in each language", () => {
    const found = commonFindings(summarizeMapping(responses, form));
    const written = found.find((finding) => finding.itemId === "cooperation-written-procedures")!;
    expect(describeCommonFinding(written, form)).toBe(
      "Alle tre svarer nei (2) eller delvis (1): Er det nedskrevne prosedyrer og rutiner som regulerer samarbeidet mellom tjenesteområdene?",
    );
    const overview = found.find((finding) => finding.itemId === "overview-services-and-needs")!;
    expect(describeCommonFinding(overview, form, "nn")).toBe("Alle tre svarar delvis: Har koordinerande eining oversikt over tenestetilbodet og behovet for tenester?");
    const control = found.find((finding) => finding.itemId === "internal-control-in-place")!;
    expect(describeCommonFinding(control, form, "en")).toMatch(/^All three answer no \(1\), partly \(1\) or don't know \(1\): Does the municipality/);
    const most = found.find((finding) => finding.itemId === "mandate-legitimacy")!;
    expect(describeCommonFinding(most, form)).toMatch(/^To av tre svarer delvis: Har koordinerende enhet legitimitet/);
  });
});

describe("developmentAreas", () => {
  it("lists the assessment items answered no, partly or don't know, with comments", () => {
    const areas = developmentAreas(responses[1]!, form);
    expect(areas.map((area) => [area.itemId, area.answer])).toEqual([
      ["mandate-information", "partly"],
      ["mandate-legitimacy", "partly"],
      ["overview-services-and-needs", "partly"],
      ["cooperation-routines", "partly"],
      ["cooperation-written-procedures", "no"],
      ["cooperation-flexibility", "partly"],
      ["cooperation-responsibilities", "partly"],
      ["cooperation-shared-understanding", "no"],
      ["internal-control-in-place", "no"],
    ]);
    expect(areas.at(-1)).toEqual({ itemId: "internal-control-in-place", sectionId: "internal-control", answer: "no", comment: "Må utarbeides og informeres om" });
  });

  it("finds none when every assessment is yes", () => {
    expect(developmentAreas(deepFreeze(makeResponse()), form)).toEqual([]);
  });
});
