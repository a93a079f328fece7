import { describe, expect, it } from "vitest";
import { firstId, makeId } from "../../../test/fixtures/national-ids.js";
import { validateNationalId, type NationalIdResult } from "./national-id.js";

function reasonOf(result: NationalIdResult): string | undefined {
  return result.valid ? undefined : result.reason;
}

function bornOf(id: string): string | undefined {
  const result = validateNationalId(id);
  return result.valid ? result.birthDate : undefined;
}

describe("validateNationalId: FH-numbers (felles hjelpenummer)", () => {
  it("reads a number starting with 8 or 9 as an FH-number with no birth date", () => {
    expect(validateNationalId("80000000179")).toEqual({
      valid: true,
      value: "80000000179",
      kind: "fh-number",
      synthetic: false,
      checkDigits: "classic",
    });
    expect(validateNationalId(makeId("912345678"))).toMatchObject({ valid: true, kind: "fh-number" });
  });

  it("reads no date from an FH-number, whatever its digits 2-6", () => {
    // As a D-number 99 99 99 would be day 59, month 99: no date at all.
    expect(validateNationalId(firstId("999999", 0))).toMatchObject({ valid: true, kind: "fh-number" });
    expect("birthDate" in validateNationalId(firstId("899999", 0))).toBe(false);
  });

  it("checks an FH-number's control digits, the 2032 rule included", () => {
    expect(reasonOf(validateNationalId("80000000178"))).toBe("checksum");
    expect(validateNationalId(makeId("812345670", 12))).toMatchObject({
      valid: true,
      kind: "fh-number",
      checkDigits: "2032",
    });
  });

  it("reads first digits 4-7 as D-numbers, never as FH-numbers", () => {
    expect(validateNationalId(firstId("718112", 100))).toMatchObject({ valid: true, kind: "d-number" });
    expect(reasonOf(validateNationalId(firstId("728112", 100)))).toBe("date");
  });
});

describe("validateNationalId: D-numbers and their two series", () => {
  it("reads a synthetic D-number (day + 40, month + 80)", () => {
    expect(validateNationalId("55859012336")).toMatchObject({
      valid: true,
      kind: "d-number",
      synthetic: true,
      birthDate: "1990-05-15",
    });
    expect(bornOf(firstId("718112", 100))).toBe("1912-01-31");
  });

  it("reads Skatteetaten's test D-numbers from the extended series (2021)", () => {
    expect(bornOf("41814061033")).toBe("1940-01-01");
    expect(bornOf("41814075603")).toBe("1940-01-01");
    // 218 with year 00 is 1900 in the old series and 2000 in the extended one: no birth date.
    expect(validateNationalId("41810021827")).toEqual({
      valid: true,
      value: "41810021827",
      kind: "d-number",
      synthetic: true,
      checkDigits: "classic",
    });
  });

  it("gives an 1800s birth date only where both series say so (500-599)", () => {
    expect(bornOf(firstId("418185", 500, 11, 599))).toBe("1885-01-01");
    expect(bornOf(firstId("418155", 500, 11, 599))).toBe("1855-01-01");
  });

  it("gives no birth date for 600-749 with year 54-99 (1800s before 2021, 1900s since)", () => {
    const id = firstId("418185", 600, 11, 749);
    expect(validateNationalId(id)).toMatchObject({ valid: true, kind: "d-number" });
    expect(bornOf(id)).toBeUndefined();
  });

  it("reads the 1900s where only the extended series fits (750-899, or 600-749 with year 40-53)", () => {
    expect(bornOf(firstId("418185", 750, 11, 899))).toBe("1985-01-01");
    expect(bornOf(firstId("418145", 600, 11, 749))).toBe("1945-01-01");
  });

  it("reads years 00-39: 000-199 the 1900s, 200-499 unknown, 500-999 the 2000s", () => {
    expect(bornOf(firstId("418110", 0, 11, 199))).toBe("1910-01-01");
    expect(bornOf(firstId("418110", 300, 11, 499))).toBeUndefined();
    expect(bornOf(firstId("418110", 500))).toBe("2010-01-01");
  });

  it("refuses a real D-number outside both series with reason century", () => {
    // 500-599 with year 40-53 fits neither series: no such D-number was issued.
    expect(reasonOf(validateNationalId(firstId("410145", 500, 11, 599)))).toBe("century");
  });

  it("accepts a synthetic D-number outside both series, with no birth date", () => {
    const id = firstId("418145", 500, 11, 599);
    expect(validateNationalId(id)).toMatchObject({ valid: true, kind: "d-number", synthetic: true });
    expect(bornOf(id)).toBeUndefined();
  });
});

describe("validateNationalId: NAV's combined test numbers and H-numbers", () => {
  it("accepts a D-number with month + 40 (Dolly) as a synthetic D-number", () => {
    expect(validateNationalId("55459010180")).toMatchObject({
      valid: true,
      kind: "d-number",
      synthetic: true,
      birthDate: "1990-05-15",
    });
  });

  it("accepts a D-number with month + 80 (Tenor) as a synthetic D-number", () => {
    expect(validateNationalId(firstId("558590", 123))).toMatchObject({ kind: "d-number", synthetic: true });
  });

  it("reads month + 40 inside the series as an H-number, which is not marked synthetic", () => {
    expect(validateNationalId("15459012440")).toMatchObject({
      valid: true,
      kind: "h-number",
      synthetic: false,
      birthDate: "1990-05-15",
    });
  });

  it("reads month + 40 outside the series as a Dolly test fødselsnummer, with no birth date", () => {
    // H-numbers must follow the registry's series; Dolly's numbers need not.
    const id = firstId("154590", 800, 11, 899);
    expect(validateNationalId(id)).toEqual({
      valid: true,
      value: id,
      kind: "fodselsnummer",
      synthetic: true,
      checkDigits: "classic",
    });
  });

  it("accepts a synthetic fødselsnummer (month + 80) outside the series, with no birth date", () => {
    const id = firstId("158550", 800, 11, 899);
    expect(validateNationalId(id)).toEqual({
      valid: true,
      value: id,
      kind: "fodselsnummer",
      synthetic: true,
      checkDigits: "classic",
    });
  });

  it("applies the 2032 rule to every kind, with no birth date", () => {
    const cases = [
      ["558590", "d-number", true],
      ["554590", "d-number", true],
      ["154590", "h-number", false],
      ["158590", "fodselsnummer", true],
    ] as const;
    for (const [prefix, kind, synthetic] of cases) {
      const id = firstId(prefix, 200, 13);
      expect(validateNationalId(id)).toEqual({ valid: true, value: id, kind, synthetic, checkDigits: "2032" });
    }
  });
});
