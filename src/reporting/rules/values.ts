import type { RawFinding } from "../../_lib/_legacy.js";
import type { FindingPath } from "../../core/findings/types.js";
import type { MunicipalReport } from "../schema.js";
import { COUNTED_PRACTICES, entriesWithPath, type ReportRuleContext, SERVICE_GROUPS } from "./context.js";

function fteValues(report: MunicipalReport): (readonly [FindingPath, number])[] {
  return SERVICE_GROUPS.flatMap((group) => {
    const fte = report.fullTimeEquivalents[group];
    const prefix = ["fullTimeEquivalents", group];
    const total: (readonly [FindingPath, number])[] = fte.total === undefined ? [] : [[[...prefix, "total"], fte.total]];
    return [
      ...total,
      ...entriesWithPath(fte.byProfession, [...prefix, "byProfession"]),
      ...entriesWithPath(fte.byEducation, [...prefix, "byEducation"]),
    ];
  });
}

function countValues(report: MunicipalReport): (readonly [FindingPath, number])[] {
  const counts: (readonly [FindingPath, number])[] = [];
  if (report.users.total !== undefined) counts.push([["users", "total"], report.users.total]);
  counts.push(...entriesWithPath(report.users.byAgeGroup, ["users", "byAgeGroup"]));
  for (const practice of COUNTED_PRACTICES) {
    const users = report.practice[practice].users;
    if (users !== undefined) counts.push([["practice", practice, "users"], users]);
  }
  const agreements = report.practice.voluntaryOrganisations.agreements;
  if (agreements !== undefined) counts.push([["practice", "voluntaryOrganisations", "agreements"], agreements]);
  return counts;
}

/**
 * `reporting/negative-value` for any FTE or count below zero, and `reporting/implausible-fte` for an
 * FTE figure above the plausibility limit (often hours or people typed where FTEs belong).
 */
export function checkValues(report: MunicipalReport, ctx: ReportRuleContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const [path, value] of fteValues(report)) {
    if (value < 0) findings.push({ code: "reporting/negative-value", path });
    else if (value > ctx.maxFullTimeEquivalents) {
      findings.push({ code: "reporting/implausible-fte", path, params: { max: ctx.maxFullTimeEquivalents } });
    }
  }
  for (const [path, value] of countValues(report)) {
    if (value < 0) findings.push({ code: "reporting/negative-value", path });
  }
  return findings;
}
