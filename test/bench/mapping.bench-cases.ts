import {
  answersSchema,
  AssessmentValueSchema,
  checkMappingResponse,
  coordinatingUnitMappingForm,
  type MappingAnswer,
  type MappingResponse,
  MappingResponseSchema,
  summarizeMapping,
  validateMappingResponse,
} from "../../src/index.js";
import type { BenchCase } from "./_case.js";
import { wideForm, wideResponse } from "./_wide-form.js";

const form = coordinatingUnitMappingForm;
const MUNICIPALITIES = ["1505", "1506", "1508", "1511", "1514", "1515", "1516", "1517", "1520", "1525", "1528", "1531"];
const items = form.sections.flatMap((section) => section.items);
const options = { today: "2012-05-10" };

/** A completed response to the built-in form: every assessment answered, every other text answered, varied by `n`. */
function makeResponse(n: number): MappingResponse {
  const answers = items.map((item, i): MappingAnswer =>
    item.type === "assessment"
      ? { itemId: item.id, type: "assessment", value: AssessmentValueSchema.options[(n + i) % 4]!, comment: "Kort kommentar" }
      : { itemId: item.id, type: "text", value: "Et kort svar fra koordinerende enhet" },
  );
  return {
    kind: "mapping-response",
    id: `mapping-${n}`,
    questionnaire: { id: form.id, version: form.version },
    respondent: { municipality: MUNICIPALITIES[n % MUNICIPALITIES.length]!, unit: "Koordinerende enhet" },
    date: "2012-04-20",
    status: "completed",
    answers,
  };
}

/** A response with `count` answers to items the form does not have: the per-answer work grows linearly. */
function makeStrayResponse(count: number): MappingResponse {
  const strays = Array.from({ length: count }, (_, i): MappingAnswer => ({ itemId: `stray-${i}`, type: "boolean", value: i % 2 === 0 }));
  return { ...makeResponse(0), answers: [...makeResponse(0).answers, ...strays] };
}

const responses = Array.from({ length: 1000 }, (_, n) => makeResponse(n));
const hundred = responses.slice(0, 100);
const schema = answersSchema(form);
const strays1k = makeStrayResponse(1000);
const strays10k = makeStrayResponse(10000);

// 100 and 1 000 items, every one answered (the conditional text only where asked).
const form100 = wideForm(10);
const form1k = wideForm(100);
const wide100 = wideResponse(form100);
const wide1k = wideResponse(form1k);

const BASELINE = "MappingResponseSchema.safeParse x1 000 (shape only)";
const STRAYS_1K = "checkMappingResponse, 1 000 stray answers";
const WIDE_100 = `validateMappingResponse, ${wide100.answers.length} answers to a 100-item form`;
const SUMMARY_100 = "summarizeMapping, 100 responses";

/**
 * Benchmarks for mapping: validating 1 000 responses to the built-in form, against the bare shape
 * check; and linear growth (each 10x case at most 11x its 1x case): one response with 10x the stray
 * answers, 10x the answers to a 10x wider form, and `summarizeMapping` of 10x the responses.
 *
 * @example
 * mappingBenchCases.map((benchCase) => benchCase.name)[1]
 * //=> "validateMappingResponse x1 000, built-in form"
 */
export const mappingBenchCases: BenchCase[] = [
  { name: BASELINE, fn: () => responses.map((response) => MappingResponseSchema.safeParse(response)) },
  { name: "validateMappingResponse x1 000, built-in form", fn: () => responses.map((r) => validateMappingResponse(r, form, options)), baseline: BASELINE },
  { name: "validateMappingResponse x100, built-in form", fn: () => hundred.map((r) => validateMappingResponse(r, form, options)), baseline: BASELINE },
  { name: "answersSchema(form).safeParse x1 000", fn: () => responses.map((r) => schema.safeParse(r)), baseline: BASELINE },
  { name: "summarizeMapping, 1 000 responses", fn: () => summarizeMapping(responses, form), baseline: BASELINE },
  { name: STRAYS_1K, fn: () => checkMappingResponse(strays1k, form, options) },
  { name: "checkMappingResponse, 10 000 stray answers", fn: () => checkMappingResponse(strays10k, form, options), baseline: STRAYS_1K, target: { max: 11 } },
  { name: WIDE_100, fn: () => validateMappingResponse(wide100, form100, options) },
  {
    name: `validateMappingResponse, ${wide1k.answers.length} answers to a 1 000-item form`,
    fn: () => validateMappingResponse(wide1k, form1k, options),
    baseline: WIDE_100,
    target: { max: 11 },
    note: "sections of ten items (assessments, a yes/no, a text asked on yes, an integer, a choice)",
  },
  { name: SUMMARY_100, fn: () => summarizeMapping(hundred, form) },
  { name: "summarizeMapping, 1 000 responses (10x)", fn: () => summarizeMapping(responses, form), baseline: SUMMARY_100, target: { max: 11 } },
];
