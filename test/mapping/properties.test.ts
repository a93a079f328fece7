import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answersSchema,
  AssessmentValueSchema,
  checkQuestionnaire,
  commonFindings,
  coordinatingUnitMappingForm,
  developmentAreas,
  type EnableCondition,
  type ItemType,
  MappingResponseSchema,
  proposeActionPlan,
  type Questionnaire,
  type QuestionnaireItem,
  summarizeMapping,
  validateMappingResponse,
  validateQuestionnaire,
} from "samhandling";
import { deepFreeze, itemsOf, MAPPING_TODAY, makeTinyQuestionnaire } from "../fixtures/mapping.js";

const TYPES: readonly ItemType[] = ["assessment", "text", "boolean", "integer", "decimal", "choice", "date"];
const ASSESSMENTS = AssessmentValueSchema.options;
const OPTION_POOL = ["a", "b", "c"] as const;
const DATES = Array.from({ length: 9 }, (_, i) => `2012-01-0${i + 1}`);
const options = { today: MAPPING_TODAY };

// ---- generated questionnaires: 1-6 items of every type, bounds, options, and conditions on earlier items

interface ItemSeed {
  readonly type: ItemType;
  readonly required: boolean;
  readonly bounds: readonly [number, number] | null;
  readonly maxLength: number | null;
  readonly options: readonly string[];
  readonly condition: { readonly target: number; readonly operator: number; readonly value: number; readonly match: "all" | "any"; readonly twice: boolean } | null;
}

const itemSeedArb: fc.Arbitrary<ItemSeed> = fc.record({
  type: fc.constantFrom(...TYPES),
  required: fc.boolean(),
  bounds: fc.option(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]))),
  maxLength: fc.option(fc.integer({ min: 1, max: 5 })),
  options: fc.subarray([...OPTION_POOL], { minLength: 1 }),
  condition: fc.option(
    fc.record({ target: fc.nat(), operator: fc.nat(), value: fc.integer({ min: -7, max: 7 }), match: fc.constantFrom("all" as const, "any" as const), twice: fc.boolean() }),
  ),
});

/** A condition value of the right type for the target item, picked by a seed number. */
function conditionValue(target: QuestionnaireItem, seed: number): EnableCondition["value"] {
  const pick = Math.abs(seed);
  switch (target.type) {
    case "assessment":
      return ASSESSMENTS[pick % ASSESSMENTS.length]!;
    case "text":
      return "x".repeat(1 + (pick % 3));
    case "boolean":
      return pick % 2 === 0;
    case "integer":
      return seed;
    case "decimal":
      return seed / 2;
    case "choice":
      return target.options[pick % target.options.length]?.value ?? "a";
    case "date":
      return DATES[pick % DATES.length]!;
  }
}

/** A date of DATES for a bound from -5 to 5, keeping the order of bounds. */
function dateAt(bound: number | undefined): string | undefined {
  return bound === undefined ? undefined : DATES[Math.min(Math.max(bound + 4, 0), 8)];
}

function buildItem(seed: ItemSeed, index: number, earlier: readonly QuestionnaireItem[]): QuestionnaireItem {
  const base = { id: `i${index}`, text: { nb: `Spørsmål ${index}`, nn: `Spørsmål ${index}`, en: `Question ${index}` }, required: seed.required };
  const condition = seed.condition;
  const withCondition =
    condition === null || earlier.length === 0
      ? base
      : {
          ...base,
          enableWhen: {
            match: condition.match,
            conditions: (condition.twice ? [0, 1] : [0]).map((shift): EnableCondition => {
              const target = earlier[(condition.target + shift) % earlier.length]!;
              const ordered = target.type === "integer" || target.type === "decimal" || target.type === "date";
              const operators = ordered ? (["equals", "not-equals", "at-least", "at-most"] as const) : (["equals", "not-equals"] as const);
              return { itemId: target.id, operator: operators[condition.operator % operators.length]!, value: conditionValue(target, condition.value + shift) };
            }),
          },
        };
  const [low, high] = seed.bounds ?? [undefined, undefined];
  const bounded = <T extends object>(item: T, min: number | string | undefined, max: number | string | undefined): T => ({
    ...item,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
  });
  switch (seed.type) {
    case "assessment":
    case "boolean":
      return { ...withCondition, type: seed.type };
    case "text":
      return seed.maxLength === null ? { ...withCondition, type: "text" } : { ...withCondition, type: "text", maxLength: seed.maxLength };
    case "integer":
      return bounded({ ...withCondition, type: "integer" as const }, low, high);
    case "decimal":
      return bounded({ ...withCondition, type: "decimal" as const, unit: "årsverk" }, low === undefined ? undefined : low / 2, high === undefined ? undefined : high / 2);
    case "choice":
      return { ...withCondition, type: "choice", options: seed.options.map((value) => ({ value, text: { nb: value, nn: value, en: value } })) };
    case "date":
      return bounded({ ...withCondition, type: "date" as const }, dateAt(low), dateAt(high));
  }
}

const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .record({ seeds: fc.array(itemSeedArb, { minLength: 1, maxLength: 6 }), split: fc.nat() })
  .map(({ seeds, split }): Questionnaire => {
    const items: QuestionnaireItem[] = [];
    seeds.forEach((seed, index) => items.push(buildItem(seed, index, items)));
    const cut = 1 + (split % items.length);
    const sections = [items.slice(0, cut), items.slice(cut)].filter((part) => part.length > 0);
    return {
      kind: "questionnaire",
      id: "generated",
      version: "1",
      title: { nb: "Generert", nn: "Generert", en: "Generated" },
      sections: sections.map((part, index) => ({ id: `s${index}`, title: { nb: `Del ${index}`, nn: `Del ${index}`, en: `Part ${index}` }, items: part })),
    };
  });

// ---- generated responses: mostly well-typed answers near the items' bounds, some strays

function valueArb(type: ItemType): fc.Arbitrary<unknown> {
  switch (type) {
    case "assessment":
      return fc.constantFrom(...ASSESSMENTS);
    case "text":
      return fc.string({ minLength: 1, maxLength: 7 });
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.oneof(fc.integer({ min: -7, max: 7 }), fc.constant(2 ** 60), fc.constant(1.5));
    case "decimal":
      return fc.oneof(fc.integer({ min: -8, max: 8 }).map((n) => n / 2), fc.double({ noNaN: true, noDefaultInfinity: true }));
    case "choice":
      return fc.constantFrom(...OPTION_POOL, "d");
    case "date":
      return fc.oneof(fc.constantFrom(...DATES), fc.constant("2012-02-30"));
  }
}

function answerArb(items: readonly QuestionnaireItem[]): fc.Arbitrary<Record<string, unknown>> {
  const ids = items.map((item) => item.id);
  const build = (itemId: string, type: ItemType): fc.Arbitrary<Record<string, unknown>> =>
    fc
      .record({ value: valueArb(type), comment: fc.option(fc.constantFrom("Delvis", "Må oppdateres"), { nil: undefined }) })
      .map(({ value, comment }) => (type === "assessment" && comment !== undefined ? { itemId, type, value, comment } : { itemId, type, value }));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...items).chain((item) => build(item.id, item.type)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ids, "ghost"), fc.constantFrom(...TYPES)).chain(([itemId, type]) => build(itemId, type)) },
  );
}

/** Responses to a questionnaire: a full, well-typed set of answers thinned out, with strays added and the order shuffled. */
function responseArb(questionnaire: Questionnaire): fc.Arbitrary<unknown> {
  const items = itemsOf(questionnaire);
  const full = fc.tuple(...items.map((item) => answerArb([item])));
  return fc
    .record({
      answers: full.chain((answers) => fc.subarray(answers)),
      strays: fc.array(answerArb(items), { maxLength: 3 }),
      shuffle: fc.nat(),
      status: fc.constantFrom("in-progress", "completed"),
      version: fc.constantFrom(questionnaire.version, questionnaire.version, questionnaire.version, "0"),
      date: fc.constantFrom("2012-04-20", "2012-06-01"),
      municipality: fc.constantFrom("1525", "1528", "1531", "15x1"),
    })
    .map(({ answers, strays, shuffle, status, version, date, municipality }) => {
      const all = [...answers, ...strays];
      const turn = all.length === 0 ? 0 : shuffle % all.length;
      return {
        kind: "mapping-response",
        questionnaire: { id: questionnaire.id, version },
        respondent: { municipality },
        date,
        status,
        answers: [...all.slice(turn), ...all.slice(0, turn)],
      };
    });
}

/** `[code, path]` of every error finding, and of every issue `answersSchema` raises with a finding code, sorted alike. */
function errorsOf(input: unknown, questionnaire: Questionnaire): { readonly fromValidate: string[]; readonly fromSchema: string[] | undefined; readonly accepted: boolean } {
  const validation = validateMappingResponse(input, questionnaire, options);
  const parsed = answersSchema(questionnaire).safeParse(input);
  const fromValidate = validation.findings.filter((finding) => finding.severity === "error").map((finding) => JSON.stringify([finding.code, finding.path]));
  const baseOk = MappingResponseSchema.safeParse(input).success;
  const fromSchema = baseOk
    ? (parsed.error?.issues ?? []).map((issue) => JSON.stringify([issue.code === "custom" ? issue.params?.["code"] : issue.code, issue.path]))
    : undefined;
  return { fromValidate: fromValidate.sort(), fromSchema: fromSchema?.sort(), accepted: parsed.success };
}

describe("mapping properties", () => {
  const form = deepFreeze(coordinatingUnitMappingForm);
  const tiny = deepFreeze(makeTinyQuestionnaire());

  it("validators never throw on arbitrary JSON and never change it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const before = structuredClone(input);
        const frozen = deepFreeze(input);
        expect(validateMappingResponse(frozen, form, options).ok).toBe(false);
        expect(validateMappingResponse(frozen, tiny, options).ok).toBe(false);
        expect(validateQuestionnaire(frozen).ok).toBe(false);
        expect(answersSchema(form).safeParse(frozen).success).toBe(false);
        expect(frozen).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("never throw on response-shaped input, and leave deep-frozen responses as they were", () => {
    fc.assert(
      fc.property(responseArb(form), fc.constantFrom("nb" as const, "nn" as const, "en" as const), (input, locale) => {
        const before = structuredClone(input);
        const frozen = deepFreeze(input);
        const result = validateMappingResponse(frozen, form, { ...options, locale });
        if (result.ok) {
          const summary = summarizeMapping([result.value], form);
          commonFindings(summary);
          developmentAreas(result.value, form);
          proposeActionPlan(result.value, form, { ...options, locale });
        }
        expect(frozen).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it("answersSchema(form) accepts exactly the responses to the built-in form that validateMappingResponse finds no error in", () => {
    let accepted = 0;
    fc.assert(
      fc.property(responseArb(form), (input) => {
        const { fromValidate, fromSchema, accepted: ok } = errorsOf(input, form);
        expect(ok).toBe(fromValidate.length === 0);
        if (fromSchema !== undefined) expect(fromSchema).toEqual(fromValidate);
        if (ok) accepted++;
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it("answersSchema(q) accepts exactly what validateMappingResponse finds no error in, for generated questionnaires", () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(
        questionnaireArb.chain((questionnaire) => fc.tuple(fc.constant(questionnaire), responseArb(questionnaire))),
        ([questionnaire, input]) => {
          expect(validateQuestionnaire(questionnaire).findings.filter((finding) => finding.code.startsWith("schema/"))).toEqual([]);
          const { fromValidate, fromSchema, accepted: ok } = errorsOf(deepFreeze(input), deepFreeze(questionnaire));
          expect(ok).toBe(fromValidate.length === 0);
          if (fromSchema !== undefined) expect(fromSchema).toEqual(fromValidate);
          if (ok) accepted++;
          else rejected++;
        },
      ),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(20);
    expect(rejected).toBeGreaterThan(20);
  });

  it("checkQuestionnaire never throws on generated questionnaires and finds no condition problems in them", () => {
    fc.assert(
      fc.property(questionnaireArb, (questionnaire) => {
        const codes = checkQuestionnaire(deepFreeze(questionnaire)).map((finding) => finding.code);
        expect(codes.filter((code) => code.startsWith("questionnaire/condition"))).toEqual([]);
      }),
    );
  });
});
