import type { RawFinding } from "../../_lib/_legacy.js";
import { firstMunicipalityListYear, lookupMunicipality } from "../municipality-codes.js";
import type { MunicipalReport } from "../schema.js";

/**
 * `reporting/unknown-municipality` when the number is not in the code list valid in the report's
 * year, and `reporting/no-municipality-list` (info) when no list covers that year, so the number
 * could not be checked: that is a gap in the library's lists, not an error in the report.
 */
export function checkMunicipalityNumber(report: MunicipalReport): RawFinding[] {
  const { municipalityNumber, year } = report;
  const found = lookupMunicipality(municipalityNumber, { year });
  if (found.ok) return [];
  if (found.reason === "unknown-municipality") {
    return [
      {
        code: "reporting/unknown-municipality",
        path: ["municipalityNumber"],
        params: { municipalityNumber, year, listYear: found.listYear },
      },
    ];
  }
  if (found.reason === "format") return [];
  return [
    {
      code: "reporting/no-municipality-list",
      path: ["municipalityNumber"],
      params: { year, firstListYear: firstMunicipalityListYear() },
    },
  ];
}
