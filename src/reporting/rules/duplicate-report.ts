import type { RuleFinding } from "../../_lib/engine/rule.js";
import { basisOf } from "../../core/findings/basis.js";
import { reportSetRule } from "./context.js";

/**
 * `reporting/duplicate-report` (IS-24/8: one report per municipality and year): a report in a list
 * for the same municipality and year as an earlier one, reported at each later one's index. A rule
 * of `checkReportSet`, over the whole list.
 */
export const duplicateReportRule = reportSetRule({
  codes: {
    "reporting/duplicate-report": {
      severity: "error",
      description: "A list of reports holds a second report for the same municipality and year as an earlier one; reported at each later one.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Kommune {municipalityNumber} har flere rapporter for {year}; den første står på plass [{firstIndex}]",
        nn: "Kommune {municipalityNumber} har fleire rapportar for {year}; den første står på plass [{firstIndex}]",
        en: "Municipality {municipalityNumber} has more than one report for {year}; the first is at [{firstIndex}]",
      },
    },
  },
  run: (reports) => {
    const firstIndex = new Map<string, number>();
    const findings: RuleFinding<"reporting/duplicate-report">[] = [];
    reports.forEach((report, index) => {
      const key = `${report.municipalityNumber}|${report.year}`;
      const first = firstIndex.get(key);
      if (first === undefined) firstIndex.set(key, index);
      else {
        findings.push({
          code: "reporting/duplicate-report",
          path: [index],
          params: { municipalityNumber: report.municipalityNumber, year: report.year, firstIndex: first },
        });
      }
    });
    return findings;
  },
});
