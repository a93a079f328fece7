import { PRACTICE } from "../../core/findings/basis.js";
import { caseRule, OPEN } from "./context.js";

/**
 * `case/user-age-unknown` (practice): an open case has a child-coordinator appointment, but neither
 * a birth date nor a national id that carries one, so `case/child-coordinator-for-adult` cannot be judged.
 */
export const userAgeUnknownRule = caseRule({
  codes: {
    "case/user-age-unknown": {
      severity: "info",
      description: "An open case has a child-coordinator appointment, but neither a birth date nor a national id gives the user's age, so the appointment cannot be judged.",
      basis: PRACTICE,
      messages: {
        nb: "Saken har {count} barnekoordinatoroppnevning(er), men brukerens alder er ukjent",
        nn: "Saka har {count} barnekoordinatoroppnemning(ar), men alderen til brukaren er ukjend",
        en: "The case has {count} child-coordinator appointment(s), but the user's age is unknown",
      },
    },
  },
  statuses: OPEN,
  run: (c, { birthDate }) => {
    if (birthDate !== undefined) return [];
    const count = (c.appointments ?? []).filter((a) => a.kind === "child-coordinator").length;
    return count > 0 ? [{ code: "case/user-age-unknown", path: ["user"], params: { count } }] : [];
  },
});
