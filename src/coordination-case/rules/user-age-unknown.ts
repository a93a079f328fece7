import type { CaseRule } from "./context.js";

/**
 * `case/user-age-unknown` (practice): an open case has a child-coordinator appointment, but neither
 * a birth date nor a national id that carries one, so `case/child-coordinator-for-adult` cannot be judged.
 */
export const userAgeUnknown: CaseRule = (c, { birthDate }) => {
  if (c.status !== "open" || birthDate !== undefined) return [];
  const count = (c.appointments ?? []).filter((a) => a.kind === "child-coordinator").length;
  return count > 0 ? [{ code: "case/user-age-unknown", path: ["user"], params: { count } }] : [];
};
