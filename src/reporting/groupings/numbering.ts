import { ownOption, requireOptions, resolveNumber } from "../../_lib/options.js";
import { hasMunicipalityNumberForm } from "../../core/identifiers/municipality-number.js";
import { isChangeList } from "./change-list.js";
import type { MunicipalityChange } from "./municipality-changes.js";

/**
 * How a number maps between two numberings: `unchanged`, `renumbered` (one to one), `merged` (into a
 * number others went into too, so the new unit is larger) or `split` (to several numbers, or, read
 * backwards, a merged unit that cannot be divided): a split is not comparable.
 *
 * @example
 * const kind: NumberingChange = "renumbered";
 */
export type NumberingChange = "unchanged" | "renumbered" | "merged" | "split";

/**
 * A number in another numbering: the numbers it maps to, sorted, and the strongest change on the way
 * (`split` over `merged` over `renumbered` over `unchanged`).
 *
 * @example
 * const mapped: MappedNumber = { numbers: ["3101"], change: "renumbered" };
 */
export interface MappedNumber {
  /** The numbers in the target numbering; more than one only for a split. */
  readonly numbers: readonly string[];
  /** The strongest change on the way. */
  readonly change: NumberingChange;
}

const ORDER: readonly NumberingChange[] = ["unchanged", "renumbered", "merged", "split"];
const stronger = (a: NumberingChange, b: NumberingChange): NumberingChange => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

/**
 * The numbering (the first year of its municipality list) a year's numbers are read in: 2019 before
 * 2020, 2020 for 2020 to 2023 and 2024 from 2024.
 *
 * @param year - A whole year.
 * @returns 2019, 2020 or 2024.
 * @throws TypeError when `year` is not a number; RangeError when it is not a whole number.
 *
 * @example
 * numberingOf(2022)
 * //=> 2020
 */
export function numberingOf(year: number): 2019 | 2020 | 2024 {
  resolveNumber(year, "year", { integer: true });
  return year >= 2024 ? 2024 : year >= 2020 ? 2020 : 2019;
}

// The reform steps between the numberings, oldest first.
const STEPS = [
  [2019, 2020],
  [2020, 2024],
] as const;

interface Step {
  readonly forward: ReadonlyMap<string, readonly string[]>;
  readonly backward: ReadonlyMap<string, readonly string[]>;
}

const built = new WeakMap<readonly MunicipalityChange[], readonly Step[]>();

function stepsOf(changes: readonly MunicipalityChange[]): readonly Step[] {
  const made = built.get(changes);
  if (made) return made;
  const steps = STEPS.map(([from, to]) => {
    const forward = new Map<string, string[]>();
    const backward = new Map<string, string[]>();
    for (const change of changes) {
      if (change.change === "renamed" || numberingOf(change.fromYear) !== from || numberingOf(change.toYear) !== to) continue;
      forward.set(change.from, [...(forward.get(change.from) ?? []), change.to]);
      backward.set(change.to, [...(backward.get(change.to) ?? []), change.from]);
    }
    return { forward, backward };
  });
  built.set(changes, steps);
  return steps;
}

/**
 * Maps a municipality number (kommunenummer) from the numbering of one year to that of another
 * through Statistics Norway's change events: renumberings and merges map to one number, a split to
 * several. Backwards (a new number to an old numbering) a merged unit maps to its parts, which is a
 * split (not comparable), and the parts of a split map to the one old number (merged).
 *
 * @param number - Any value; a municipality number of `fromYear`'s numbering is 4 digits as a string.
 * @param options - `fromYear`, the year the number is read in; `toYear`, the year whose numbering the
 *   result is in; `changes`, the change events ({@link municipalityChanges}).
 * @returns The numbers in the target numbering and the strongest change on the way; `undefined`
 *   when `number` is not 4 digits.
 * @throws TypeError when `options` is not an object, a year is not a number or `changes` is not a
 *   list of changes; RangeError when a year is not a whole number.
 *
 * @example
 * mapMunicipalityNumber("0101", { fromYear: 2019, toYear: 2024, changes: municipalityChanges })
 * //=> { numbers: ["3101"], change: "renumbered" }
 * mapMunicipalityNumber("1507", { fromYear: 2023, toYear: 2024, changes: municipalityChanges })
 * //=> { numbers: ["1508", "1580"], change: "split" }
 * mapMunicipalityNumber("1580", { fromYear: 2024, toYear: 2020, changes: municipalityChanges })
 * //=> { numbers: ["1507"], change: "merged" }
 */
export function mapMunicipalityNumber(number: unknown, options: MapMunicipalityNumberOptions): MappedNumber | undefined {
  requireOptions(options, "mapMunicipalityNumber");
  const fromYear = resolveNumber(ownOption(options, "fromYear"), "mapMunicipalityNumber: fromYear", { integer: true });
  const toYear = resolveNumber(ownOption(options, "toYear"), "mapMunicipalityNumber: toYear", { integer: true });
  const changes = ownOption(options, "changes");
  if (!isChangeList(changes)) throw new TypeError("mapMunicipalityNumber: changes must be a list of municipality changes such as municipalityChanges");
  return hasMunicipalityNumberForm(number) ? mapNumber(number, fromYear, toYear, changes) : undefined;
}

/**
 * Options for {@link mapMunicipalityNumber}.
 *
 * @example
 * const options: MapMunicipalityNumberOptions = { fromYear: 2019, toYear: 2024, changes: municipalityChanges };
 */
export interface MapMunicipalityNumberOptions {
  /** The year the number is read in. */
  readonly fromYear: number;
  /** The year whose numbering the result is in. */
  readonly toYear: number;
  /** The change events, {@link municipalityChanges}. */
  readonly changes: readonly MunicipalityChange[];
}

/** {@link mapMunicipalityNumber} on checked input. */
export function mapNumber(number: string, fromYear: number, toYear: number, changes: readonly MunicipalityChange[]): MappedNumber {
  const from = numberingOf(fromYear);
  const to = numberingOf(toYear);
  const steps = stepsOf(changes);
  let numbers: readonly string[] = [number];
  let change: NumberingChange = "unchanged";
  const forward = from <= to;
  const order = forward ? [0, 1] : [1, 0];
  for (const index of order) {
    const [stepFrom, stepTo] = STEPS[index] ?? [0, 0];
    if (forward ? stepFrom < from || stepTo > to : stepFrom < to || stepTo > from) continue;
    const step = steps[index];
    if (step === undefined) continue;
    const map = forward ? step.forward : step.backward;
    const other = forward ? step.backward : step.forward;
    const next = new Set<string>();
    for (const n of numbers) {
      const targets = map.get(n) ?? [n];
      for (const target of targets) next.add(target);
      if (targets.length > 1) change = stronger(change, "split");
      else if (targets[0] !== n || map.has(n)) {
        const siblings = other.get(targets[0] ?? n)?.length ?? 1;
        change = stronger(change, siblings > 1 ? "merged" : targets[0] === n ? "unchanged" : "renumbered");
      }
    }
    numbers = [...next].sort();
  }
  return { numbers, change };
}
