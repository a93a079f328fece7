// Subjects for the robustness suite: children's care pathways (forløp). See _robustness-subjects.ts.
import { checkPathwayCase, childrenPathway, pathwayWorkList, validatePathwayCase, validatePathwayDefinition } from "samhandling";
import { makePathwayCase, PATHWAY_TODAY, pathwayOf, task, withStep } from "../fixtures/pathway.js";
import { type Subject, subject } from "./_robustness-subjects.js";

const cases = [makePathwayCase(), withStep("family-meeting", undefined), makePathwayCase({ steps: [], status: "closed", closedOn: "2025-04-01" })];
const definitions = [childrenPathway, pathwayOf(task("a", ["b"]), task("b", ["a"]), task("a"))];

export const pathwaySubjects: readonly Subject[] = [
  subject("checkPathwayCase", cases, { today: PATHWAY_TODAY, inactiveDays: 30 }, checkPathwayCase),
  subject("validatePathwayCase", cases, { today: PATHWAY_TODAY, pathways: [childrenPathway] }, validatePathwayCase, true),
  subject("validatePathwayDefinition", definitions, { locale: "nn" }, validatePathwayDefinition, true),
  subject("pathwayWorkList", [cases, []], { today: PATHWAY_TODAY, inactiveDays: 30 }, pathwayWorkList),
];
