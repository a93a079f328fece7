import type { RuleFinding } from "../../_lib/engine/rule.js";
import { PRACTICE } from "../../core/findings/basis.js";
import { caseRule } from "./context.js";

/** `case/duplicate-id` (practice): an appointment id used by an earlier appointment; reported on each later use. Any status. */
export const duplicateIdRule = caseRule({
  codes: {
    "case/duplicate-id": {
      severity: "error",
      description: "An appointment id is already used by an earlier appointment; reported at each later use. Any status.",
      basis: PRACTICE,
      messages: {
        nb: "ID-en {id} er brukt mer enn én gang",
        nn: "ID-en {id} er brukt meir enn éin gong",
        en: "The id {id} is used more than once",
      },
    },
  },
  run: (c) => {
    const seen = new Set<string>();
    return (c.appointments ?? []).flatMap(({ id }, i): RuleFinding<"case/duplicate-id">[] => {
      if (!seen.has(id)) {
        seen.add(id);
        return [];
      }
      return [{ code: "case/duplicate-id", path: ["appointments", i, "id"], params: { id } }];
    });
  },
});
