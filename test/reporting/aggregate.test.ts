import { describe, expect, it } from "vitest";
import { aggregateReports, type MunicipalReport } from "samhandling";
import { deepFreeze, makeMunicipalReport } from "../fixtures/reporting.js";

function report(municipalityNumber: string, year: number, adultNurses: number, childPsychologists = 0): MunicipalReport {
  return makeMunicipalReport((r) => {
    r.municipalityNumber = municipalityNumber;
    r.year = year;
    r.fullTimeEquivalents = {
      adults: { byProfession: { nurse: adultNurses }, byEducation: { "further-education": adultNurses } },
      childrenAndYoungPeople: { byProfession: { psychologist: childPsychologists }, byEducation: { master: childPsychologists } },
    };
  });
}

const reports = deepFreeze([
  report("1525", 2024, 5, 1),
  report("1528", 2024, 3),
  report("4601", 2024, 40, 10),
  report("1525", 2025, 6, 1),
  report("1580", 2025, 2.5),
  // Read with the county list of its year: Viken (30) in 2022.
  report("3001", 2022, 7),
  // No county list covers 2019.
  report("1525", 2019, 4),
]);

describe("aggregateReports", () => {
  it("sums a national series by year, with the number of municipalities that reported", () => {
    const { series, unplaced } = aggregateReports(reports, { by: "national" });
    expect(unplaced).toEqual([]);
    expect(series).toHaveLength(1);
    expect(series[0]?.key).toBe("national");
    expect(series[0]?.name).toBeUndefined();
    expect(series[0]?.points.map((p) => [p.year, p.municipalities, p.reports, p.total])).toEqual([
      [2019, 1, 1, 4],
      [2022, 1, 1, 7],
      [2024, 3, 3, 59],
      [2025, 2, 2, 9.5],
    ]);
    const point2024 = series[0]?.points[2];
    expect(point2024?.adults.byProfession.nurse).toBe(48);
    expect(point2024?.adults.byProfession.psychologist).toBe(0);
    expect(point2024?.adults.byEducation["further-education"]).toBe(48);
    expect(point2024?.childrenAndYoungPeople).toMatchObject({ total: 11, byProfession: { psychologist: 11 }, byEducation: { master: 11 } });
  });

  it("groups by county with the county list of each report's year, and lists reports it cannot place", () => {
    const { series, unplaced } = aggregateReports(reports, { by: "county" });
    expect(series.map((s) => [s.key, s.name, s.points.map((p) => [p.year, p.municipalities, p.total])])).toEqual([
      ["15", "Møre og Romsdal", [[2024, 2, 9], [2025, 2, 9.5]]],
      ["30", "Viken", [[2022, 1, 7]]],
      ["46", "Vestland", [[2024, 1, 50]]],
    ]);
    expect(unplaced).toEqual([{ index: 6, municipalityNumber: "1525", year: 2019, reason: "unsupported-year" }]);
  });

  it("groups by municipality with names from the code list of each report's year, where one covers it", () => {
    const { series } = aggregateReports(reports, { by: "municipality" });
    expect(series.map((s) => [s.key, s.name, s.points.map((p) => p.year)])).toEqual([
      ["1525", "Stranda", [2019, 2024, 2025]],
      ["1528", "Sykkylven", [2024]],
      ["1580", "Haram", [2025]],
      ["3001", "Halden", [2022]],
      ["4601", "Bergen", [2024]],
    ]);
  });

  it("leaves a municipality without a name when no list of its years knows the number", () => {
    const { series } = aggregateReports(deepFreeze([report("1507", 2019, 1), report("1507", 2023, 2), report("9999", 2024, 1)]), {
      by: "municipality",
    });
    expect(series.map((s) => [s.key, s.name, s.points.map((p) => p.year)])).toEqual([
      ["1507", "Ålesund", [2019, 2023]],
      ["9999", undefined, [2024]],
    ]);
  });

  it("counts a duplicate twice in the sums and once in the municipalities", () => {
    const point = aggregateReports([reports[0]!, reports[0]!], { by: "national" }).series[0]?.points[0];
    expect(point).toMatchObject({ municipalities: 1, reports: 2, total: 12 });
  });

  it("returns no series for no reports", () => {
    expect(aggregateReports([], { by: "county" })).toEqual({ by: "county", series: [], unplaced: [] });
  });
});
