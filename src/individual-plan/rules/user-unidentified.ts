import { PRACTICE } from "../../core/findings/basis.js";
import { planRule } from "../_context.js";

/** `plan/user-unidentified` (practice): the user has neither a birth date nor a national id. Any status. */
export const userUnidentifiedRule = planRule({
  codes: {
    "plan/user-unidentified": {
      severity: "error",
      description: "The user has neither a birth date nor a national identity number. Any status.",
      basis: PRACTICE,
      messages: {
        nb: "Brukeren har verken fødselsdato eller fødselsnummer",
        nn: "Brukaren har verken fødselsdato eller fødselsnummer",
        en: "The user has neither a birth date nor a national identity number",
      },
    },
  },
  run: (plan) =>
    plan.user.birthDate === undefined && plan.user.nationalId === undefined
      ? [{ code: "plan/user-unidentified", path: ["user"] }]
      : [],
});
