import type { RawFinding } from "../../_lib/_legacy.js";
import type { CaseRule } from "./context.js";

/** `case/duplicate-id` (practice): an appointment id used by an earlier appointment; reported on each later use. Any status. */
export const duplicateId: CaseRule = (c) => {
  const seen = new Set<string>();
  return (c.appointments ?? []).flatMap(({ id }, i): RawFinding[] => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ code: "case/duplicate-id", path: ["appointments", i, "id"], params: { id } }];
  });
};
