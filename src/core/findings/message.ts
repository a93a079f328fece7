import { describeValue, resolveLocale } from "../../_lib/options.js";
import type { Locale } from "../locale.js";
import { type FindingCode, findingCatalog } from "./catalog/index.js";
import { fillTemplate } from "./template.js";
import type { FindingParams } from "./types.js";

/**
 * Builds a finding's message from the catalog template of its code and its params.
 *
 * @param code - A finding code from {@link findingCatalog}.
 * @param params - The values the template refers to as `{name}`.
 * @param locale - `nb` (default), `nn` or `en`.
 * @returns The message; a placeholder with no param is left as written.
 * @throws TypeError when `code` is not a string, `params` is not an object or `locale` is not a
 *   string; RangeError when `code` is not in {@link findingCatalog} or `locale` is not `nb`, `nn` or `en`.
 *
 * @example
 * findingMessage("schema/invalid-national-id", { reason: "checksum" }, "en")
 * //=> "Invalid national identity number, D-number, H-number or FH-number (wrong check digits)"
 */
export function findingMessage(code: FindingCode, params: FindingParams = {}, locale: Locale = "nb"): string {
  if (typeof code !== "string") throw new TypeError(`findingMessage: code must be a finding code, got ${describeValue(code)}`);
  if (!Object.hasOwn(findingCatalog, code)) throw new RangeError(`findingMessage: ${describeValue(code)} is not a finding code`);
  if (params === null || typeof params !== "object" || Array.isArray(params)) {
    throw new TypeError(`findingMessage: params must be an object, got ${describeValue(params)}`);
  }
  const language = resolveLocale(locale);
  return fillTemplate(findingCatalog[code].messages[language], params, language);
}
