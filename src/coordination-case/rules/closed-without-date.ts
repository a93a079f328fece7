import { PRACTICE } from "../../core/findings/basis.js";
import { caseRule } from "./context.js";

/** `case/closed-without-date` (practice: closing sets an end date): a closed case has no `closedOn`. */
export const closedWithoutDateRule = caseRule({
  codes: {
    "case/closed-without-date": {
      severity: "warning",
      description: "A closed case has no closing date (closedOn).",
      basis: PRACTICE,
      messages: {
        nb: "Saken er avsluttet, men mangler avslutningsdato",
        nn: "Saka er avslutta, men manglar avslutningsdato",
        en: "The case is closed but has no closing date",
      },
    },
  },
  statuses: ["closed"],
  run: (c) => (c.closedOn === undefined ? [{ code: "case/closed-without-date", path: ["closedOn"] }] : []),
});
