import type { RawFinding } from "../../_lib/_legacy.js";
import type { MunicipalReport } from "../schema.js";
import { roundForDisplay, sameAmount, SERVICE_GROUPS, sumOf } from "./context.js";

/**
 * `reporting/fte-total-mismatch` when a group's reported total is not its sum by profession,
 * `reporting/fte-breakdowns-differ` when the sums by profession and by education level differ
 * (both count the same FTEs), and `reporting/no-full-time-equivalents` when the report has none.
 */
export function checkFullTimeEquivalentTotals(report: MunicipalReport): RawFinding[] {
  const findings: RawFinding[] = [];
  let anyFte = false;
  for (const group of SERVICE_GROUPS) {
    const fte = report.fullTimeEquivalents[group];
    const byProfession = sumOf(fte.byProfession);
    const byEducation = sumOf(fte.byEducation);
    const path = ["fullTimeEquivalents", group];
    if (fte.total !== undefined && !sameAmount(fte.total, byProfession)) {
      findings.push({
        code: "reporting/fte-total-mismatch",
        path: [...path, "total"],
        params: { reported: fte.total, sum: roundForDisplay(byProfession) },
      });
    }
    if (!sameAmount(byProfession, byEducation)) {
      findings.push({
        code: "reporting/fte-breakdowns-differ",
        path: [...path, "byEducation"],
        params: { byProfession: roundForDisplay(byProfession), byEducation: roundForDisplay(byEducation) },
      });
    }
    const values = [fte.total ?? 0, ...Object.values(fte.byProfession), ...Object.values(fte.byEducation)];
    if (values.some((value) => value !== undefined && value !== 0)) anyFte = true;
  }
  if (!anyFte) findings.push({ code: "reporting/no-full-time-equivalents", path: ["fullTimeEquivalents"] });
  return findings;
}
