// Holds the shipped reference code lists against the source CSVs in data/reference/ (see its README).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catchmentAreas2024, mapMunicipalityNumber, municipalities2019, municipalityChanges, municipalityCodeLists } from "samhandling";
import { readCsv } from "../../scripts/reference-csv.mjs";
import { DISTRICTS_2024 } from "../../src/reporting/groupings/data/districts-2024.js";

const csv = (name: string) => readCsv(new URL(`../../data/reference/${name}`, import.meta.url).pathname);
const adultCsv = csv("health-trust-catchment-adult-mental-health.csv");
const bupCsv = csv("health-trust-catchment-child-adolescent-mental-health.csv");
const lists = csv("municipalities-klass-2019-2020-2024.csv");
const numbersOf = (year: string): string[] =>
  lists.filter((row) => row.numbering_year === year && row.municipality_number !== "9999").map((row) => row.municipality_number ?? "");
const numbers2024 = numbersOf("2024");

describe("the source files", () => {
  it("have the row counts their README states, file by file", () => {
    const readme = readFileSync(new URL("../../data/reference/README.md", import.meta.url), "utf8");
    const stated = [...readme.matchAll(/^### (\S+\.csv) \(([\d,]+) rows\)$/gm)].map((m) => [m[1], Number((m[2] ?? "").replace(",", ""))]);
    expect(stated).toHaveLength(8);
    expect(stated.map(([name]) => [name, csv(String(name)).length])).toEqual(stated);
  });

  it("every trust label of the tables resolves to a trust and its RHF (23 labels)", () => {
    const trusts = csv("health-trusts.csv");
    expect(trusts).toHaveLength(23);
    const names = new Set(trusts.map((row) => row.health_trust_full_name));
    for (const row of [...catchmentAreas2024.adults, ...catchmentAreas2024.childrenAndYoungPeople]) {
      expect([row.healthTrust, names.has(row.healthTrust), row.regionalHealthAuthority.endsWith(" RHF")]).toEqual([row.healthTrust, true, true]);
    }
  });

  it("the DPS table (395 rows) gives every municipality and district the DPS area of the adult table", () => {
    const dps = csv("dps-areas-adult-mental-health.csv");
    expect(dps).toHaveLength(395);
    const ofRow = new Map(catchmentAreas2024.adults.map((row) => [`${row.municipality}|${row.district ?? ""}`, row.dpsArea]));
    for (const row of dps) expect([row.municipality_number, row.district_number, ofRow.get(`${row.municipality_number}|${row.district_number}`)]).toEqual([row.municipality_number, row.district_number, row.dps_area]);
  });
});

describe("the catchment tables", () => {
  it("hold the adult table row for row: municipality, district, trust, its RHF and DPS area (396 rows)", () => {
    expect(adultCsv).toHaveLength(396);
    expect(catchmentAreas2024.adults.map((row) => [row.municipality, row.district ?? "", row.healthTrust, row.regionalHealthAuthority, row.dpsArea])).toEqual(
      adultCsv.map((row) => [row.municipality_number, row.district_number, row.health_trust_full_name, row.regional_health_authority, row.dps_area]),
    );
  });

  it("hold the BUP table row for row (374 rows)", () => {
    expect(bupCsv).toHaveLength(374);
    expect(catchmentAreas2024.childrenAndYoungPeople.map((row) => [row.municipality, row.district ?? "", row.healthTrust, row.regionalHealthAuthority])).toEqual(
      bupCsv.map((row) => [row.municipality_number, row.district_number, row.health_trust_full_name, row.regional_health_authority]),
    );
  });

  it("cover every one of the 357 municipalities of 2024 and no other number, in both tables", () => {
    expect(numbers2024).toHaveLength(357);
    for (const rows of [catchmentAreas2024.adults, catchmentAreas2024.childrenAndYoungPeople]) {
      expect([...new Set(rows.map((row) => row.municipality))].sort()).toEqual([...numbers2024].sort());
    }
  });

  it("list the districts of both tables, with Oslo the only municipality split between trusts", () => {
    const districts = new Set([...adultCsv, ...bupCsv].map((row) => row.district_number).filter((d) => d !== ""));
    expect(DISTRICTS_2024.flatMap(([, , list]) => list).sort()).toEqual([...districts].sort());
    expect(DISTRICTS_2024.filter(([, split]) => split).map(([municipality]) => municipality)).toEqual(["0301"]);
  });
});

describe("the municipality lists and changes", () => {
  it("hold the 2019 list (422 municipalities) and match the registry's 2020 (356) and 2024 (357) lists by number", () => {
    expect(municipalities2019.map((m) => [m.number, m.name])).toEqual(
      lists.filter((row) => row.numbering_year === "2019" && row.municipality_number !== "9999").map((row) => [row.municipality_number, row.municipality_name]),
    );
    expect(municipalities2019).toHaveLength(422);
    expect(municipalityCodeLists[2020]?.map((m) => m.number)).toEqual(numbersOf("2020"));
    expect(municipalityCodeLists[2024]?.map((m) => m.number)).toEqual(numbers2024);
  });

  it("hold every change event (438)", () => {
    const rows = csv("municipality-changes.csv");
    expect(rows).toHaveLength(438);
    expect(municipalityChanges.map((c) => [c.from, String(c.fromYear), c.to, String(c.toYear), c.change, c.date])).toEqual(
      rows.map((row) => [row.from_number, row.from_year, row.to_number, row.to_year, row.change, row.change_date]),
    );
  });

  it("map every 2019 and 2020 number to the 2024 numbers of the SSB crosswalk, and back", () => {
    const crosswalk = csv("municipality-crosswalk-2019-2020-2024.csv");
    expect(crosswalk).toHaveLength(431);
    const targets = (key: "number_2019" | "number_2020", from: string) =>
      [...new Set(crosswalk.filter((row) => row[key] === from).map((row) => row.number_2024 ?? ""))].sort();
    for (const number of numbersOf("2019")) expect([number, mapMunicipalityNumber(number, { fromYear: 2019, toYear: 2024, changes: municipalityChanges })?.numbers]).toEqual([number, targets("number_2019", number)]);
    for (const number of numbersOf("2020")) expect([number, mapMunicipalityNumber(number, { fromYear: 2021, toYear: 2024, changes: municipalityChanges })?.numbers]).toEqual([number, targets("number_2020", number)]);
    for (const number of numbers2024) {
      const sources = [...new Set(crosswalk.filter((row) => row.number_2024 === number).map((row) => row.number_2019 ?? ""))].sort();
      expect([number, mapMunicipalityNumber(number, { fromYear: 2024, toYear: 2019, changes: municipalityChanges })?.numbers]).toEqual([number, sources]);
    }
  });
});
