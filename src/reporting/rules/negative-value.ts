import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf, PRACTICE } from "../../core/findings/basis.js";
import type { FindingPath } from "../../core/findings/types.js";
import type { MunicipalReport } from "../schema.js";
import { COUNTED_PRACTICES, entriesWithPath, reportRule, SERVICE_GROUPS } from "./context.js";

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
export const negativeValueRule = reportRule({
  codes: {
    "reporting/negative-value": {
      severity: "error",
      description: "A full-time equivalent or count in the municipal report is below zero.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Verdien kan ikke være negativ",
        nn: "Verdien kan ikkje vere negativ",
        en: "The value cannot be negative",
      },
    },
    "reporting/implausible-fte": {
      severity: "warning",
      description: "A full-time-equivalent figure is above the plausibility limit for one municipality, often hours or people typed where FTEs belong.",
      basis: PRACTICE,
      messages: {
        nb: "Over {max} årsverk er neppe riktig for én kommune; sjekk at tallet er årsverk og ikke timer eller personer",
        nn: "Over {max} årsverk er neppe rett for éin kommune; sjekk at talet er årsverk og ikkje timar eller personar",
        en: "More than {max} full-time equivalents is unlikely for one municipality; check that the figure is FTEs, not hours or people",
      },
    },
  },
  run: (report, ctx) => {
    const findings: RuleFinding<"reporting/negative-value" | "reporting/implausible-fte">[] = [];
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
  },
});
