// Near-valid documents: a valid fixture with one thing changed, the way real input goes wrong.
import fc from "fast-check";

type Path = readonly (string | number)[];
type Container = unknown[] | Record<string, unknown>;

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null;

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (!isContainer(value)) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf(Reflect.get(value, key), [...prefix, key])]);
}

/** What to do at the chosen place. */
export type Mutation =
  /** `hole` leaves a hole in an array (a sparse array) or an own property set to `undefined`. */
  | { readonly op: "delete" | "duplicate" | "swap-type" | "far-past" | "far-future" | "hole"; readonly pick: number }
  | { readonly op: "replace"; readonly pick: number; readonly value: unknown }
  /** Cuts `cut` characters of a string at `at` and puts `insert` there: a typo in a date, a code or a text. */
  | { readonly op: "edit-text"; readonly pick: number; readonly at: number; readonly cut: number; readonly insert: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom("delete", "duplicate", "swap-type", "far-past", "far-future", "hole"), pick: fc.nat() }),
  fc.record({ op: fc.constant("replace" as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({
    op: fc.constant("edit-text" as const),
    pick: fc.nat(),
    at: fc.nat(),
    cut: fc.nat({ max: 3 }),
    insert: fc.oneof(fc.constantFrom("", " ", "0", "9", "-", ".", "/", "x", "å", "99", "\u0000"), fc.string({ maxLength: 3 })),
  }),
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

function farDate(value: unknown, past: boolean): unknown {
  if (typeof value === "string" && MONTH.test(value)) return past ? "1800-01" : "2200-12";
  if (typeof value === "number") return past ? 1800 : 2200;
  return past ? "1800-01-01" : "2200-12-31";
}

function swapType(value: unknown): unknown {
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  // Array.from visits the holes a "hole" mutation left (map skips them and leaves holes in the entries).
  if (Array.isArray(value)) return Object.fromEntries(Array.from(value, (item, i) => [String(i), item]));
  if (isContainer(value)) return Object.values(value);
  return "";
}

function isDateLike(value: unknown): boolean {
  return (typeof value === "string" && (DATE.test(value) || MONTH.test(value))) || (typeof value === "number" && value >= 1900 && value <= 2100);
}

function editText(text: string, m: Extract<Mutation, { op: "edit-text" }>): string {
  const at = m.at % (text.length + 1);
  return text.slice(0, at) + m.insert + text.slice(at + m.cut);
}

function valueAt(doc: unknown, path: Path): unknown {
  let value = doc;
  for (const key of path) value = isContainer(value) ? Reflect.get(value, key) : undefined;
  return value;
}

/** A copy of `doc` with one mutation applied at one of its paths (or to the whole document). */
export function mutate(doc: unknown, m: Mutation): unknown {
  const copy: unknown = structuredClone(doc);
  if (m.op === "edit-text" && typeof copy === "string") return editText(copy, m);
  const all = pathsOf(copy);
  const far = m.op === "far-past" || m.op === "far-future";
  const fitting = far ? all.filter((p) => isDateLike(valueAt(copy, p))) : m.op === "edit-text" ? all.filter((p) => typeof valueAt(copy, p) === "string") : all;
  const paths = fitting.length > 0 ? fitting : all;
  const path = paths[m.pick % Math.max(paths.length, 1)];
  if (path === undefined) return m.op === "replace" ? m.value : swapType(copy);
  let parent: unknown = copy;
  for (const key of path.slice(0, -1)) parent = isContainer(parent) ? Reflect.get(parent, key) : undefined;
  if (!isContainer(parent)) return copy;
  const key = path[path.length - 1] ?? 0;
  const current: unknown = Reflect.get(parent, key);
  switch (m.op) {
    case "delete":
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
      break;
    case "duplicate":
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      else Reflect.set(parent, key, [current, current]);
      break;
    case "hole":
      if (Array.isArray(parent)) Reflect.deleteProperty(parent, key);
      else Reflect.set(parent, key, undefined);
      break;
    case "swap-type":
      Reflect.set(parent, key, swapType(current));
      break;
    case "far-past":
    case "far-future":
      Reflect.set(parent, key, farDate(current, m.op === "far-past"));
      break;
    case "replace":
      Reflect.set(parent, key, m.value);
      break;
    case "edit-text":
      Reflect.set(parent, key, typeof current === "string" ? editText(current, m) : swapType(current));
      break;
  }
  return copy;
}
