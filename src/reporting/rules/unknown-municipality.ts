import { basisOf } from "../../core/findings/basis.js";
import { firstMunicipalityListYear, lookupMunicipality } from "../municipality-codes.js";
import { reportRule } from "./context.js";

/**
 * `reporting/unknown-municipality` when the number is not in the code list valid in the report's
 * year, and `reporting/no-municipality-list` (info) when no list covers that year, so the number
 * could not be checked: that is a gap in the library's lists, not an error in the report. Basis:
 * Statistics Norway's municipality classification.
 */
export const unknownMunicipalityRule = reportRule({
  codes: {
    "reporting/unknown-municipality": {
      severity: "error",
      description: "The municipality number is not in the municipality list valid in the report's year.",
      basis: basisOf("ssb-municipalities"),
      messages: {
        nb: "Kommunenummer {municipalityNumber} finnes ikke i kommunelisten for {year} (liste fra {listYear})",
        nn: "Kommunenummer {municipalityNumber} finst ikkje i kommunelista for {year} (liste frå {listYear})",
        en: "Municipality number {municipalityNumber} is not in the municipality list for {year} (list from {listYear})",
      },
    },
    "reporting/no-municipality-list": {
      severity: "info",
      description: "The library has no municipality list for the report's year, so the municipality number could not be checked: a gap in the library's lists, not an error in the report.",
      basis: basisOf("ssb-municipalities"),
      messages: {
        nb: "Kommunenummeret er ikke kontrollert: biblioteket har ingen kommuneliste for {year} (første liste gjelder fra {firstListYear})",
        nn: "Kommunenummeret er ikkje kontrollert: biblioteket har inga kommuneliste for {year} (første liste gjeld frå {firstListYear})",
        en: "The municipality number was not checked: the library has no municipality list for {year} (the first list is from {firstListYear})",
      },
    },
  },
  run: (report) => {
    const { municipalityNumber, year } = report;
    const found = lookupMunicipality(municipalityNumber, { year });
    if (found.ok || found.reason === "format") return [];
    if (found.reason === "unknown-municipality") {
      return [{ code: "reporting/unknown-municipality", path: ["municipalityNumber"], params: { municipalityNumber, year, listYear: found.listYear } }];
    }
    return [{ code: "reporting/no-municipality-list", path: ["municipalityNumber"], params: { year, firstListYear: firstMunicipalityListYear() } }];
  },
});
