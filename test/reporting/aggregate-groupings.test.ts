import { describe, expect, it } from "vitest";
import { aggregateReports, catchmentAreas2024, type MunicipalReport, municipalityChanges, municipalityCodeLists } from "samhandling";
import { deepFreeze, makeMunicipalReport } from "../fixtures/reporting.js";

function report(municipalityNumber: string, year: number, district?: string): MunicipalReport {
  return makeMunicipalReport((r) => {
    r.municipalityNumber = municipalityNumber;
    r.year = year;
    if (district !== undefined) r.district = district;
    r.fullTimeEquivalents = {
      adults: { byProfession: { nurse: 2 }, byEducation: { bachelor: 2 } },
      childrenAndYoungPeople: { byProfession: { psychologist: 1 }, byEducation: { master: 1 } },
    };
  });
}

const catchments = catchmentAreas2024;
const summary = (by: "health-trust" | "dps-area" | "regional-health-authority", reports: readonly MunicipalReport[]) => {
  const aggregate = aggregateReports(reports, { by, catchments, changes: municipalityChanges });
  return {
    series: aggregate.series.map((s) => [s.key, s.points.map((p) => [p.year, p.municipalities, p.adults.total, p.childrenAndYoungPeople.total])]),
    unplaced: aggregate.unplaced.map((u) => [u.index, u.reason, u.serviceGroup]),
  };
};

describe("aggregateReports by health trust, DPS area and regional health authority", () => {
  it("places a report of every 2024 municipality but Oslo, summing to the national total, Oslo named as split", () => {
    const all = deepFreeze((municipalityCodeLists[2024] ?? []).map((m) => report(m.number, 2024)));
    expect(all).toHaveLength(357);
    const { series, unplaced } = aggregateReports(all, { by: "health-trust", catchments });
    expect(unplaced.map((u) => [u.municipalityNumber, u.reason, u.serviceGroup])).toEqual([
      ["0301", "split-between-areas", "adults"],
      ["0301", "split-between-areas", "childrenAndYoungPeople"],
    ]);
    const points = series.flatMap((s) => s.points);
    expect(points.reduce((sum, p) => sum + p.adults.total, 0)).toBe(356 * 2);
    expect(points.reduce((sum, p) => sum + p.childrenAndYoungPeople.total, 0)).toBe(356);
    // 21 adult areas less Oslo's own three (OUS, Lovisenberg, Diakonhjemmet), all reached.
    expect(series).toHaveLength(18);
    const byRhf = aggregateReports(all, { by: "regional-health-authority", catchments });
    expect([byRhf.unplaced, byRhf.series.map((s) => s.key)]).toEqual([[], ["Helse Midt-Norge RHF", "Helse Nord RHF", "Helse Sør-Øst RHF", "Helse Vest RHF"]]);
  });

  it("places a report of each of Oslo's districts in both tables, Grorud, Stovner and Alna under Akershus for adults", () => {
    const districts = [...new Set(catchments.adults.filter((row) => row.municipality === "0301").map((row) => row.district ?? ""))];
    expect(districts).toHaveLength(18);
    const aggregate = aggregateReports(deepFreeze(districts.map((district) => report("0301", 2024, district))), { by: "health-trust", catchments });
    expect(aggregate.unplaced).toEqual([]);
    const sums = aggregate.series.map((s) => [s.key, s.points[0]?.adults.total, s.points[0]?.childrenAndYoungPeople.total]);
    expect(sums.reduce((sum, [, adults]) => sum + Number(adults), 0)).toBe(18 * 2);
    expect(sums.reduce((sum, [, , children]) => sum + Number(children), 0)).toBe(18);
    expect(sums.find(([key]) => key === "Akershus universitetssykehus HF")?.[1]).toBe(3 * 2);
  });

  it("places Oslo's reports by city district, and a district the table does not list nowhere", () => {
    const oslo = [report("0301", 2024, "030110"), report("0301", 2024, "030101"), report("0301", 2024, "030188")];
    expect(summary("health-trust", oslo)).toEqual({
      series: [["Akershus universitetssykehus HF", [[2024, 1, 2, 1]]], ["Lovisenberg", [[2024, 1, 2, 1]]]],
      unplaced: [[2, "unknown-district", "adults"], [2, "unknown-district", "childrenAndYoungPeople"]],
    });
  });

  it("groups adults by the adult table and children and young people by the BUP table", () => {
    // Eidfjord: adults under Bergen, children and young people under Fonna.
    expect(summary("health-trust", [report("4619", 2024)]).series).toEqual([
      ["Helse Bergen HF", [[2024, 1, 2, 0]]],
      ["Helse Fonna HF", [[2024, 1, 0, 1]]],
    ]);
  });

  it("groups adults only by DPS area, and needs a district where the municipality is split between DPS areas", () => {
    const aggregate = aggregateReports([report("1525", 2024), report("4601", 2024), report("4601", 2024, "460101")], { by: "dps-area", catchments });
    expect(aggregate.serviceGroups).toEqual(["adults"]);
    expect(aggregate.series.map((s) => [s.key, s.points[0]?.adults.total, s.points[0]?.childrenAndYoungPeople.total])).toEqual([
      ["Bjørgvin", 2, 0],
      ["Sunnmøre", 2, 0],
    ]);
    expect(aggregate.unplaced.map((u) => [u.index, u.reason, u.serviceGroup])).toEqual([[1, "split-between-areas", "adults"]]);
  });

  it("reads reports of older numberings through the changes, and leaves them unplaced without", () => {
    // 3001 Halden (2020-2023) is 3101 in 2024; 1507 Ålesund split in 2024, both parts in the same trust.
    const older = [report("3001", 2022), report("1507", 2023)];
    expect(summary("health-trust", older).series).toEqual([
      ["Helse Møre og Romsdal HF", [[2023, 1, 2, 1]]],
      ["Sykehuset Østfold HF", [[2022, 1, 2, 1]]],
    ]);
    expect(aggregateReports(older, { by: "health-trust", catchments }).unplaced.map((u) => [u.index, u.reason])).toEqual([
      [0, "numbering-not-mapped"], [0, "numbering-not-mapped"], [1, "numbering-not-mapped"], [1, "numbering-not-mapped"],
    ]);
  });

  it("refuses a catchment level without the tables, and bad tables or changes", () => {
    const reports = [report("1525", 2024)];
    expect(() => aggregateReports(reports, { by: "health-trust" })).toThrow(TypeError);
    expect(() => aggregateReports(reports, { by: "health-trust" })).toThrow(/catchments/);
    expect(() => aggregateReports(reports, { by: "dps-area", catchments: {} as never })).toThrow(TypeError);
    expect(() => aggregateReports(reports, { by: "health-trust", catchments, changes: [1] as never })).toThrow(/changes/);
    expect(aggregateReports(reports, { by: "county", catchments }).unplaced).toEqual([]);
  });
});

describe("aggregateReports in one chosen numbering", () => {
  const reports = deepFreeze([report("0101", 2019), report("3001", 2021), report("3101", 2024), report("1504", 2019), report("1507", 2022), report("1580", 2024), report("1141", 2019)]);

  it("maps renumberings and merges into the 2024 numbering and reports splits as not comparable", () => {
    const aggregate = aggregateReports(reports, { by: "municipality", numbering: 2024, changes: municipalityChanges });
    expect(aggregate.numbering).toBe(2024);
    expect(aggregate.series.map((s) => [s.key, s.name, s.points.map((p) => p.year)])).toEqual([
      ["1103", "Stavanger", [2019]],
      ["1580", "Haram", [2024]],
      ["3101", "Halden", [2019, 2021, 2024]],
    ]);
    expect(aggregate.unplaced.map((u) => [u.index, u.reason])).toEqual([[3, "split-not-comparable"], [4, "split-not-comparable"]]);
  });

  it("maps into the 2020 numbering: a 2024 split part goes back to the one old municipality", () => {
    const aggregate = aggregateReports(reports, { by: "municipality", numbering: 2020, changes: municipalityChanges });
    expect(aggregate.series.map((s) => [s.key, s.points.map((p) => [p.year, p.municipalities])])).toEqual([
      ["1103", [[2019, 1]]],
      ["1507", [[2019, 1], [2022, 1], [2024, 1]]],
      ["3001", [[2019, 1], [2021, 1], [2024, 1]]],
    ]);
    expect(aggregate.unplaced).toEqual([]);
  });

  it("places a split by county when all its parts lie in one county", () => {
    const aggregate = aggregateReports(reports, { by: "county", numbering: 2024, changes: municipalityChanges });
    expect(aggregate.series.map((s) => [s.key, s.name, s.points.map((p) => [p.year, p.municipalities])])).toEqual([
      ["11", "Rogaland", [[2019, 1]]],
      ["15", "Møre og Romsdal", [[2019, 1], [2022, 1], [2024, 1]]],
      ["31", "Østfold", [[2019, 1], [2021, 1], [2024, 1]]],
    ]);
    expect(aggregate.unplaced).toEqual([]);
  });

  it("refuses a numbering without changes, for another level, or before 2020", () => {
    expect(() => aggregateReports(reports, { by: "county", numbering: 2024 })).toThrow(TypeError);
    expect(() => aggregateReports(reports, { by: "national", numbering: 2024, changes: municipalityChanges })).toThrow(TypeError);
    expect(() => aggregateReports(reports, { by: "county", numbering: 2019, changes: municipalityChanges })).toThrow(RangeError);
    expect(() => aggregateReports(reports, { by: "county", numbering: 2020, changes: municipalityChanges })).not.toThrow();
  });
});

describe("aggregateReports: provenance, breaks and missing municipalities", () => {
  const flagged = (municipalityNumber: string, year: number, provenance?: "carried-forward" | "prefilled-confirmed", changeNotReal = false) =>
    makeMunicipalReport((r) => {
      r.municipalityNumber = municipalityNumber;
      r.year = year;
      if (provenance !== undefined) r.fullTimeEquivalents.adults.provenance = provenance;
      if (changeNotReal) r.fullTimeEquivalents.childrenAndYoungPeople.changeNotReal = true;
    });

  it("counts each figure's provenance and the change-not-real flag in every point", () => {
    const reports = [flagged("1525", 2024), flagged("1528", 2024, "carried-forward"), flagged("1531", 2024, "prefilled-confirmed", true)];
    for (const by of ["national", "county"] as const) {
      const point = aggregateReports(reports, { by }).series[0]?.points[0];
      expect([point?.adults.figures, point?.adults.changeNotReal, point?.childrenAndYoungPeople.figures, point?.childrenAndYoungPeople.changeNotReal]).toEqual([
        { reported: 1, carriedForward: 1, prefilledConfirmed: 1 }, 0, { reported: 3, carriedForward: 0, prefilledConfirmed: 0 }, 1,
      ]);
    }
    const trust = aggregateReports(reports, { by: "health-trust", catchments }).series[0]?.points[0];
    expect(trust?.childrenAndYoungPeople.changeNotReal).toBe(1);
  });

  it("names the scheme of each year and the breaks a series crosses, and none inside a scheme", () => {
    const points = aggregateReports([flagged("1525", 2018), flagged("1525", 2019), flagged("1525", 2021), flagged("1525", 2023), flagged("1525", 2024), flagged("1525", 2025)], { by: "municipality" }).series[0]?.points ?? [];
    expect(points.map((p) => [p.year, p.scheme, p.breakBefore])).toEqual([
      [2018, "2015-2023", undefined],
      [2019, "2015-2023", undefined],
      [2021, "2015-2023", ["reform-and-pandemic-2020"]],
      [2023, "2015-2023", undefined],
      [2024, "2024", ["categories-changed-2024"]],
      [2025, "2025-split", ["separate-forms-2025"]],
    ]);
  });

  it("counts the reports that name another scheme than their year's, and says nothing when none do", () => {
    const named = (year: number, scheme: "2015-2023" | "2024") => makeMunicipalReport((r) => { r.year = year; r.scheme = scheme; });
    const points = (reports: readonly MunicipalReport[]) => aggregateReports(reports, { by: "national" }).series[0]?.points.map((p) => [p.year, p.otherSchemes]);
    expect(points([named(2024, "2024"), named(2024, "2015-2023"), named(2023, "2015-2023"), named(2023, "2024"), named(2023, "2024")])).toEqual([[2023, 2], [2024, 1]]);
    expect(points([named(2024, "2024"), named(2023, "2015-2023"), flagged("1525", 2024)])).toEqual([[2023, undefined], [2024, undefined]]);
  });

  it("names by number the municipalities of the year's list that did not report, nationally and per county", () => {
    const all = (municipalityCodeLists[2024] ?? []).filter((m) => !["1525", "3101"].includes(m.number)).map((m) => flagged(m.number, 2024));
    expect(aggregateReports(all, { by: "national" }).series[0]?.points[0]?.missing).toEqual(["1525", "3101"]);
    const counties = aggregateReports(all, { by: "county" }).series;
    expect(counties.find((s) => s.key === "15")?.points[0]?.missing).toEqual(["1525"]);
    expect(counties.find((s) => s.key === "46")?.points[0]?.missing).toEqual([]);
    expect(aggregateReports([flagged("1525", 2019)], { by: "national" }).series[0]?.points[0]?.missing).toBeUndefined();
  });
});
