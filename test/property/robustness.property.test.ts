// Robustness of every public function of the checking concepts: on any JSON, on near-valid
// documents and on any options, a function throws nothing but its documented TypeError or
// RangeError (never one from deep inside), never writes to its input and never hangs.
// PROPERTY_RUNS sets the runs per property (200 by default; `npm run test:properties` uses 10 000).
import fc from "fast-check";
import * as library from "samhandling";
import { describe, expect, it } from "vitest";
import { deepFreeze } from "../fixtures/deep-freeze.js";
import { mutate, mutation } from "./_mutate.js";
import { actionPlanSubjects, farPastActionPlan, type Subject, subjects as firstSubjects } from "./_robustness-subjects.js";
import { moreSubjects } from "./_robustness-subjects-2.js";
import { developmentProjectSubjects, evaluationSubjects } from "./_robustness-subjects-evaluation.js";
import { fhirMoreSubjects } from "./_robustness-subjects-fhirmore.js";
import { pathwaySubjects } from "./_robustness-subjects-pathway.js";

const subjects: readonly Subject[] = [
  ...firstSubjects,
  ...moreSubjects,
  ...fhirMoreSubjects,
  ...pathwaySubjects,
  ...evaluationSubjects,
  ...developmentProjectSubjects,
];

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
// A hang detector only, far above any call's real cost even on a busy machine; benchmarks live in
// test/bench. (Until recurrences are walked in constant time, a weekly row from 1800 costs ~1-2 s.)
const HANG_MS = 10_000;

// Messages of errors that escaped from inside a function instead of being raised at its door.
const RAW = /Cannot (read|set|convert|assign|add|delete|create)|is not (a function|iterable|an object|defined|extensible)|undefined is not|null is not|read.only|Maximum call stack|Invalid time value|Invalid array length/;
// Every documented error names its function or the option at fault.
const NAMED =
  /^(\w+: |(options\.)?(today|locale|rules|dueSoonDays|withinDays|by|minShare|year|months|maxFullTimeEquivalents|municipalityName|measures|followUpDays|inactiveDays|stepDays|referenceYear|done|since|maxMissed)\b|rules\[|shifting by)/;

function probe(subject: Subject, doc: unknown, options: unknown): unknown {
  const started = performance.now();
  try {
    return subject.call(doc, options);
  } catch (error) {
    if (!(error instanceof TypeError || error instanceof RangeError) || RAW.test(error.message) || !NAMED.test(error.message)) {
      throw new Error(`${subject.name} threw an undocumented error: ${String(error)}`, { cause: error });
    }
    return error;
  } finally {
    const elapsed = performance.now() - started;
    if (elapsed > HANG_MS) throw new Error(`${subject.name} took ${Math.round(elapsed)} ms`);
  }
}

function frozenCopy<T>(value: T): T {
  return deepFreeze(structuredClone(value));
}

const anyInput = fc.oneof(
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withSparseArray: true, withDate: true, withBigInt: true, withMap: true, withSet: true, withBoxedValues: true }),
);

const day = fc.oneof(
  fc.constantFrom("2013-06-01", "1800-01-01", "2200-12-31", "", "2025-02-29", "2025-13-01", "0000-01-01"),
  fc.date({ noInvalidDate: false }),
);
const optionValue = fc.oneof(
  anyInput,
  fc.constantFrom("nb", "nn", "en", "constructor", "toString", "__proto__", "fatal", "OFF", "", "off"),
  fc.integer({ min: -5, max: 4000 }),
  fc.double(),
);
const ruleSettings = fc.dictionary(
  fc.constantFrom("plan/period-ended", "action-plan/row-overdue", "schema/invalid-type", "constructor", "nope"),
  optionValue,
);
const anyOptions = fc.oneof(
  anyInput,
  optionValue,
  fc.record(
    {
      today: day,
      locale: optionValue,
      rules: fc.oneof(ruleSettings, optionValue),
      dueSoonDays: optionValue,
      withinDays: optionValue,
      by: fc.oneof(fc.constantFrom("national", "county", "municipality", "health-trust"), optionValue),
      minShare: fc.oneof(fc.double({ min: -1, max: 2 }), optionValue),
      year: fc.oneof(fc.integer({ min: 1990, max: 2030 }), optionValue),
      months: fc.oneof(fc.integer({ min: -6000, max: 6000 }), optionValue),
      maxFullTimeEquivalents: optionValue,
      followUpDays: optionValue,
      inactiveDays: optionValue,
      stepDays: optionValue,
      referenceYear: fc.oneof(fc.integer({ min: 1890, max: 2110 }), optionValue),
      done: fc.oneof(fc.boolean(), fc.array(day, { maxLength: 3 }), optionValue),
      since: fc.oneof(day, optionValue),
      maxMissed: fc.oneof(fc.integer({ min: -1, max: 10_001 }), optionValue),
    },
    { requiredKeys: [] },
  ),
);

// Each property stops after a minute even when its runs are not done (a run that passed stays
// passed; a failure found before is reported): at 10 000 runs the largest subjects (fromFhir on an
// 85 kB Bundle) would otherwise pass the 120 s test timeout on a loaded 2-core machine.
const params = { numRuns: RUNS, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: false };

describe("the subjects", () => {
  it("include every function the package exports", () => {
    const probed = new Set(subjects.map((subject) => subject.name.replace(/\(.*$/, "")));
    const functions = Object.entries(library).flatMap(([name, value]) => (typeof value === "function" ? [name] : []));
    expect(functions.length).toBeGreaterThan(50);
    expect(functions.filter((name) => !probed.has(name))).toEqual([]);
  });
});

describe.each(subjects.map((subject) => [subject.name, subject] as const))("%s", (_name, subject) => {
  it("works on its valid documents, without writing to them", () => {
    for (const doc of subject.docs) {
      const result = probe(subject, frozenCopy(doc), frozenCopy(subject.options));
      expect(result).not.toBeInstanceOf(Error);
    }
  });

  it("throws only documented errors on any input", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = probe(subject, deepFreeze(input), frozenCopy(subject.options));
        if (subject.total) expect(result).not.toBeInstanceOf(Error);
      }),
      params,
    );
  });

  it("throws only documented errors on near-valid documents, and writes to none", () => {
    fc.assert(
      fc.property(fc.nat(), mutation, (which, change) => {
        const doc = mutate(subject.docs[which % subject.docs.length], change);
        const before = structuredClone(doc);
        const result = probe(subject, deepFreeze(doc), frozenCopy(subject.options));
        if (subject.total) expect(result).not.toBeInstanceOf(Error);
        expect(doc).toEqual(before);
      }),
      params,
    );
  });

  it("throws only a TypeError or RangeError that names the option for any options", () => {
    fc.assert(
      fc.property(fc.nat(), anyOptions, (which, options) => {
        probe(subject, frozenCopy(subject.docs[which % subject.docs.length]), deepFreeze(options));
      }),
      params,
    );
  });
});

// The far-past recurrences of the issue ("22 junk action plans ... over 300 ms each"): few runs, as
// each can take a second or more until the dates helpers walk recurrences in constant time.
const FAR_PAST_RUNS = Math.ceil(RUNS / 450);
const farDay = fc.integer({ min: 1800, max: 1950 }).map((year) => `${year}-01-01`);
const recurrence = fc.oneof(
  fc.record({ kind: fc.constant("recurrence" as const), frequency: fc.constant("every" as const), interval: fc.integer({ min: 1, max: 4 }), unit: fc.constantFrom("week" as const, "month" as const), starts: farDay }),
  fc.record({ kind: fc.constant("recurrence" as const), frequency: fc.constant("times-per-year" as const), times: fc.integer({ min: 1, max: 52 }), starts: farDay }),
);

describe("action plans with far-past recurrences", () => {
  it.each(actionPlanSubjects().map((subject) => [subject.name, subject] as const))("%s returns on them, in bounded time", (_name, subject) => {
    fc.assert(
      fc.property(fc.array(recurrence, { minLength: 1, maxLength: 3 }), farDay, (recurrences, signedOn) => {
        const result = probe(subject, deepFreeze(farPastActionPlan(recurrences, signedOn)), frozenCopy(subject.options));
        expect(result).not.toBeInstanceOf(Error);
      }),
      { numRuns: FAR_PAST_RUNS },
    );
  });
});
