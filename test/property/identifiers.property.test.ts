import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isValidOrganizationNumber,
  validateNationalId,
  type NationalIdKind,
} from "../../src/core/identifiers/index.js";
import { pad, withCheckDigits, type K1Rule } from "../fixtures/national-ids.js";
import {
  anyNationalIdArb,
  birthDateArb,
  elevenDigitsArb,
  EXTENDED_D_SERIES,
  first9Of,
  individualIn,
  isoOf,
  REGISTRY_SERIES,
  seriesCenturies,
  shapeArb,
  type Shape,
} from "./identifiers.arbitraries.js";

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

function expectedKind(shape: Shape): { kind: NationalIdKind; synthetic: boolean } {
  if (shape.dNumber) return { kind: "d-number", synthetic: shape.monthOffset !== 0 };
  if (shape.monthOffset === 40) return { kind: "h-number", synthetic: false };
  return { kind: "fodselsnummer", synthetic: shape.monthOffset === 80 };
}

/** Numbers whose individual number one series gives to the birth year, with classic check digits. */
function onSeriesArb(series: typeof REGISTRY_SERIES, dNumberOnly: boolean) {
  return fc
    .record({ shape: shapeArb, date: birthDateArb.filter(({ year }) => !dNumberOnly || year >= 1858) })
    .map(({ shape, date }) => ({ shape: dNumberOnly ? { ...shape, dNumber: true } : shape, date }))
    .chain(({ shape, date }) =>
      individualIn(series, date.year).map((individual) => ({
        shape,
        date,
        individual,
        first9: first9Of(shape, date, individual),
      })),
    )
    .map((generated) => ({ ...generated, id: withCheckDigits(generated.first9) }))
    .filter((generated): generated is typeof generated & { id: string } => generated.id !== undefined);
}

const digitChangeArb = fc.record({ position: fc.integer({ min: 0, max: 10 }), delta: fc.integer({ min: 1, max: 9 }) });

function changeDigit(text: string, position: number, delta: number): string {
  const changed = (Number(text.charAt(position)) + delta) % 10;
  return `${text.slice(0, position)}${changed}${text.slice(position + 1)}`;
}

describe("validateNationalId (properties)", () => {
  it("accepts every number on the registry's series, with kind, synthetic flag and birth date", () => {
    fc.assert(
      fc.property(onSeriesArb(REGISTRY_SERIES, false), ({ shape, date, individual, id }) => {
        const result = validateNationalId(id);
        // A D-number the extended series reads in another century has no birth date.
        const extended = seriesCenturies(EXTENDED_D_SERIES, individual, date.year % 100);
        const otherReading = shape.dNumber && extended.size > 0 && !extended.has(Math.floor(date.year / 100) * 100);
        const birthDate = otherReading ? {} : { birthDate: isoOf(date) };
        expect(result).toEqual({ valid: true, value: id, ...expectedKind(shape), ...birthDate, checkDigits: "classic" });
      }),
    );
  });

  it("accepts every D-number on the extended series, with a birth date unless the old series disagrees", () => {
    fc.assert(
      fc.property(onSeriesArb(EXTENDED_D_SERIES, true), ({ date, individual, id }) => {
        const old = seriesCenturies(REGISTRY_SERIES, individual, date.year % 100);
        const agrees = old.size === 0 || old.has(Math.floor(date.year / 100) * 100);
        const result = validateNationalId(id);
        expect(result).toMatchObject({ valid: true, kind: "d-number" });
        expect(result.valid && result.birthDate).toBe(agrees ? isoOf(date) : undefined);
      }),
    );
  });

  it("rejects every single-digit change, in any of the 11 positions, k1 included", () => {
    // k2's equation covers all ten digits before it with weights that are non-zero mod 11, and the
    // 2032 rule leaves it alone: changing one digit (k1 too) always breaks it.
    fc.assert(
      fc.property(onSeriesArb(REGISTRY_SERIES, false), digitChangeArb, ({ id }, { position, delta }) => {
        expect(validateNationalId(changeDigit(id, position, delta)).valid).toBe(false);
      }),
    );
  });

  it("accepts a 2032-rule number of any shape and individual number, with no birth date", () => {
    const arb = fc.record({
      shape: shapeArb,
      date: birthDateArb,
      individual: fc.integer({ min: 0, max: 999 }),
      rule: fc.constantFrom<K1Rule>(12, 13, 14),
    });
    fc.assert(
      fc.property(arb, ({ shape, date, individual, rule }) => {
        const id = withCheckDigits(first9Of(shape, date, individual), rule);
        fc.pre(id !== undefined && withCheckDigits(id.slice(0, 9)) !== id);
        expect(validateNationalId(id)).toEqual({ valid: true, value: id, ...expectedKind(shape), checkDigits: "2032" });
      }),
    );
  });

  it("gives a birth date only where one century is possible, and it matches the digits", () => {
    fc.assert(
      fc.property(anyNationalIdArb, (input) => {
        const result = validateNationalId(input);
        if (!result.valid) return;
        expect(result.value).toMatch(/^\d{11}$/);
        if (result.birthDate === undefined) return;
        expect(result.checkDigits).toBe("classic");
        const [year = 0, month = 0, day = 0] = result.birthDate.split("-").map(Number);
        const digits = result.value;
        expect(Number(digits.slice(0, 2)) % 40).toBe(day % 40);
        expect(Number(digits.slice(2, 4)) % 40).toBe(month);
        expect(digits.slice(4, 6)).toBe(pad(year % 100, 2));
        const individual = Number(digits.slice(6, 9));
        const registry = seriesCenturies(REGISTRY_SERIES, individual, year % 100);
        const extended = result.kind === "d-number" ? seriesCenturies(EXTENDED_D_SERIES, individual, year % 100) : [];
        const centuries = new Set([...registry, ...extended]);
        expect([...centuries]).toEqual([Math.floor(year / 100) * 100]);
      }),
    );
  });

  it("reads the typed form DDMMYY IIIKK exactly as the 11 digits", () => {
    fc.assert(
      fc.property(elevenDigitsArb, (digits) => {
        expect(validateNationalId(`${digits.slice(0, 6)} ${digits.slice(6)}`)).toEqual(validateNationalId(digits));
      }),
    );
  });

  it("reads an FH-number exactly when the first digit is 8 or 9", () => {
    fc.assert(
      fc.property(anyNationalIdArb, (input) => {
        const result = validateNationalId(input);
        if (!result.valid) return;
        expect(result.kind === "fh-number").toBe(result.value.charAt(0) >= "8");
        if (result.kind === "fh-number") expect(result.birthDate).toBeUndefined();
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
  const sum = ORG_WEIGHTS.reduce((total, weight, index) => total + weight * Number(first8.charAt(index)), 0);
  const check = (11 - (sum % 11)) % 11;
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
