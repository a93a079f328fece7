import { basisOf } from "../../core/findings/basis.js";
import { DISTRICTS_2024 } from "../groupings/data/districts-2024.js";
import { reportRule } from "./context.js";

const districtsOf = new Map(DISTRICTS_2024.map(([municipality, split, districts]) => [municipality, { split, districts: new Set(districts) }]));

// District numbers are read with the 2024 tables; Oslo's (0301) have stood since before 2019.
const applies = (report: { readonly year: number; readonly municipalityNumber: string }): boolean =>
  report.year >= 2024 || report.municipalityNumber === "0301";

/**
 * `reporting/district-needed` (warning) when the report is for a municipality split between health
 * trusts (Oslo) and names no city district (bydel), so it cannot be grouped by health trust; and
 * `reporting/unknown-district` (error) when the district it names is not one of the municipality's
 * in the catchment tables (from 2024, and for Oslo in every year). Basis: IS-24/8 goes to every
 * municipality and city district; district numbers as Statistics Norway's and SKDE's tables hold them.
 */
export const districtRule = reportRule({
  codes: {
    "reporting/district-needed": {
      severity: "warning",
      description: "The report is for a municipality split between health trusts (Oslo) and names no city district (bydel), so it cannot be counted by health trust.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Kommune {municipalityNumber} er delt mellom helseforetak: oppgi bydel for å kunne telle rapporten per helseforetak",
        nn: "Kommune {municipalityNumber} er delt mellom helseføretak: oppgi bydel for å kunne telje rapporten per helseføretak",
        en: "Municipality {municipalityNumber} is split between health trusts: name the city district to count the report by health trust",
      },
    },
    "reporting/unknown-district": {
      severity: "error",
      description: "The city district (bydel) the report names is not one of the municipality's in the catchment tables.",
      basis: basisOf("ssb-municipalities"),
      messages: {
        nb: "Bydel {district} finnes ikke i kommune {municipalityNumber}",
        nn: "Bydel {district} finst ikkje i kommune {municipalityNumber}",
        en: "City district {district} is not in municipality {municipalityNumber}",
      },
    },
  },
  run: (report) => {
    if (!applies(report)) return [];
    const { municipalityNumber, district } = report;
    const known = districtsOf.get(municipalityNumber);
    if (district === undefined) {
      return known?.split === true ? [{ code: "reporting/district-needed", path: ["municipalityNumber"], params: { municipalityNumber } }] : [];
    }
    return known?.districts.has(district) === true
      ? []
      : [{ code: "reporting/unknown-district", path: ["district"], params: { district, municipalityNumber } }];
  },
});
