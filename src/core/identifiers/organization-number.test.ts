import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { isValidOrganizationNumber, OrganizationNumberSchema } from "./organization-number.js";

function paramsOf(issue: z.core.$ZodIssue | undefined): unknown {
  return issue?.code === "custom" ? issue.params : undefined;
}

describe("isValidOrganizationNumber", () => {
  it("accepts a number whose check digit matches", () => {
    expect(isValidOrganizationNumber("123456785")).toBe(true);
  });

  it("accepts check digit 0 where the rule gives 11", () => {
    expect(isValidOrganizationNumber("998877660")).toBe(true);
  });

  it("rejects a wrong check digit", () => {
    expect(isValidOrganizationNumber("123456784")).toBe(false);
  });

  it("rejects every last digit where the rule gives 10", () => {
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(isValidOrganizationNumber(`91234567${digit}`)).toBe(false);
    }
  });

  it("ignores surrounding whitespace but not inner spaces", () => {
    expect(isValidOrganizationNumber(" 123456785 ")).toBe(true);
    expect(isValidOrganizationNumber("123 456 785")).toBe(false);
  });

  it("rejects the wrong length, non-digits and non-strings", () => {
    for (const value of ["12345678", "1234567850", "12345678a", "", 123456785, null, undefined, {}]) {
      expect(isValidOrganizationNumber(value)).toBe(false);
    }
  });
});

describe("OrganizationNumberSchema", () => {
  it("parses a valid number and trims it", () => {
    expect(OrganizationNumberSchema.safeParse(" 123456785").data).toBe("123456785");
  });

  it("reports a custom issue with the finding code, without the input", () => {
    const parsed = OrganizationNumberSchema.safeParse("123456784");
    expect(parsed.success).toBe(false);
    expect(paramsOf(parsed.error?.issues[0])).toEqual({ code: "schema/invalid-organization-number" });
    expect(JSON.stringify(parsed.error?.issues)).not.toContain("123456784");
  });
});
