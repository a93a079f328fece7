import { PRACTICE } from "../../core/findings/basis.js";
import { validateNationalId } from "../../core/identifiers/national-id.js";
import { planRule } from "../_context.js";

/**
 * `plan/birth-date-mismatch` (practice): the recorded birth date differs from the one the national
 * id holds. The finding carries no params: a birth date is personal data. Any status.
 */
export const birthDateMismatchRule = planRule({
  codes: {
    "plan/birth-date-mismatch": {
      severity: "error",
      description: "The user's recorded birth date differs from the one the national identity number holds. The finding carries no params, as a birth date is personal data. Any status.",
      basis: PRACTICE,
      messages: {
        nb: "Fødselsdatoen stemmer ikke med fødselsnummeret",
        nn: "Fødselsdatoen stemmer ikkje med fødselsnummeret",
        en: "The birth date does not match the national identity number",
      },
    },
  },
  run: (plan) => {
    const { birthDate, nationalId } = plan.user;
    if (birthDate === undefined || nationalId === undefined) return [];
    const result = validateNationalId(nationalId);
    if (!result.valid || result.birthDate === undefined || result.birthDate === birthDate) return [];
    return [{ code: "plan/birth-date-mismatch", path: ["user", "birthDate"] }];
  },
});
