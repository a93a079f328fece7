import { basisOf } from "../../core/findings/basis.js";
import { reportRule } from "./context.js";

/** `reporting/year-not-ended` (IS-24/8 reports a year that has ended): the report covers a year that has not ended on `today`. */
export const yearNotEndedRule = reportRule({
  codes: {
    "reporting/year-not-ended": {
      severity: "warning",
      description: "The report covers a year that has not ended on today.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Rapporten gjelder {year}, som ikke er omme ennå",
        nn: "Rapporten gjeld {year}, som ikkje er omme enno",
        en: "The report covers {year}, which has not ended yet",
      },
    },
  },
  run: (report, ctx) =>
    report.year >= Number(ctx.today.slice(0, 4)) ? [{ code: "reporting/year-not-ended", path: ["year"], params: { year: report.year } }] : [],
});
