import { describe, expect, it } from "vitest";
import { countyCodeLists, countyOfMunicipality } from "../core/identifiers/municipality.js";
import { firstMunicipalityListYear, lookupMunicipality, municipalityCodeList, municipalityCodeLists } from "./municipality-codes.js";

describe("municipalityCodeLists", () => {
  const list = municipalityCodeLists[2024] ?? [];

  it("holds the 357 municipalities of 2024, unique, in number order", () => {
    expect(list).toHaveLength(357);
    const numbers = list.map((municipality) => municipality.number);
    expect(new Set(numbers).size).toBe(357);
    expect([...numbers].sort()).toEqual(numbers);
    expect(list.every((municipality) => /^\d{4}$/.test(municipality.number) && municipality.name.length > 0)).toBe(true);
  });

  it("has the 2024 number of municipalities in each county, and no county outside the 2024 list", () => {
    const perCounty = new Map<string, number>();
    for (const { number } of list) perCounty.set(number.slice(0, 2), (perCounty.get(number.slice(0, 2)) ?? 0) + 1);
    expect(Object.fromEntries(perCounty)).toEqual({
      "03": 1, "11": 23, "15": 27, "18": 41, "31": 12, "32": 21, "33": 18, "34": 46,
      "39": 6, "40": 17, "42": 25, "46": 43, "50": 38, "55": 21, "56": 18,
    });
    expect([...perCounty.keys()].sort()).toEqual((countyCodeLists[2024] ?? []).map((county) => county.number).sort());
    expect(list.every((m) => countyOfMunicipality(m.number, { year: 2024 }).ok)).toBe(true);
  });

  it("has the changes of 2024: Haram split from Ålesund, Jevnaker and Lunner in Akershus, new numbers", () => {
    const name = (number: string): string | undefined => list.find((municipality) => municipality.number === number)?.name;
    expect([name("1508"), name("1580"), name("3234"), name("3236"), name("3101"), name("5501"), name("5601")]).toEqual([
      "Ålesund", "Haram", "Lunner", "Jevnaker", "Halden", "Tromsø", "Alta",
    ]);
    expect([name("3001"), name("3444"), name("5401")]).toEqual([undefined, undefined, undefined]);
  });
});

describe("municipalityCodeLists[2020]", () => {
  const list = municipalityCodeLists[2020] ?? [];
  const name = (number: string): string | undefined => list.find((municipality) => municipality.number === number)?.name;

  it("holds the 356 municipalities of 2020-2023, unique, in number order", () => {
    expect(list).toHaveLength(356);
    const numbers = list.map((municipality) => municipality.number);
    expect(new Set(numbers).size).toBe(356);
    expect([...numbers].sort()).toEqual(numbers);
    expect(list.every((municipality) => /^\d{4}$/.test(municipality.number) && municipality.name.length > 0)).toBe(true);
  });

  it("has the 2020 number of municipalities in each county, and no county outside the 2020 list", () => {
    const perCounty = new Map<string, number>();
    for (const { number } of list) perCounty.set(number.slice(0, 2), (perCounty.get(number.slice(0, 2)) ?? 0) + 1);
    expect(Object.fromEntries(perCounty)).toEqual({
      "03": 1, "11": 23, "15": 26, "18": 41, "30": 51, "34": 46, "38": 23, "42": 25, "46": 43, "50": 38, "54": 39,
    });
    expect([...perCounty.keys()].sort()).toEqual((countyCodeLists[2020] ?? []).map((county) => county.number).sort());
    expect(list.every((m) => countyOfMunicipality(m.number, { year: 2020 }).ok)).toBe(true);
  });

  it("has Ålesund as 1507 with Haram, and the numbers of Viken, Vestfold og Telemark and Troms og Finnmark", () => {
    expect([name("1507"), name("3001"), name("3053"), name("3054"), name("3801"), name("5401"), name("5403"), name("5415")]).toEqual([
      "Ålesund", "Halden", "Jevnaker", "Lunner", "Horten", "Tromsø", "Alta", "Lavangen",
    ]);
    expect([name("1508"), name("1580"), name("3101"), name("5501")]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("shares every entry of the counties unchanged in 2024 with the 2024 list, but for Ålesund and Haram", () => {
    const unchanged = new Set(["03", "11", "15", "18", "34", "42", "46", "50"]);
    const entries = (year: number): string[] =>
      (municipalityCodeLists[year] ?? [])
        .filter((municipality) => unchanged.has(municipality.number.slice(0, 2)))
        .map((municipality) => `${municipality.number} ${municipality.name}`);
    const only2020 = entries(2020).filter((entry) => !entries(2024).includes(entry));
    const only2024 = entries(2024).filter((entry) => !entries(2020).includes(entry));
    expect([only2020, only2024]).toEqual([["1507 Ålesund"], ["1508 Ålesund", "1580 Haram"]]);
  });
});

describe("municipalityCodeList", () => {
  it("takes the newest list whose year is not after the given year", () => {
    expect(municipalityCodeList(2020)?.listYear).toBe(2020);
    expect(municipalityCodeList(2023)?.listYear).toBe(2020);
    expect(municipalityCodeList(2023)?.municipalities).toBe(municipalityCodeLists[2020]);
    expect(municipalityCodeList(2024)?.listYear).toBe(2024);
    expect(municipalityCodeList(2099)?.listYear).toBe(2024);
  });

  it("gives nothing for a year before the first list, and refuses a year that is not whole", () => {
    expect(municipalityCodeList(2019)).toBeUndefined();
    expect(() => municipalityCodeList(2024.5)).toThrow(RangeError);
    expect(() => municipalityCodeList(Number("2024") + 0.1)).toThrow(/year/);
    expect(firstMunicipalityListYear()).toBe(2020);
  });
});

describe("lookupMunicipality", () => {
  it("finds a municipality, by the 2024 list by default", () => {
    expect(lookupMunicipality("0301")).toEqual({ ok: true, municipality: { number: "0301", name: "Oslo" }, listYear: 2024 });
    expect(lookupMunicipality("1525", { year: 2025 })).toMatchObject({ ok: true, municipality: { name: "Stranda" } });
  });

  it("tells why it found nothing", () => {
    expect(lookupMunicipality("3001")).toEqual({ ok: false, reason: "unknown-municipality", listYear: 2024 });
    expect(lookupMunicipality("3001", { year: 2019 })).toEqual({ ok: false, reason: "unsupported-year" });
    for (const value of ["301", 301, null, " 0301"]) expect(lookupMunicipality(value)).toEqual({ ok: false, reason: "format" });
  });

  it("reads a number with the list of the given year, on both sides of 1 January 2024", () => {
    expect(lookupMunicipality("3001", { year: 2022 })).toEqual({ ok: true, municipality: { number: "3001", name: "Halden" }, listYear: 2020 });
    expect(lookupMunicipality("3001", { year: 2024 })).toEqual({ ok: false, reason: "unknown-municipality", listYear: 2024 });
    expect(lookupMunicipality("1507", { year: 2023 })).toEqual({ ok: true, municipality: { number: "1507", name: "Ålesund" }, listYear: 2020 });
    expect(lookupMunicipality("1507", { year: 2024 })).toEqual({ ok: false, reason: "unknown-municipality", listYear: 2024 });
    expect(lookupMunicipality("1580", { year: 2023 })).toEqual({ ok: false, reason: "unknown-municipality", listYear: 2020 });
    expect(lookupMunicipality("1580", { year: 2024 })).toEqual({ ok: true, municipality: { number: "1580", name: "Haram" }, listYear: 2024 });
    expect(lookupMunicipality("3101", { year: 2023 })).toEqual({ ok: false, reason: "unknown-municipality", listYear: 2020 });
  });

  it("returns a copy, not the entry of the shared list", () => {
    const found = lookupMunicipality("0301");
    expect(found.ok && found.municipality).not.toBe(municipalityCodeLists[2024]?.[0]);
  });
});
