import { describe, expect, it } from "vitest";
import { firstId } from "../../../test/fixtures/national-ids.js";
import {
  D_NUMBER_SYSTEM,
  FH_NUMBER_SYSTEM,
  FODSELSNUMMER_SYSTEM,
  IDENTIFIER_SYSTEMS,
  identifierSystemOf,
  ORGANIZATION_NUMBER_SYSTEM,
} from "./identifier-systems.js";
import { validateNationalId } from "./national-id.js";

describe("IDENTIFIER_SYSTEMS", () => {
  it("holds HL7 Norway's OIDs for FNR, DNR, FHN and ENH", () => {
    expect(IDENTIFIER_SYSTEMS).toEqual({
      fodselsnummer: "urn:oid:2.16.578.1.12.4.1.4.1",
      "d-number": "urn:oid:2.16.578.1.12.4.1.4.2",
      "fh-number": "urn:oid:2.16.578.1.12.4.1.4.3",
      "organization-number": "urn:oid:2.16.578.1.12.4.1.4.101",
    });
    expect([FODSELSNUMMER_SYSTEM, D_NUMBER_SYSTEM, FH_NUMBER_SYSTEM, ORGANIZATION_NUMBER_SYSTEM]).toEqual(
      Object.values(IDENTIFIER_SYSTEMS),
    );
  });
});

describe("identifierSystemOf", () => {
  it("gives the system of each kind that has one, synthetic numbers included", () => {
    expect(identifierSystemOf(validateNationalId("15859012342"))).toBe(FODSELSNUMMER_SYSTEM);
    expect(identifierSystemOf(validateNationalId("02013299997"))).toBe(FODSELSNUMMER_SYSTEM);
    expect(identifierSystemOf(validateNationalId("55859012336"))).toBe(D_NUMBER_SYSTEM);
    expect(identifierSystemOf(validateNationalId("55459010180"))).toBe(D_NUMBER_SYSTEM);
    expect(identifierSystemOf(validateNationalId("80000000179"))).toBe(FH_NUMBER_SYSTEM);
  });

  it("gives a Dolly test fødselsnummer (month + 40 outside the series) the fødselsnummer system", () => {
    expect(identifierSystemOf(validateNationalId(firstId("154590", 800, 11, 899)))).toBe(FODSELSNUMMER_SYSTEM);
  });

  it("gives no system for an H-number or an invalid number", () => {
    expect(identifierSystemOf(validateNationalId("15459012440"))).toBeUndefined();
    expect(identifierSystemOf(validateNationalId("15859012343"))).toBeUndefined();
    expect(identifierSystemOf(validateNationalId(42))).toBeUndefined();
  });

  it("never throws on a value that is not a result", () => {
    for (const value of [undefined, null, "15859012342", { valid: true, kind: "toString" }, { valid: true, kind: { toString: null } }, { valid: true, kind: Symbol("fodselsnummer") }]) {
      // @ts-expect-error a caller without types may pass anything
      expect(identifierSystemOf(value)).toBeUndefined();
    }
  });
});
