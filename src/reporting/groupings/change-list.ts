// Internal: tells whether a value is a list of municipality changes (checked in full, once per list).
import type { MunicipalityChange } from "./municipality-changes.js";

const checked = new WeakSet<object>();

function isChange(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const change: Partial<Record<string, unknown>> = { ...value };
  return typeof change["from"] === "string" && typeof change["to"] === "string" && typeof change["fromYear"] === "number" && typeof change["toYear"] === "number" && typeof change["change"] === "string";
}

/** True when `value` is an array of change events. */
export function isChangeList(value: unknown): value is readonly MunicipalityChange[] {
  if (!Array.isArray(value)) return false;
  if (checked.has(value)) return true;
  const ok = value.every(isChange);
  if (ok) checked.add(value);
  return ok;
}
