// Internal: a message template filled in with a finding's params.
import type { Locale } from "../locale.js";
import { paramText } from "./param-labels.js";
import type { FindingParams } from "./types.js";

// Each template split once into text and placeholder names (odd indexes): [text, name, text, ...].
const splitTemplates = new Map<string, readonly string[]>();

/**
 * Replaces each `{name}` with the param of that name; a placeholder with no such param is left as
 * written. With a locale, a `reason` or `status` token is written in words of that locale.
 */
export function fillTemplate(template: string, params: FindingParams | undefined, locale?: Locale): string {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    splitTemplates.set(template, parts);
  }
  if (parts.length === 1) return template;
  let text = parts[0] ?? "";
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? "";
    const value: unknown = params !== undefined && Object.hasOwn(params, name) ? params[name] : undefined;
    text += (typeof value === "string" || typeof value === "number" ? paramText(name, value, locale) : `{${name}}`) + (parts[i + 1] ?? "");
  }
  return text;
}

/** The names of a template's placeholders, each once, in the order they first appear. */
export function templateParams(template: string): readonly string[] {
  const names = template.split(/\{(\w+)\}/).filter((_, i) => i % 2 === 1);
  return [...new Set(names)];
}
