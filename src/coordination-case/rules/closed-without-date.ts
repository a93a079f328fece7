import type { CaseRule } from "./context.js";

/** `case/closed-without-date` (practice: closing sets an end date): a closed case has no `closedOn`. */
export const closedWithoutDate: CaseRule = (c) =>
  c.status === "closed" && c.closedOn === undefined ? [{ code: "case/closed-without-date", path: ["closedOn"] }] : [];
