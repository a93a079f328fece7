// Internal: a message template filled in with a finding's params.
import type { FindingParams } from "./types.js";

/** Replaces each `{name}` with the param of that name; a placeholder with no such param is left as written. */
export function fillTemplate(template: string, params: FindingParams | undefined): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value: unknown = Object.hasOwn(params, name) ? params[name] : undefined;
    return typeof value === "string" || typeof value === "number" ? String(value) : placeholder;
  });
}
