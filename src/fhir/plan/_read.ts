// Reading FHIR JSON of unknown shape: every accessor checks the type and never throws.
import type { RuleFinding } from "../../_lib/engine/rule.js";
import type { FindingCode } from "../../core/findings/codes.js";
import { type FhirCodeSystemName, hasCode, systemUrl } from "../code-systems.js";
import { FHIR_ID_SYSTEMS } from "../extensions.js";
import { shownId } from "../../_lib/shown-id.js";

export type Obj = { readonly [key: string]: unknown };
export type Path = readonly (string | number)[];

export function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
export const str = (value: unknown): string | undefined => (typeof value === "string" && value.length > 0 ? value : undefined);
export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
export const objs = (value: unknown): readonly Obj[] => list(value).filter(isObj);

/** The extensions of an element with a URL, in order. */
export function exts(element: unknown, url: string): Obj[] {
  return isObj(element) ? objs(element["extension"]).filter((e) => e["url"] === url) : [];
}
/** The first extension of an element with a URL. */
export function ext(element: unknown, url: string): Obj | undefined {
  const list = isObj(element) ? element["extension"] : undefined;
  if (!Array.isArray(list)) return undefined;
  for (const e of list) if (isObj(e) && e["url"] === url) return e;
  return undefined;
}

/** The value of a sub-extension of a complex extension. */
export function sub(complex: Obj | undefined, name: string, type: string): unknown {
  return ext(complex, name)?.[type];
}

export interface Entry {
  readonly resource: Obj;
  readonly index: number;
}

/** What the import collects while it reads: the entries by fullUrl, the findings, the entries it used. */
export interface Reader {
  readonly byUrl: Map<string, Entry>;
  readonly findings: RuleFinding[];
  readonly used: Set<number>;
}

export function report(reader: Reader, code: FindingCode, path: Path, params?: Record<string, string | number>): void {
  reader.findings.push(params === undefined ? { code, path } : { code, path, params });
}

/** The path of an element of an entry's resource. */
export const at = (entry: Entry, ...rest: (string | number)[]): Path => ["entry", entry.index, "resource", ...rest];

/** The entry a reference points to, reporting one that points nowhere. */
export function resolve(reader: Reader, ref: unknown, path: Path): Entry | undefined {
  const target = isObj(ref) ? str(ref["reference"]) : undefined;
  if (target === undefined) return undefined;
  const entry = reader.byUrl.get(target);
  if (entry === undefined) report(reader, "fhir/unresolved-reference", path, { reference: shownId(target) });
  return entry;
}

/** The value of an identifier of a system among a list of identifiers. */
export function identifierValue(identifiers: unknown, system: string): string | undefined {
  if (isObj(identifiers)) return identifiers["system"] === system ? str(identifiers["value"]) : undefined;
  for (const identifier of objs(identifiers)) if (identifier["system"] === system) return str(identifier["value"]);
  return undefined;
}

/** The id of a plan part a reference names: its logical identifier, or the target's identifier. */
export function refId(reader: Reader, ref: unknown, kind: keyof typeof FHIR_ID_SYSTEMS, path: Path): string | undefined {
  if (!isObj(ref)) return undefined;
  const own = identifierValue(ref["identifier"], FHIR_ID_SYSTEMS[kind]);
  if (own !== undefined) return own;
  const target = resolve(reader, ref, path);
  const id = target === undefined ? undefined : identifierValue(target.resource["identifier"], FHIR_ID_SYSTEMS[kind]);
  if (target !== undefined && id === undefined) report(reader, "fhir/missing-element", path, { element: "identifier" });
  return id;
}

/** The code of one of the package's code systems in a CodeableConcept or Coding, reporting an unknown one. */
export function codeOf(reader: Reader, element: unknown, name: FhirCodeSystemName, path: Path): string | undefined {
  const codings = isObj(element) && "coding" in element ? objs(element["coding"]) : isObj(element) ? [element] : [];
  const ours = codings.find((c) => c["system"] === systemUrl(name));
  const code = ours === undefined ? undefined : str(ours["code"]);
  if (ours !== undefined && (code === undefined || !hasCode(name, code))) {
    report(reader, "fhir/unknown-code", path);
    return undefined;
  }
  return code;
}

/** Whether any CodeableConcept of a list has a code of one of the package's systems. */
export function hasConcept(concepts: unknown, name: FhirCodeSystemName, code: string): boolean {
  return objs(concepts).some((c) => objs(c["coding"]).some((k) => k["system"] === systemUrl(name) && k["code"] === code));
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A full `YYYY-MM-DD` date (the first ten characters of a dateTime), reporting anything else. */
export function dateOf(reader: Reader, value: unknown, path: Path): string | undefined {
  if (value === undefined) return undefined;
  const day = typeof value === "string" ? value.slice(0, 10) : undefined;
  if (day !== undefined && DATE.test(day)) return day;
  report(reader, "fhir/invalid-value", path);
  return undefined;
}

/** The members without undefined ones, as the plan's schema wants them. */
export function compact(members: Obj): Obj {
  const out: Record<string, unknown> = {};
  for (const key in members) {
    const value = members[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The list, or undefined when empty. */
export const some = <T>(items: readonly T[]): T[] | undefined => (items.length === 0 ? undefined : [...items]);
