// By "group": the caller's like groups of municipalities, summed; nothing ranked.
import { describe, expect, it } from "vitest";
import { aggregateReports, type MunicipalReport } from "samhandling";
import { deepFreeze, makeMunicipalReport } from "../fixtures/reporting.js";

const report = (municipalityNumber: string, year: number, nurses: number): MunicipalReport =>
  makeMunicipalReport((r) => {
    r.municipalityNumber = municipalityNumber;
    r.year = year;
    r.fullTimeEquivalents.adults = { byProfession: { nurse: nurses }, byEducation: { bachelor: nurses } };
  });

// Fictional like groups, as a caller might build them from KOSTRA groups.
const groups = { "small coast": ["1525", "1528", "1531"], "towns": ["1508", "4601"] };
const reports = deepFreeze([report("1525", 2024, 3), report("1528", 2024, 4), report("1508", 2024, 10), report("4601", 2024, 40), report("1520", 2024, 5), report("1525", 2023, 2)]);

describe("aggregateReports by the caller's like groups", () => {
  it("sums each group per year, sorted by name, naming the members that did not report", () => {
    const aggregate = aggregateReports(reports, { by: "group", groups });
    expect(aggregate.series.map((s) => [s.key, s.points.map((p) => [p.year, p.municipalities, p.adults.total, p.missing])])).toEqual([
      ["small coast", [[2023, 1, 2, ["1528", "1531"]], [2024, 2, 7, ["1531"]]]],
      ["towns", [[2024, 2, 50, []]]],
    ]);
  });

  it("leaves a municipality in no group unplaced, once per report", () => {
    expect(aggregateReports(reports, { by: "group", groups }).unplaced.map((u) => [u.index, u.municipalityNumber, u.reason, u.serviceGroup])).toEqual([[4, "1520", "not-in-group", undefined]]);
    expect(aggregateReports(reports, { by: "group", groups: {} }).unplaced).toHaveLength(6);
  });

  it("refuses missing or malformed groups, a number in two groups, and a numbering", () => {
    const by = (options: object) => () => aggregateReports(reports, { by: "group", ...options });
    expect(by({})).toThrow(TypeError);
    expect(by({})).toThrow(/groups/);
    expect(by({ groups: [["1525"]] })).toThrow(TypeError);
    expect(by({ groups: { a: "1525" } })).toThrow(/groups\["a"\]/);
    expect(by({ groups: { a: ["152"] } })).toThrow(TypeError);
    expect(by({ groups: { a: ["1525"], b: ["1525"] } })).toThrow(/1525 is in both "a" and "b"/);
    expect(by({ groups: { a: ["1525", "1525"] } })).not.toThrow();
    expect(by({ groups, numbering: 2024, changes: [] })).toThrow(/numbering/);
    expect(aggregateReports(reports, { by: "county", groups: { a: "x" } as never }).unplaced).toEqual([]);
  });
});
