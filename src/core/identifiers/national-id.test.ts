import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  allowedK1,
  classicK1,
  firstId,
  k2For,
  makeId,
  pad,
  withCheckDigits,
} from "../../../test/fixtures/national-ids.js";
import { NationalIdSchema, validateNationalId, type NationalIdResult } from "./national-id.js";

function paramsOf(issue: z.core.$ZodIssue | undefined): unknown {
  return issue?.code === "custom" ? issue.params : undefined;
}

function reasonOf(result: NationalIdResult): string | undefined {
  return result.valid ? undefined : result.reason;
}

function bornOf(id: string): string | undefined {
  const result = validateNationalId(id);
  return result.valid ? result.birthDate : undefined;
}

describe("validateNationalId", () => {
  it("accepts a synthetic fødselsnummer (month + 80) and gives the real birth date", () => {
    expect(validateNationalId("15859012342")).toEqual({
      valid: true,
      value: "15859012342",
      kind: "fodselsnummer",
      synthetic: true,
      birthDate: "1990-05-15",
      checkDigits: "classic",
    });
  });

  it("accepts Skatteetaten's documented vector 02013299997, born in 2032", () => {
    expect(validateNationalId("02013299997")).toMatchObject({ valid: true, synthetic: false, birthDate: "2032-01-02" });
  });

  it("never reports gender", () => {
    const result = validateNationalId("15859012342");
    expect(Object.keys(result).sort()).toEqual(["birthDate", "checkDigits", "kind", "synthetic", "valid", "value"]);
  });

  it("trims surrounding whitespace and gives the 11 digits as value", () => {
    expect(validateNationalId(" 15859012342\n")).toMatchObject({ valid: true, value: "15859012342" });
  });

  it("reads the century of a synthetic fødselsnummer from the individual number", () => {
    expect(bornOf(firstId("018185", 0))).toBe("1985-01-01");
    expect(bornOf(firstId("018185", 500))).toBe("1885-01-01");
    expect(bornOf(firstId("018154", 700, 11, 749))).toBe("1854-01-01");
    expect(bornOf(firstId("018150", 900))).toBe("1950-01-01");
    expect(bornOf(firstId("018105", 500))).toBe("2005-01-01");
    expect(bornOf(firstId("018139", 950))).toBe("2039-01-01");
    expect(bornOf(firstId("018140", 0))).toBe("1940-01-01");
  });

  it("accepts 29 February only in a leap year of the century read", () => {
    expect(bornOf(firstId("298288", 100))).toBe("1988-02-29");
    expect(reasonOf(validateNationalId(firstId("298289", 100)))).toBe("date");
    expect(bornOf(firstId("298200", 500))).toBe("2000-02-29");
    // 1900 was no leap year: individual numbers 000-499 read year 00 as 1900.
    expect(reasonOf(validateNationalId(firstId("298200", 0)))).toBe("date");
  });
});

describe("validateNationalId: the typed form DDMMYY IIIKK", () => {
  it("accepts one space after the birth date and gives the 11 digits as value", () => {
    expect(validateNationalId("158590 12342")).toEqual(validateNationalId("15859012342"));
    expect(validateNationalId(" 158590 12342 ")).toMatchObject({ valid: true, value: "15859012342" });
  });

  it("still checks the digits of the typed form", () => {
    expect(reasonOf(validateNationalId("158590 12343"))).toBe("checksum");
  });

  it("keeps every other separator or spacing a length or format failure", () => {
    expect(reasonOf(validateNationalId("158590  12342"))).toBe("length");
    expect(reasonOf(validateNationalId("15859 012342"))).toBe("length");
    expect(reasonOf(validateNationalId("158590-12342"))).toBe("length");
    expect(reasonOf(validateNationalId("158590\t12342"))).toBe("length");
    expect(reasonOf(validateNationalId("158590 1234"))).toBe("format");
    expect(reasonOf(validateNationalId("158 590 12342"))).toBe("length");
  });
});

describe("validateNationalId: the 2032 rule", () => {
  it("accepts a number whose k1 is only valid from 2032, with no birth date", () => {
    const id = makeId("158590123", 12);
    expect(id).not.toBe(makeId("158590123", 11));
    const result = validateNationalId(id);
    expect(result).toEqual({ valid: true, value: id, kind: "fodselsnummer", synthetic: true, checkDigits: "2032" });
  });

  it("accepts each relaxed k1 (12, 13 and 14 minus the sum)", () => {
    for (const rule of [12, 13, 14] as const) {
      expect(validateNationalId(firstId("158590", 200, rule))).toMatchObject({ valid: true, checkDigits: "2032" });
    }
  });

  it("accepts a 2032 number where the classic k1 would be 10", () => {
    const first9 = Array.from({ length: 1000 }, (_, n) => `158590${pad(n, 3)}`).find(
      (candidate) => classicK1(candidate) === 10 && withCheckDigits(candidate, 12) !== undefined,
    );
    expect(first9).toBeDefined();
    const id = makeId(first9 ?? "", 12);
    expect(id.charAt(9)).toBe("0");
    expect(validateNationalId(id)).toMatchObject({ valid: true, checkDigits: "2032" });
  });

  it("does not read the century of a 2032 number", () => {
    // A real number with individual number 800 and year 50 fits no series under the classic rule.
    expect(reasonOf(validateNationalId(firstId("150550", 800)))).toBe("century");
    expect(validateNationalId(firstId("150550", 800, 12))).toEqual(
      expect.objectContaining({ valid: true, kind: "fodselsnummer", synthetic: false, checkDigits: "2032" }),
    );
    expect("birthDate" in validateNationalId(firstId("150550", 800, 12))).toBe(false);
  });

  it("allows 29 February in a 2032 number only when some century has it", () => {
    expect(validateNationalId(firstId("298288", 100, 13))).toMatchObject({ valid: true });
    expect(validateNationalId(firstId("298200", 100, 13))).toMatchObject({ valid: true });
    expect(reasonOf(validateNationalId(firstId("298289", 100, 13)))).toBe("date");
    expect(reasonOf(validateNationalId(firstId("308288", 100, 13)))).toBe("date");
  });
});

describe("validateNationalId: failures", () => {
  it("rejects wrong check digits with reason checksum", () => {
    expect(reasonOf(validateNationalId("15859012343"))).toBe("checksum");
    expect(reasonOf(validateNationalId("15859012302"))).toBe("checksum");
    expect(reasonOf(validateNationalId("02013299996"))).toBe("checksum");
  });

  it("rejects a k1 the relaxed rule does not allow", () => {
    const first9 = "158590123";
    const allowed = allowedK1(first9);
    const candidates = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
      .filter((k1) => !allowed.has(k1))
      .flatMap((k1) => {
        const k2 = k2For(first9, k1);
        return k2 === undefined ? [] : [`${first9}${k1}${k2}`];
      });
    expect(candidates.length).toBeGreaterThan(0);
    for (const id of candidates) expect(reasonOf(validateNationalId(id))).toBe("checksum");
  });

  it("rejects a value that is not 11 digits long with reason length", () => {
    expect(reasonOf(validateNationalId(""))).toBe("length");
    expect(reasonOf(validateNationalId("1585901234"))).toBe("length");
    expect(reasonOf(validateNationalId("158590123420"))).toBe("length");
  });

  it("rejects a value with characters other than digits with reason format", () => {
    expect(reasonOf(validateNationalId("1585901234a"))).toBe("format");
    expect(reasonOf(validateNationalId("158590-1234"))).toBe("format");
    expect(reasonOf(validateNationalId("１５８５９０１２３４２".slice(0, 11)))).toBe("format");
  });

  it("rejects an impossible day or month with reason date", () => {
    for (const prefix of ["328590", "008590", "158090", "159390", "318490", "728590", "408590", "558090"]) {
      expect(reasonOf(validateNationalId(firstId(prefix, 100)))).toBe("date");
    }
  });

  it("rejects a real number whose individual number and year fit no series with reason century", () => {
    // Such numbers were never issued: 500-749 with year 40-53, 750-899 with year 40-99.
    expect(reasonOf(validateNationalId(firstId("150550", 500, 11, 749)))).toBe("century");
    expect(reasonOf(validateNationalId(firstId("150599", 750, 11, 899)))).toBe("century");
  });

  it("reports date before century when the day exists in no century", () => {
    expect(reasonOf(validateNationalId(firstId("300250", 800, 11, 899)))).toBe("date");
  });

  it("rejects a value that is not a string with reason type", () => {
    for (const value of [15859012342, null, undefined, {}, ["15859012342"], 15859012342n]) {
      expect(reasonOf(validateNationalId(value))).toBe("type");
    }
  });
});

describe("NationalIdSchema", () => {
  it("parses a valid number, trimmed and with the typed space removed", () => {
    expect(NationalIdSchema.safeParse(" 15859012342 ").data).toBe("15859012342");
    expect(NationalIdSchema.safeParse("158590 12342").data).toBe("15859012342");
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
    expect(NationalIdSchema.safeParse(15859012342).error?.issues[0]?.code).toBe("invalid_type");
  });

  it("does not mutate its input", () => {
    const input = { id: " 158590 12342 " };
    NationalIdSchema.parse(input.id);
    expect(input).toEqual({ id: " 158590 12342 " });
  });
});
