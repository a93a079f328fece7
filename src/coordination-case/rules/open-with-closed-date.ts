import { PRACTICE } from "../../core/findings/basis.js";
import { caseRule, OPEN } from "./context.js";

/** `case/open-with-closed-date` (practice): an open case has a `closedOn`, so it is unclear whether it is closed. */
export const openWithClosedDateRule = caseRule({
  codes: {
    "case/open-with-closed-date": {
      severity: "error",
      description: "An open case has a closing date, so it is unclear whether it is closed.",
      basis: PRACTICE,
      messages: {
        nb: "Saken står som åpen, men har avslutningsdato {closedOn}",
        nn: "Saka står som open, men har avslutningsdato {closedOn}",
        en: "The case is open but has a closing date, {closedOn}",
      },
    },
  },
  statuses: OPEN,
  run: (c) => (c.closedOn !== undefined ? [{ code: "case/open-with-closed-date", path: ["closedOn"], params: { closedOn: c.closedOn } }] : []),
});
