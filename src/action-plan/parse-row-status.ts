import type { ActionPlanRowStatus } from "./schema.js";

/**
 * The result of {@link parseRowStatus}: the status, or why the text could not be read
 * (`empty` for blank text, `unrecognized` for any other text or a non-string).
 *
 * @example
 * const result: ParseRowStatusResult = { ok: true, status: "planned" };
 */
export type ParseRowStatusResult =
  | { readonly ok: true; readonly status: ActionPlanRowStatus }
  | { readonly ok: false; readonly reason: "empty" | "unrecognized" };

// Written forms in bokmål and nynorsk, lower-case, one space between words.
const STATUS_WORDS: ReadonlyMap<string, ActionPlanRowStatus> = new Map<string, ActionPlanRowStatus>([
  ...words("done", ["ja", "ferdig", "gjennomført", "utført", "fullført", "levert", "gjort"]),
  ...words("in-progress", ["pågår", "pågåande", "pågående", "i gang", "i gong", "under arbeid", "starta", "startet", "delvis"]),
  ...words("planned", ["under planlegging", "planlagt", "planlegging"]),
  ...words("not-started", ["nei", "ikke startet", "ikkje starta", "ikke påbegynt", "ikkje påbyrja", "ikke begynt", "ikkje byrja"]),
  ...words("postponed", ["utsatt", "utsett", "forskjøvet"]),
  ...words("cancelled", ["avlyst", "avbrutt", "avbrote", "kansellert", "utgår", "utgått", "droppet", "droppa"]),
]);

function words(status: ActionPlanRowStatus, forms: readonly string[]): [string, ActionPlanRowStatus][] {
  return forms.map((form) => [form, status]);
}

/**
 * Reads the status of an action-plan row as it is written (status, "Er det gjort?"), in bokmål or
 * nynorsk: "Ja", "Ferdig", "Gjennomført" -> `done`; "Pågår" -> `in-progress`; "Under planlegging"
 * -> `planned`; "Nei", "Ikke startet", "Ikkje starta" -> `not-started`; "Utsatt" -> `postponed`;
 * "Avlyst" -> `cancelled`. Case, surrounding space and a trailing full stop do not matter.
 * Never throws.
 *
 * @param text - The status as written in the plan.
 * @returns `{ ok: true, status }`, or `{ ok: false, reason }` for blank or unknown text.
 *
 * @example
 * parseRowStatus("Under planlegging")
 * //=> { ok: true, status: "planned" }
 * parseRowStatus("Ikkje starta.")
 * //=> { ok: true, status: "not-started" }
 * parseRowStatus("kanskje")
 * //=> { ok: false, reason: "unrecognized" }
 */
export function parseRowStatus(text: unknown): ParseRowStatusResult {
  if (typeof text !== "string") return { ok: false, reason: "unrecognized" };
  const normalized = text.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim().replace(/[.!]+$/u, "").trim();
  if (normalized === "") return { ok: false, reason: "empty" };
  const status = STATUS_WORDS.get(normalized);
  return status === undefined ? { ok: false, reason: "unrecognized" } : { ok: true, status };
}
