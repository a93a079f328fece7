// ajv on the emitted JSON Schema and zod agree wherever JSON Schema can say what zod checks: every
// document zod accepts, ajv accepts; every document zod rejects for a structural reason (a wrong
// type, a missing required field, an unknown enum value, a bad format, a field the schema does not
// know), ajv rejects too. Tried one and two mutations away from a valid document of every kind.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { DocumentKindName } from "../../src/documents/kinds.js";
import { mutate, mutation } from "../property/_mutate.js";
import { ajvFor, asJson, fixtureDocuments, zodFor } from "./_ajv.js";

const RUNS = Math.min(Number(process.env.PROPERTY_RUNS ?? 200), 3000);

/**
 * Structural: zod names a reason JSON Schema has a keyword for. A custom issue comes from a
 * refinement (a checksum, dates in order), which JSON Schema may not be able to say.
 */
const structural = (issues: readonly z.core.$ZodIssue[]): boolean => issues.some((issue) => issue.code !== "custom");

/** What zod said: so a test can tell it tried both sides. */
type Verdict = "accepted" | "structural" | "refinement";

function expectAgreement(kind: DocumentKindName, input: unknown): Verdict {
  const document = asJson(input);
  const parsed = z.safeParse(zodFor(kind), document);
  const validate = ajvFor(kind);
  const accepted = validate(document);
  if (parsed.success) {
    expect(accepted ? [] : validate.errors, "zod accepts, so must ajv").toEqual([]);
    return "accepted";
  }
  if (!structural(parsed.error.issues)) return "refinement";
  expect(accepted, `zod rejects: ${JSON.stringify(parsed.error.issues[0])}`).toBe(false);
  return "structural";
}

// One valid document of each kind (the first fixture of it).
const seeds = new Map(fixtureDocuments().reverse().map((sample) => [sample.kind, sample.document]));

describe.each([...seeds])("ajv on the %s schema", (kind, valid) => {
  it("agrees with zod one and two mutations away from a valid document", () => {
    expect(expectAgreement(kind, valid)).toBe("accepted");
    const seen = new Map<Verdict, number>();
    fc.assert(
      fc.property(mutation, fc.option(mutation, { nil: undefined }), (first, second) => {
        const once = mutate(valid, first);
        const verdict = expectAgreement(kind, second === undefined ? once : mutate(once, second));
        seen.set(verdict, (seen.get(verdict) ?? 0) + 1);
      }),
      { numRuns: RUNS },
    );
    // Both sides were tried: mutants zod accepts and mutants it rejects for their structure.
    expect(seen.get("accepted") ?? 0).toBeGreaterThan(0);
    expect(seen.get("structural") ?? 0).toBeGreaterThan(RUNS / 5);
  });

  it("agrees with zod on any JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        expectAgreement(kind, value);
      }),
      { numRuns: RUNS },
    );
  });
});
