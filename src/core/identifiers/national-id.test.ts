import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { NationalIdSchema, validateNationalId, type NationalIdResult } from "./national-id.js";

function paramsOf(issue: z.core.$ZodIssue | undefined): unknown {
  return issue?.code === "custom" ? issue.params : undefined;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * (digits[index] ?? 0), 0);
}

/**
 * Appends check digits to the first nine digits: k1 by `rule` (11 is the classic rule, 12-14 the
 * relaxed values allowed from 2032), k2 always by the classic rule. Undefined when a digit would be 10.
 */
function withCheckDigits(first9: string, rule: 11 | 12 | 13 | 14 = 11): string | undefined {
  const digits = Array.from(first9, Number);
  const k1 = (rule - (weightedSum(digits, K1_WEIGHTS) % 11)) % 11;
  if (k1 === 10) return undefined;
  const k2 = (11 - (weightedSum([...digits, k1], K2_WEIGHTS) % 11)) % 11;
  if (k2 === 10) return undefined;
  return `${first9}${k1}${k2}`;
}

/** Like {@link withCheckDigits}, for cases known to have check digits; fails the test otherwise. */
function make(first9: string, rule: 11 | 12 | 13 | 14 = 11): string {
  const id = withCheckDigits(first9, rule);
  if (id === undefined) throw new Error(`test data: ${first9} has no check digits under rule ${rule}`);
  return id;
}

/** The first of the individual numbers from `from` that has check digits. */
function firstWithCheckDigits(prefix6: string, from: number, rule: 11 | 12 | 13 | 14 = 11): string {
  for (let individual = from; individual <= 999; individual += 1) {
    const id = withCheckDigits(`${prefix6}${String(individual).padStart(3, "0")}`, rule);
    if (id !== undefined) return id;
  }
  throw new Error(`test data: no individual number from ${from} fits ${prefix6}`);
}

function reasonOf(result: NationalIdResult): string | undefined {
  return result.valid ? undefined : result.reason;
}

describe("validateNationalId", () => {
  it("accepts a synthetic fødselsnummer (month + 80) and gives the real birth date", () => {
    expect(validateNationalId("15859012342")).toEqual({
      valid: true,
      kind: "fodselsnummer",
      synthetic: true,
      birthDate: "1990-05-15",
      checkDigits: "classic",
    });
  });

  it("accepts the documented vector 02013299997, born in 2032", () => {
    expect(validateNationalId("02013299997")).toEqual({
      valid: true,
      kind: "fodselsnummer",
      synthetic: false,
      birthDate: "2032-01-02",
      checkDigits: "classic",
    });
  });

  it("never reports gender", () => {
    const result = validateNationalId("15859012342");
    expect(Object.keys(result).sort()).toEqual(["birthDate", "checkDigits", "kind", "synthetic", "valid"]);
  });

  it("trims surrounding whitespace", () => {
    expect(validateNationalId(" 15859012342\n").valid).toBe(true);
  });

  it("reads a synthetic D-number (day + 40, month + 80)", () => {
    const result = validateNationalId(firstWithCheckDigits("558590", 123));
    expect(result).toMatchObject({ valid: true, kind: "d-number", synthetic: true, birthDate: "1990-05-15" });
  });

  it("reads a D-number on the last day of a month (day 31 + 40)", () => {
    const result = validateNationalId(firstWithCheckDigits("718112", 100));
    expect(result).toMatchObject({ valid: true, kind: "d-number", synthetic: true, birthDate: "1912-01-31" });
  });

  it("reads an H-number (month + 40), which is never synthetic", () => {
    const result = validateNationalId(firstWithCheckDigits("154590", 123));
    expect(result).toMatchObject({ valid: true, kind: "h-number", synthetic: false, birthDate: "1990-05-15" });
  });

  it("reads the century from the individual number", () => {
    const born = (first6: string, from: number): string | undefined => {
      const result = validateNationalId(firstWithCheckDigits(first6, from));
      return result.valid ? result.birthDate : undefined;
    };
    expect(born("018185", 0)).toBe("1985-01-01");
    expect(born("018185", 500)).toBe("1885-01-01");
    expect(born("018154", 700)).toBe("1854-01-01");
    expect(born("018150", 900)).toBe("1950-01-01");
    expect(born("018105", 500)).toBe("2005-01-01");
    expect(born("018139", 950)).toBe("2039-01-01");
    expect(born("018140", 0)).toBe("1940-01-01");
  });

  it("accepts 29 February only in a leap year", () => {
    expect(validateNationalId(firstWithCheckDigits("298288", 100))).toMatchObject({ birthDate: "1988-02-29" });
    expect(reasonOf(validateNationalId(firstWithCheckDigits("298289", 100)))).toBe("date");
    expect(validateNationalId(firstWithCheckDigits("298200", 500))).toMatchObject({ birthDate: "2000-02-29" });
  });

  it("accepts a 2032-format number whose k1 is not the classic one, with no birth date", () => {
    const id = make("158590123", 12);
    expect(id).not.toBe(make("158590123", 11));
    const result = validateNationalId(id);
    expect(result).toEqual({ valid: true, kind: "fodselsnummer", synthetic: true, checkDigits: "2032" });
    expect("birthDate" in result).toBe(false);
  });

  it("accepts each relaxed k1 (rules 12, 13 and 14)", () => {
    for (const rule of [12, 13, 14] as const) {
      const id = firstWithCheckDigits("158590", 200, rule);
      expect(validateNationalId(id)).toMatchObject({ valid: true, checkDigits: "2032" });
    }
  });

  it("accepts a 2032-format number where the classic k1 would be 10", () => {
    const first9 = Array.from({ length: 1000 }, (_, n) => `158590${String(n).padStart(3, "0")}`).find(
      (candidate) => {
        const digits = Array.from(candidate, Number);
        return (11 - (weightedSum(digits, K1_WEIGHTS) % 11)) % 11 === 10 && withCheckDigits(candidate, 12) !== undefined;
      },
    );
    expect(first9).toBeDefined();
    const id = make(first9 ?? "", 12);
    expect(id.charAt(9)).toBe("0");
    expect(validateNationalId(id)).toMatchObject({ valid: true, checkDigits: "2032" });
  });

  it("does not apply the century rule to 2032-format numbers", () => {
    // Individual number 800 with year 50 gives no century under the classic rules.
    expect(reasonOf(validateNationalId(firstWithCheckDigits("158550", 800)))).toBe("century");
    expect(validateNationalId(firstWithCheckDigits("158550", 800, 12))).toMatchObject({
      valid: true,
      checkDigits: "2032",
    });
  });

  it("allows 29 February in a 2032-format number, but not 30 February", () => {
    expect(validateNationalId(firstWithCheckDigits("298289", 100, 13))).toMatchObject({ valid: true });
    expect(reasonOf(validateNationalId(firstWithCheckDigits("308289", 100, 13)))).toBe("date");
  });

  it("rejects wrong check digits with reason checksum", () => {
    expect(reasonOf(validateNationalId("15859012343"))).toBe("checksum");
    expect(reasonOf(validateNationalId("15859012302"))).toBe("checksum");
    expect(reasonOf(validateNationalId("02013299996"))).toBe("checksum");
  });

  it("rejects a k1 the relaxed rule does not allow", () => {
    const first9 = "158590123";
    const allowed = new Set(([11, 12, 13, 14] as const).map((rule) => withCheckDigits(first9, rule)?.charAt(9)));
    const candidates = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
      .filter((k1) => !allowed.has(String(k1)))
      .map((k1) => ({ k1, k2: (11 - (weightedSum([...Array.from(first9, Number), k1], K2_WEIGHTS) % 11)) % 11 }))
      .filter(({ k2 }) => k2 < 10);
    expect(candidates.length).toBeGreaterThan(0);
    for (const { k1, k2 } of candidates) {
      expect(reasonOf(validateNationalId(`${first9}${k1}${k2}`))).toBe("checksum");
    }
  });

  it("rejects a value that is not 11 characters with reason length", () => {
    expect(reasonOf(validateNationalId(""))).toBe("length");
    expect(reasonOf(validateNationalId("1585901234"))).toBe("length");
    expect(reasonOf(validateNationalId("158590123420"))).toBe("length");
    expect(reasonOf(validateNationalId("158590 12342"))).toBe("length");
  });

  it("rejects a value with characters other than digits with reason format", () => {
    expect(reasonOf(validateNationalId("1585901234a"))).toBe("format");
    expect(reasonOf(validateNationalId("158590-1234"))).toBe("format");
    expect(reasonOf(validateNationalId("１５８５９０１２３４２".slice(0, 11)))).toBe("format");
  });

  it("rejects an impossible day or month with reason date", () => {
    expect(reasonOf(validateNationalId(firstWithCheckDigits("328590", 100)))).toBe("date");
    expect(reasonOf(validateNationalId(firstWithCheckDigits("008590", 100)))).toBe("date");
    expect(reasonOf(validateNationalId(firstWithCheckDigits("158090", 100)))).toBe("date");
    expect(reasonOf(validateNationalId(firstWithCheckDigits("159390", 100)))).toBe("date");
    expect(reasonOf(validateNationalId(firstWithCheckDigits("318490", 100)))).toBe("date");
    expect(reasonOf(validateNationalId(firstWithCheckDigits("728590", 100)))).toBe("date");
  });

  it("rejects day + 40 together with month + 40 with reason date", () => {
    expect(reasonOf(validateNationalId(firstWithCheckDigits("554590", 100)))).toBe("date");
  });

  it("rejects an individual number and year with no century with reason century", () => {
    expect(reasonOf(validateNationalId(firstWithCheckDigits("158550", 500)))).toBe("century");
    expect(reasonOf(validateNationalId(firstWithCheckDigits("158599", 750)))).toBe("century");
  });

  it("rejects a value that is not a string with reason type", () => {
    for (const value of [15859012342, null, undefined, {}, ["15859012342"], 15859012342n]) {
      expect(reasonOf(validateNationalId(value))).toBe("type");
    }
  });
});

describe("NationalIdSchema", () => {
  it("parses a valid number and trims it", () => {
    const parsed = NationalIdSchema.safeParse(" 15859012342 ");
    expect(parsed.success).toBe(true);
    expect(parsed.data).toBe("15859012342");
  });

  it("reports a custom issue with the finding code and reason, without the input", () => {
    const parsed = NationalIdSchema.safeParse("15859012343");
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.code).toBe("custom");
    expect(paramsOf(issue)).toEqual({ code: "schema/invalid-national-id", reason: "checksum" });
    expect(JSON.stringify(parsed.error?.issues)).not.toContain("15859012343");
  });

  it("leaves a non-string to zod's own type issue", () => {
    const parsed = NationalIdSchema.safeParse(15859012342);
    expect(parsed.error?.issues[0]?.code).toBe("invalid_type");
  });
});
