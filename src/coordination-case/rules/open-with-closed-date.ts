import type { CaseRule } from "./context.js";

/** `case/open-with-closed-date` (practice): an open case has a `closedOn`, so it is unclear whether it is closed. */
export const openWithClosedDate: CaseRule = (c) =>
  c.status === "open" && c.closedOn !== undefined ? [{ code: "case/open-with-closed-date", path: ["closedOn"], params: { closedOn: c.closedOn } }] : [];
