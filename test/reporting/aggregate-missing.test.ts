// Every level names by number the municipalities (or Oslo's city districts) missing from a point.
import { describe, expect, it } from "vitest";
import { aggregateReports, type AggregateReportsOptions, catchmentAreas2024, type MunicipalReport, municipalityChanges, municipalityCodeLists } from "samhandling";
import { deepFreeze, makeMunicipalReport } from "../fixtures/reporting.js";

const catchments = catchmentAreas2024;
const report = (municipalityNumber: string, year: number, district?: string): MunicipalReport =>
  makeMunicipalReport((r) => {
    r.municipalityNumber = municipalityNumber;
    r.year = year;
    if (district !== undefined) r.district = district;
  });
const osloDistricts = [...new Set(catchments.adults.filter((row) => row.municipality === "0301").map((row) => row.district ?? ""))];

// Every municipality of the year's list but `left`, Oslo by district but `leftDistricts`.
function allBut(year: number, left: readonly string[], leftDistricts: readonly string[] = []): MunicipalReport[] {
  const list = municipalityCodeLists[year >= 2024 ? 2024 : 2020] ?? [];
  const whole = list.filter((m) => m.number !== "0301" && !left.includes(m.number)).map((m) => report(m.number, year));
  return deepFreeze([...whole, ...osloDistricts.filter((d) => !leftDistricts.includes(d)).map((d) => report("0301", year, d))]);
}

const missingBy = (reports: readonly MunicipalReport[], options: AggregateReportsOptions) =>
  Object.fromEntries(aggregateReports(reports, options).series.map((s) => [s.key, s.points.map((p) => [p.year, p.missing])]));

describe("aggregateReports names the municipalities missing from every point", () => {
  const reports = allBut(2024, ["1525", "4619"], ["030110"]);

  it("by health trust: by the adult and the BUP table, Oslo by district", () => {
    const missing = missingBy(reports, { by: "health-trust", catchments });
    expect(missing["Helse Møre og Romsdal HF"]).toEqual([[2024, ["1525"]]]);
    // Eidfjord: adults under Bergen, children and young people under Fonna; missing from both.
    expect([missing["Helse Bergen HF"], missing["Helse Fonna HF"]]).toEqual([[[2024, ["4619"]]], [[2024, ["4619"]]]]);
    expect(missing["Akershus universitetssykehus HF"]).toEqual([[2024, ["030110"]]]);
    expect(missing["Oslo universitetssykehus HF"]).toEqual([[2024, []]]);
    expect(Object.values(missing).flat().filter(([, m]) => Array.isArray(m) && m.length > 0)).toHaveLength(4);
  });

  it("none missing when every municipality and district reported", () => {
    const everything = Object.values(missingBy(allBut(2024, []), { by: "health-trust", catchments })).flat();
    expect(everything.every(([, m]) => Array.isArray(m) && m.length === 0)).toBe(true);
  });

  it("by DPS area (adults only) and by regional health authority", () => {
    const dps = missingBy(reports, { by: "dps-area", catchments });
    // Bergen, Trondheim and Stavanger are split between DPS areas: reports for the whole city are
    // unplaced there, so their districts are missing.
    expect(Object.entries(dps).filter(([, points]) => { const m = points[0]?.[1]; return Array.isArray(m) && m.length > 0; })).toEqual([
      ["Bjørgvin", [[2024, ["460101", "460108"]]]],
      ["Groruddalen", [[2024, ["030110"]]]],
      ["Nidaros", [[2024, ["500102", "500103", "500199"]]]],
      ["Nidelv", [[2024, ["500101", "500104"]]]],
      ["Sola", [[2024, ["110306", "110307", "110308", "110309"]]]],
      ["Solli", [[2024, ["460103"]]]],
      ["Sunnmøre", [[2024, ["1525"]]]],
      ["Voss", [[2024, ["4619"]]]],
    ]);
    // Oslo lies in one RHF: there it is one unit, counted by any of its reports.
    const rhf = missingBy(reports, { by: "regional-health-authority", catchments });
    expect(rhf).toEqual({
      "Helse Midt-Norge RHF": [[2024, ["1525"]]],
      "Helse Nord RHF": [[2024, []]],
      "Helse Sør-Øst RHF": [[2024, []]],
      "Helse Vest RHF": [[2024, ["4619"]]],
    });
  });

  it("a whole-Oslo report leaves its districts missing where Oslo is split, not where it is one unit", () => {
    const whole = deepFreeze([...allBut(2024, [], osloDistricts), report("0301", 2024)]);
    expect(missingBy(whole, { by: "health-trust", catchments })["Lovisenberg"]).toBeUndefined();
    expect(missingBy(whole, { by: "health-trust", catchments })["Akershus universitetssykehus HF"]).toEqual([[2024, ["030110", "030111", "030112"]]]);
    expect(missingBy(whole, { by: "regional-health-authority", catchments })["Helse Sør-Øst RHF"]).toEqual([[2024, []]]);
  });

  it("by county and municipality in a chosen numbering, naming old numbers", () => {
    // 2022 reports in 2024 numbering: 3001 Halden (Viken then) is missing from Østfold (31).
    const older = allBut(2022, ["3001"]);
    const counties = missingBy(older, { by: "county", numbering: 2024, changes: municipalityChanges });
    expect([counties["31"], counties["15"]]).toEqual([[[2022, ["3001"]]], [[2022, []]]]);
    // 2024 reports in 2020 numbering: Ålesund (1507) was split; with Haram (1580) not reporting, its part is missing.
    const newer = deepFreeze([report("1508", 2024), report("1525", 2024)]);
    expect(missingBy(newer, { by: "municipality", numbering: 2020, changes: municipalityChanges })).toEqual({ "1507": [[2024, ["1580"]]], "1525": [[2024, []]] });
    expect(missingBy(newer, { by: "municipality" })).toEqual({ "1508": [[2024, []]], "1525": [[2024, []]] });
  });

  it("gives no list for a year without a code list", () => {
    expect(missingBy([report("1525", 2019)], { by: "health-trust", catchments, changes: municipalityChanges })).toEqual({ "Helse Møre og Romsdal HF": [[2019, undefined]] });
  });
});
