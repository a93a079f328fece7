import { basisOf } from "../../core/findings/basis.js";
import { schemeOf } from "../schemes.js";
import { reportRule } from "./context.js";

/**
 * `reporting/scheme-conflicts-with-year` (warning): the report names a category scheme (the
 * service and education categories of the form) other than the one IS-24/8 used in its year:
 * 2015-2023, 2024 (categories changed) or 2025 on (separate adult and children's forms). Its
 * figures would be added to the year's others across a break; {@link aggregateReports} counts them.
 */
export const schemeConflictRule = reportRule({
  codes: {
    "reporting/scheme-conflicts-with-year": {
      severity: "warning",
      description: "The report names a category scheme other than the one the form used in the report's year, so its figures would be added up across a break in the categories.",
      basis: basisOf("is-24-8"),
      messages: {
        nb: "Rapporten for {year} oppgir kategorisettet {scheme}, men skjemaet for {year} brukte {expected}",
        nn: "Rapporten for {year} oppgir kategorisettet {scheme}, men skjemaet for {year} brukte {expected}",
        en: "The report for {year} names the category scheme {scheme}, but the form for {year} used {expected}",
      },
    },
  },
  run: (report) => {
    const { scheme, year } = report;
    if (scheme === undefined) return [];
    const expected = schemeOf(year);
    return scheme === expected ? [] : [{ code: "reporting/scheme-conflicts-with-year", path: ["scheme"], params: { year, scheme, expected } }];
  },
});
