import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { countyCodeLists, countyOfMunicipality, MunicipalityNumberSchema } from "./municipality.js";

function paramsOf(issue: z.core.$ZodIssue | undefined): unknown {
  return issue?.code === "custom" ? issue.params : undefined;
}

describe("MunicipalityNumberSchema", () => {
  it("accepts 4 digits and keeps the leading zero", () => {
    expect(MunicipalityNumberSchema.safeParse("0301").data).toBe("0301");
  });

  it("reports a custom issue with the finding code, without the input", () => {
    for (const value of ["301", "03011", "03a1", " 0301"]) {
      const parsed = MunicipalityNumberSchema.safeParse(value);
      expect(paramsOf(parsed.error?.issues[0])).toEqual({ code: "schema/invalid-municipality-number" });
      expect(JSON.stringify(parsed.error?.issues)).not.toContain(value);
    }
  });

  it("leaves a number to zod's own type issue", () => {
    expect(MunicipalityNumberSchema.safeParse(301).error?.issues[0]?.code).toBe("invalid_type");
  });
});

describe("countyOfMunicipality", () => {
  it("finds the county from the first two digits, by the 2024 list by default", () => {
    expect(countyOfMunicipality("1547")).toEqual({
      ok: true,
      county: { number: "15", name: "Møre og Romsdal" },
      listYear: 2024,
    });
    expect(countyOfMunicipality("0301")).toMatchObject({ ok: true, county: { number: "03", name: "Oslo" } });
    expect(countyOfMunicipality("5037")).toMatchObject({ ok: true, county: { number: "50", name: "Trøndelag" } });
  });

  it("uses the list valid in the given year", () => {
    expect(countyOfMunicipality("3001", { year: 2022 })).toEqual({
      ok: true,
      county: { number: "30", name: "Viken" },
      listYear: 2020,
    });
    expect(countyOfMunicipality("3001", { year: 2024 })).toEqual({ ok: false, reason: "unknown-county" });
    expect(countyOfMunicipality("5401", { year: 2023 })).toMatchObject({ county: { name: "Troms og Finnmark" } });
    expect(countyOfMunicipality("5501", { year: 2023 })).toEqual({ ok: false, reason: "unknown-county" });
    expect(countyOfMunicipality("5501", { year: 2024 })).toMatchObject({ county: { name: "Troms" } });
  });

  it("uses the 2020 list from 2020 and the newest list for later years", () => {
    expect(countyOfMunicipality("3001", { year: 2020 })).toMatchObject({ ok: true, listYear: 2020 });
    expect(countyOfMunicipality("3101", { year: 2100 })).toMatchObject({ ok: true, listYear: 2024 });
  });

  it("rejects a year no list covers", () => {
    for (const year of [2019, 1900]) {
      expect(countyOfMunicipality("0301", { year })).toEqual({ ok: false, reason: "unsupported-year" });
    }
  });

  it("refuses a year that is not a whole number, and options that are not an object, naming them", () => {
    for (const year of [2022.5, Number.NaN, Number.NEGATIVE_INFINITY]) {
      expect(() => countyOfMunicipality("0301", { year })).toThrow(RangeError);
      expect(() => countyOfMunicipality("0301", { year })).toThrow(/year/);
    }
    // @ts-expect-error a year as text is a caller's mistake the types already catch
    expect(() => countyOfMunicipality("0301", { year: "2024" })).toThrow(/year/);
    // @ts-expect-error options must be an object
    expect(() => countyOfMunicipality("0301", 2024)).toThrow(TypeError);
  });

  it("rejects a value that is not a 4-digit string with reason format", () => {
    for (const value of [301, "301", "03011", "03a1", " 0301", null, undefined]) {
      expect(countyOfMunicipality(value)).toEqual({ ok: false, reason: "format" });
    }
  });

  it("rejects an unknown county", () => {
    expect(countyOfMunicipality("0001")).toEqual({ ok: false, reason: "unknown-county" });
  });

  it("returns a copy, not the entry of the shared list", () => {
    const result = countyOfMunicipality("0301");
    expect(result.ok && result.county).not.toBe(countyCodeLists[2024]?.[0]);
  });
});
