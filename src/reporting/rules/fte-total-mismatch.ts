import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf } from "../../core/findings/basis.js";
import { reportRule, roundForDisplay, sameAmount, SERVICE_GROUPS, sumOf } from "./context.js";

/**
 * `reporting/fte-total-mismatch` when a group's reported total is not its sum by profession,
 * `reporting/fte-breakdowns-differ` when the sums by profession and by education level differ
 * (both count the same FTEs), and `reporting/no-full-time-equivalents` when the report has none.
 */
export const fteTotalMismatchRule = reportRule({
  codes: {
    "reporting/fte-total-mismatch": {
      severity: "error",
      description: "A group's reported total of full-time equivalents is not the sum of its figures by profession.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Oppgitt sum årsverk ({reported}) er ikke lik summen per yrkesgruppe ({sum})",
        nn: "Oppgjeven sum årsverk ({reported}) er ikkje lik summen per yrkesgruppe ({sum})",
        en: "The reported total of full-time equivalents ({reported}) is not the sum by profession ({sum})",
      },
    },
    "reporting/fte-breakdowns-differ": {
      severity: "error",
      description: "The full-time equivalents by education level and by profession add up to different sums, though both count the same FTEs.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Årsverk per utdanningsnivå ({byEducation}) gir ikke samme sum som årsverk per yrkesgruppe ({byProfession})",
        nn: "Årsverk per utdanningsnivå ({byEducation}) gjev ikkje same sum som årsverk per yrkesgruppe ({byProfession})",
        en: "Full-time equivalents by education level ({byEducation}) do not add up to the same as by profession ({byProfession})",
      },
    },
    "reporting/no-full-time-equivalents": {
      severity: "warning",
      description: "The report gives no full-time equivalents, neither for adults nor for children and young people.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Rapporten oppgir ingen årsverk, verken for voksne eller for barn og unge",
        nn: "Rapporten oppgjev ingen årsverk, korkje for vaksne eller for born og unge",
        en: "The report gives no full-time equivalents, neither for adults nor for children and young people",
      },
    },
  },
  run: (report) => {
    const findings: RuleFinding<"reporting/fte-total-mismatch" | "reporting/fte-breakdowns-differ" | "reporting/no-full-time-equivalents">[] = [];
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
  },
});
