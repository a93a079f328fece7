import { addDays } from "../../src/core/dates/day-number.js";
import {
  checkPathwayCase,
  childrenPathway,
  type PathwayCase,
  type PathwayDefinition,
  type PathwayRole,
  type PathwayStep,
  type PathwayStepRecord,
  validatePathwayCase,
  validatePathwayDefinition,
} from "../../src/index.js";
import type { BenchCase } from "./_case.js";

const TODAY = "2050-01-01";
const START = "2020-01-06";
const ROLES: readonly PathwayRole[] = ["family", "municipal-services", "bup", "habu"];
const BUILT_IN_1K = "checkPathwayCase: 1 000 steps done, built-in pathway";
const VALIDATE_1K = "validatePathwayCase: 1 000 steps done, built-in pathway";
const OWN_1K = "checkPathwayCase: own pathway of 1 000 steps, fan-in of 10";
const DEFINITION_1K = "validatePathwayDefinition: 1 000 steps, fan-in of 10";

/**
 * A case whose young person is 16 or older on every day, so that each consent is judged alike
 * however long the case runs: the findings grow with the steps and nothing else.
 */
function caseOf(pathwayId: string, steps: PathwayStepRecord[]): PathwayCase {
  return {
    kind: "pathway-case",
    id: "f-bench",
    pathwayId,
    status: "open",
    openedOn: START,
    child: { id: "c-bench", birthDate: "2001-02-03" },
    responsible: [
      { role: "family", id: "fam-1" },
      { role: "municipal-services", id: "hs-1" },
      { role: "bup", id: "bup-1" },
    ],
    steps,
  };
}

/**
 * `count` step records on the built-in pathway: its eight steps over and over, a day apart, each
 * with the young person's own consent; every seventh record is dated three days early (out of
 * order), every eleventh has no consent, every thirteenth a parent's (which no longer counts).
 */
function makeBuiltInCase(count: number): PathwayCase {
  const ids = childrenPathway.steps.map((step) => step.id);
  const steps = Array.from({ length: count }, (_, i): PathwayStepRecord => {
    const doneOn = addDays(START, i - (i % 7 === 6 ? 3 : 0));
    const givenBy = i % 13 === 12 ? ("parent" as const) : ("user" as const);
    const consent = i % 11 === 10 ? {} : { consent: { givenBy, givenOn: addDays(doneOn, -1) } };
    return { stepId: ids[i % ids.length] ?? "concern", doneOn, byRole: "municipal-services", ...consent };
  });
  return caseOf(childrenPathway.id, steps);
}

/**
 * A pathway of `count` steps in phases of ten: a chain inside each phase, each phase's first step
 * after all ten of the phase before (fan-in of 10), each step due a week after the one before it;
 * a family meeting opens every phase and a referral to BUP is its sixth step.
 */
function makeOwnPathway(count: number): PathwayDefinition {
  const steps = Array.from({ length: count }, (_, i): PathwayStep => {
    const phaseStart = i - (i % 10);
    const after = i === 0 ? [] : i % 10 === 0 ? Array.from({ length: 10 }, (_, k) => `s${phaseStart - 10 + k}`) : [`s${i - 1}`];
    const type = i % 10 === 0 ? "family-meeting" : i % 10 === 5 ? "referral" : "task";
    return {
      id: `s${i}`,
      role: ROLES[i % ROLES.length] ?? "family",
      type,
      ...(type === "referral" ? { referralTo: "bup" as const } : {}),
      label: { nb: `Steg ${i}`, nn: `Steg ${i}`, en: `Step ${i}` },
      after,
      ...(i === 0 ? {} : { deadline: { after: `s${i - 1}`, days: 7 } }),
      ...(type === "task" ? {} : { needsConsent: true }),
    };
  });
  return { id: `own-${count}`, label: { nb: "Eget", nn: "Eige", en: "Own" }, steps };
}

/**
 * Every step of {@link makeOwnPathway} done once, a day apart, with the young person's consent where
 * needed; every seventh three days early (before its precondition), every eleventh ten days late
 * (overdue), every third consent a parent's (which no longer counts).
 */
function makeOwnCase(pathway: PathwayDefinition): PathwayCase {
  const steps = pathway.steps.map((step, i): PathwayStepRecord => {
    const doneOn = addDays(START, i + (i % 7 === 6 ? -3 : 0) + (i % 11 === 5 ? 10 : 0));
    const consent = step.needsConsent === true ? { consent: { givenBy: i % 3 === 0 ? ("parent" as const) : ("user" as const), givenOn: doneOn } } : {};
    return { stepId: step.id, doneOn, byRole: step.role, ...consent };
  });
  return caseOf(pathway.id, steps);
}

// Built once, outside the timed work; the validate cases get plain JSON, as read from a file.
const builtIn1k = makeBuiltInCase(1_000);
const builtIn10k = makeBuiltInCase(10_000);
const json1k: unknown = JSON.parse(JSON.stringify(builtIn1k));
const json10k: unknown = JSON.parse(JSON.stringify(builtIn10k));
const own1k = makeOwnPathway(1_000);
const own10k = makeOwnPathway(10_000);
const ownCase1k = makeOwnCase(own1k);
const ownCase10k = makeOwnCase(own10k);

/**
 * Benchmarks for care pathways (forløp). Each 10x case names its 1x case as baseline: a ratio at or
 * under 11x shows linear growth.
 *
 * @example
 * pathwayBenchCases.filter((benchCase) => benchCase.target?.max === 11).length
 * //=> 4
 */
export const pathwayBenchCases: BenchCase[] = [
  { name: BUILT_IN_1K, fn: () => checkPathwayCase(builtIn1k, { today: TODAY }) },
  { name: "checkPathwayCase: 10 000 steps done, built-in pathway", fn: () => checkPathwayCase(builtIn10k, { today: TODAY }), baseline: BUILT_IN_1K, target: { max: 11 } },
  { name: VALIDATE_1K, fn: () => validatePathwayCase(json1k, { today: TODAY }) },
  { name: "validatePathwayCase: 10 000 steps done, built-in pathway", fn: () => validatePathwayCase(json10k, { today: TODAY }), baseline: VALIDATE_1K, target: { max: 11 } },
  { name: OWN_1K, fn: () => checkPathwayCase(ownCase1k, { today: TODAY, pathways: [own1k] }) },
  {
    name: "checkPathwayCase: own pathway of 10 000 steps, fan-in of 10",
    fn: () => checkPathwayCase(ownCase10k, { today: TODAY, pathways: [own10k] }),
    baseline: OWN_1K,
    target: { max: 11 },
    note: "the pathway is passed in `pathways` and so validated on every call; every step done once, some out of order or late",
  },
  { name: DEFINITION_1K, fn: () => validatePathwayDefinition(own1k, {}) },
  { name: "validatePathwayDefinition: 10 000 steps, fan-in of 10", fn: () => validatePathwayDefinition(own10k, {}), baseline: DEFINITION_1K, target: { max: 11 } },
];
