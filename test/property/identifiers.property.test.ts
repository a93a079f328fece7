import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, isCalendarDate } from "../../src/core/dates/calendar-date.js";
import {
  isValidOrganizationNumber,
  validateNationalId,
  type NationalIdKind,
} from "../../src/core/identifiers/index.js";

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

type K1Rule = 11 | 12 | 13 | 14;

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0);
}

/** k1 by `rule` (11 classic, 12-14 relaxed from 2032), k2 classic; undefined when a digit would be 10. */
function withCheckDigits(first9: string, rule: K1Rule = 11): string | undefined {
  const digits = Array.from(first9, Number);
  const k1 = (rule - (weightedSum(digits, K1_WEIGHTS) % 11)) % 11;
  if (k1 === 10) return undefined;
  const k2 = (11 - (weightedSum([...digits, k1], K2_WEIGHTS) % 11)) % 11;
  return k2 === 10 ? undefined : `${first9}${k1}${k2}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** An individual number that gives the year's century under the classic rules. */
function individualFor(year: number): fc.Arbitrary<number> {
  if (year < 1900) return fc.integer({ min: 500, max: 749 });
  if (year < 1940) return fc.integer({ min: 0, max: 499 });
  if (year < 2000) return fc.oneof(fc.integer({ min: 0, max: 499 }), fc.integer({ min: 900, max: 999 }));
  return fc.integer({ min: 500, max: 999 });
}

type Variant = "plain" | "d-number" | "h-number" | "synthetic" | "synthetic-d-number";

interface Generated {
  readonly first9: string;
  readonly kind: NationalIdKind;
  readonly synthetic: boolean;
  readonly birthDate: string;
}

const generatedArb: fc.Arbitrary<Generated> = fc
  .record({
    year: fc.integer({ min: 1854, max: 2039 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayPick: fc.integer({ min: 1, max: 31 }),
    variant: fc.constantFrom<Variant>("plain", "d-number", "h-number", "synthetic", "synthetic-d-number"),
  })
  .chain(({ year, month, dayPick, variant }) =>
    individualFor(year).map((individual): Generated => {
      const day = Math.min(dayPick, daysInMonth(year, month));
      const dNumber = variant === "d-number" || variant === "synthetic-d-number";
      const synthetic = variant === "synthetic" || variant === "synthetic-d-number";
      const monthOffset = synthetic ? 80 : variant === "h-number" ? 40 : 0;
      const first9 = `${pad(day + (dNumber ? 40 : 0), 2)}${pad(month + monthOffset, 2)}${pad(year % 100, 2)}${pad(individual, 3)}`;
      const kind: NationalIdKind = dNumber ? "d-number" : variant === "h-number" ? "h-number" : "fodselsnummer";
      return { first9, kind, synthetic, birthDate: `${year}-${pad(month, 2)}-${pad(day, 2)}` };
    }),
  );

/** Valid classic numbers: cases where a check digit would be 10 are skipped. */
const validIdArb = generatedArb
  .map((generated) => ({ ...generated, id: withCheckDigits(generated.first9) }))
  .filter((generated): generated is Generated & { id: string } => generated.id !== undefined);

const digitChangeArb = fc.record({ position: fc.integer({ min: 0, max: 10 }), delta: fc.integer({ min: 1, max: 9 }) });

function changeDigit(text: string, position: number, delta: number): string {
  const changed = (Number(text.charAt(position)) + delta) % 10;
  return `${text.slice(0, position)}${changed}${text.slice(position + 1)}`;
}

describe("validateNationalId (properties)", () => {
  it("accepts every generated classic number with its kind, synthetic flag and birth date", () => {
    fc.assert(
      fc.property(validIdArb, ({ id, kind, synthetic, birthDate }) => {
        expect(validateNationalId(id)).toEqual({ valid: true, kind, synthetic, birthDate, checkDigits: "classic" });
      }),
    );
  });

  it("rejects every single-digit change, in any of the 11 positions, k1 included", () => {
    // k2's equation covers all ten digits before it with weights that are non-zero mod 11, and the
    // 2032 rule leaves it alone: changing one digit (k1 too) always breaks it.
    fc.assert(
      fc.property(validIdArb, digitChangeArb, ({ id }, { position, delta }) => {
        expect(validateNationalId(changeDigit(id, position, delta)).valid).toBe(false);
      }),
    );
  });

  it("accepts another k1 only together with a recomputed k2, as a 2032-format number", () => {
    fc.assert(
      fc.property(validIdArb, fc.constantFrom<K1Rule>(12, 13, 14), ({ first9, kind, synthetic }, rule) => {
        const relaxed = withCheckDigits(first9, rule);
        fc.pre(relaxed !== undefined);
        const result = validateNationalId(relaxed);
        expect(result).toEqual({ valid: true, kind, synthetic, checkDigits: "2032" });
        expect(result.valid && "birthDate" in result).toBe(false);
      }),
    );
  });

  it("accepts a 2032-format number whatever its individual number, with no birth date", () => {
    const arb = fc.record({
      generated: generatedArb,
      individual: fc.integer({ min: 0, max: 999 }),
      rule: fc.constantFrom<K1Rule>(12, 13, 14),
    });
    fc.assert(
      fc.property(arb, ({ generated, individual, rule }) => {
        const id = withCheckDigits(`${generated.first9.slice(0, 6)}${pad(individual, 3)}`, rule);
        fc.pre(id !== undefined);
        expect(validateNationalId(id)).toEqual({
          valid: true,
          kind: generated.kind,
          synthetic: generated.synthetic,
          checkDigits: "2032",
        });
      }),
    );
  });

  it("gives a calendar date for every valid classic 11-digit string", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (text) => {
        const result = validateNationalId(text);
        if (result.valid && result.checkDigits === "classic") expect(isCalendarDate(result.birthDate)).toBe(true);
        if (result.valid && result.checkDigits === "2032") expect(result.birthDate).toBeUndefined();
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => validateNationalId(value)).not.toThrow();
      }),
    );
  });
});

function withOrgCheckDigit(first8: string): string | undefined {
  const check = (11 - (weightedSum(Array.from(first8, Number), ORG_WEIGHTS) % 11)) % 11;
  return check === 10 ? undefined : `${first8}${check}`;
}

const validOrgArb = fc
  .integer({ min: 0, max: 99_999_999 })
  .map((value) => withOrgCheckDigit(pad(value, 8)))
  .filter((value): value is string => value !== undefined);

describe("isValidOrganizationNumber (properties)", () => {
  it("accepts every number built with its check digit", () => {
    fc.assert(
      fc.property(validOrgArb, (value) => {
        expect(isValidOrganizationNumber(value)).toBe(true);
      }),
    );
  });

  it("rejects every single-digit change", () => {
    const change = fc.record({ position: fc.integer({ min: 0, max: 8 }), delta: fc.integer({ min: 1, max: 9 }) });
    fc.assert(
      fc.property(validOrgArb, change, (value, { position, delta }) => {
        expect(isValidOrganizationNumber(changeDigit(value, position, delta))).toBe(false);
      }),
    );
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => isValidOrganizationNumber(value)).not.toThrow();
      }),
    );
  });
});
