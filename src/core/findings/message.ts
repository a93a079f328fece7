import type { Locale } from "../locale.js";
import { type FindingCode, findingCatalog } from "./catalog/index.js";
import type { FindingParams } from "./types.js";

/**
 * Builds a finding's message from the catalog template of its code and its params.
 *
 * @param code - A finding code from {@link findingCatalog}.
 * @param params - The values the template refers to as `{name}`.
 * @param locale - `nb` (default), `nn` or `en`.
 * @returns The message; a placeholder with no param is left as written.
 *
 * @example
 * findingMessage("schema/invalid-national-id", { reason: "checksum" }, "en")
 * //=> "Invalid national identity number, D-number or H-number (checksum)"
 */
export function findingMessage(code: FindingCode, params: FindingParams = {}, locale: Locale = "nb"): string {
  const template: string = findingCatalog[code].messages[locale];
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
