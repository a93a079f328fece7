import { describe, expect, it } from "vitest";
import { checkMunicipalReport, type MunicipalReport } from "../../index.js";
import { makeMunicipalReport, REPORT_TODAY } from "../../../test/fixtures/reporting.js";

const hits = (report: MunicipalReport) =>
  checkMunicipalReport(report, { today: REPORT_TODAY })
    .filter((finding) => ["reporting/district-needed", "reporting/unknown-district"].includes(finding.code))
    .map((finding) => [finding.code, finding.path]);

const at = (municipalityNumber: string, district?: string, year = 2024) =>
  makeMunicipalReport((r) => {
    r.municipalityNumber = municipalityNumber;
    r.year = year;
    if (district !== undefined) r.district = district;
  });

describe("unknown-district", () => {
  it("asks for a district on a report for Oslo, which is split between health trusts", () => {
    expect(hits(at("0301"))).toEqual([["reporting/district-needed", ["municipalityNumber"]]]);
    expect(hits(at("0301", undefined, 2021))).toEqual([["reporting/district-needed", ["municipalityNumber"]]]);
  });

  it("does not ask where the municipality is in one trust, or the district is named", () => {
    expect(hits(at("4601"))).toEqual([]);
    expect(hits(at("1525"))).toEqual([]);
    expect(hits(at("0301", "030110"))).toEqual([]);
    expect(hits(at("4601", "460101"))).toEqual([]);
  });

  it("flags a district not in the municipality: another's, an unlisted one, or one of a municipality without districts", () => {
    expect(hits(at("0301", "460101"))).toEqual([["reporting/unknown-district", ["district"]]]);
    expect(hits(at("0301", "030188"))).toEqual([["reporting/unknown-district", ["district"]]]);
    expect(hits(at("1525", "152501"))).toEqual([["reporting/unknown-district", ["district"]]]);
  });

  it("reads districts outside Oslo only from 2024, the tables' numbering", () => {
    expect(hits(at("1525", "152501", 2023))).toEqual([]);
    expect(hits(at("0301", "030188", 2023))).toEqual([["reporting/unknown-district", ["district"]]]);
  });
});
