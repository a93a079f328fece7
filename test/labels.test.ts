// The package's words for its enum tokens: every token of each schema has a word in every locale,
// and the finding messages, the examples and the playground use these tables (one word per token).
import { describe, expect, it } from "vitest";
import {
  actionPlanRowStatusLabels,
  ActionPlanRowStatusSchema,
  caseStatusLabels,
  CaseStatusSchema,
  DOCUMENT_KINDS,
  documentKindLabels,
  developmentProjectStageLabels,
  evaluationResultLabels,
  EvaluationResultSchema,
  goalStatusLabels,
  GoalStatusSchema,
  type LocalizedText,
  measureStatusLabels,
  MeasureStatusSchema,
  milestoneStatusLabels,
  MilestoneStatusSchema,
  pathwayCaseStatusLabels,
  PathwayCaseStatusSchema,
  planStatusLabels,
  PlanStatusSchema,
  severityLabels,
  validateEvaluation,
} from "../src/index.js";
import { makeEvaluatedPlan, makeEvaluation, makeEvaluationRow } from "./fixtures/evaluation.js";

const tables: readonly (readonly [string, Readonly<Record<string, LocalizedText>>, readonly string[]])[] = [
  ["planStatusLabels", planStatusLabels, PlanStatusSchema.options],
  ["goalStatusLabels", goalStatusLabels, GoalStatusSchema.options],
  ["measureStatusLabels", measureStatusLabels, MeasureStatusSchema.options],
  ["actionPlanRowStatusLabels", actionPlanRowStatusLabels, ActionPlanRowStatusSchema.options],
  ["milestoneStatusLabels", milestoneStatusLabels, MilestoneStatusSchema.options],
  ["evaluationResultLabels", evaluationResultLabels, EvaluationResultSchema.options],
  ["caseStatusLabels", caseStatusLabels, CaseStatusSchema.options],
  ["pathwayCaseStatusLabels", pathwayCaseStatusLabels, PathwayCaseStatusSchema.options],
  ["developmentProjectStageLabels", developmentProjectStageLabels, ["planning", "execution", "evaluated", "operation"]],
  ["severityLabels", severityLabels, ["error", "warning", "info"]],
  ["documentKindLabels", documentKindLabels, DOCUMENT_KINDS],
];

describe.each(tables)("%s", (_name, table, tokens) => {
  it("has a word for every token and no other", () => {
    expect(Object.keys(table).sort()).toEqual([...tokens].sort());
  });

  it("says each token in bokmål, nynorsk and English, none of them the token itself in nb or nn", () => {
    for (const token of tokens) {
      const text = table[token]!;
      expect(Object.keys(text).sort()).toEqual(["en", "nb", "nn"]);
      for (const word of Object.values(text)) expect(word.trim()).not.toBe("");
      // A Norwegian word that is the English token ("info", "open" in nynorsk) is allowed only where the languages agree.
      if (text.nb === token) expect(text.en).toBe(token);
    }
  });

  it("gives different tokens different words in each locale", () => {
    for (const locale of ["nb", "nn", "en"] as const) {
      const words = tokens.map((token) => table[token]![locale]);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});

describe("the words in finding messages", () => {
  it("names an action-plan row's status as actionPlanRowStatusLabels does", () => {
    const actionPlan = makeEvaluatedPlan(); // row 1 done, row 2 in progress
    const evaluation = makeEvaluation([makeEvaluationRow(), makeEvaluationRow({ rowId: "2" })]);
    for (const locale of ["nb", "nn", "en"] as const) {
      const result = validateEvaluation(evaluation, actionPlan, { today: evaluation.meeting.date, locale });
      const messages = result.findings.filter((f) => f.code === "evaluation/reached-not-done").map((f) => f.message);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(` ${actionPlanRowStatusLabels["in-progress"][locale]} `);
    }
  });
});
