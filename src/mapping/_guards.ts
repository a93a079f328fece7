// Internal: the door of the typed mapping helpers. Each refuses what is not its document with a
// TypeError naming the function and the argument (see src/_lib/documents.ts).
import * as z from "zod";
import { type DocumentKind, requireDocument, requireDocuments } from "../_lib/documents.js";
import type { CommonFinding } from "./common-findings.js";
import { type Questionnaire, QuestionnaireSchema } from "./questionnaire-schema.js";
import { type MappingResponse, MappingResponseSchema } from "./response-schema.js";
import type { MappingSummary } from "./summarize.js";

/** The questionnaire as a document, for the TypeError of a function that takes one. */
export const QUESTIONNAIRE: Omit<DocumentKind, "fn"> = {
  name: "questionnaire",
  label: "a questionnaire",
  kind: "questionnaire",
  validator: "validateQuestionnaire",
};

/** Asserts that `questionnaire` is a questionnaire; `fn` names the public function. */
export function requireQuestionnaire(questionnaire: unknown, fn: string): asserts questionnaire is Questionnaire {
  requireDocument(QuestionnaireSchema, questionnaire, { ...QUESTIONNAIRE, fn });
}

const RESPONSE = { label: "a mapping response", kind: "mapping-response", validator: "validateMappingResponse" } as const;

/** The response as a document, for the TypeError of a function that takes one. */
export const RESPONSE_DOCUMENT: Omit<DocumentKind, "fn"> = { name: "response", ...RESPONSE };

/** Asserts that `response` is a mapping response. */
export function requireResponse(response: unknown, fn: string): asserts response is MappingResponse {
  requireDocument(MappingResponseSchema, response, { ...RESPONSE_DOCUMENT, fn });
}

/** Asserts that `responses` is an array of mapping responses, naming the first that is not. */
export function requireResponses(responses: unknown, fn: string): asserts responses is readonly MappingResponse[] {
  requireDocuments(MappingResponseSchema, responses, { fn, name: "responses", ...RESPONSE });
}

const count = z.int().min(0);
const municipalities = z.array(z.string());

// The shape commonFindings reads, not every detail of a summary.
const SummaryShape = z.object({
  respondents: municipalities,
  items: z.array(
    z.object({
      itemId: z.string(),
      sectionId: z.string(),
      type: z.string(),
      groups: z.array(z.object({ answer: z.string(), count, municipalities })),
      values: z.array(z.object({ municipality: z.string() })),
    }),
  ),
});

/** Asserts that `summary` is a mapping summary as `summarizeMapping` returns it. */
export function requireSummary(summary: unknown, fn: string): asserts summary is MappingSummary {
  requireDocument(SummaryShape, summary, { fn, name: "summary", label: "a mapping summary (from summarizeMapping)" });
}

const FindingShape = z.object({
  itemId: z.string(),
  scope: z.enum(["all", "most"]),
  weak: count,
  of: count,
  counts: z.object({ no: count, partly: count, "dont-know": count }),
});

/** Asserts that `finding` is a common finding as `commonFindings` returns it. */
export function requireCommonFinding(finding: unknown, fn: string): asserts finding is CommonFinding {
  requireDocument(FindingShape, finding, { fn, name: "finding", label: "a common finding (from commonFindings)" });
}
