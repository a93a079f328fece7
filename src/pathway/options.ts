import { describeValue, ownOption, requireOptions, resolveWindowDays } from "../_lib/options.js";
import type { CheckOptions } from "../core/findings/types.js";
import { BUILT_IN_PATHWAYS } from "./builtin.js";
import type { PathwayDefinition } from "./definition.js";

/**
 * How many days an open pathway case may go with no step done, by default (about a quarter): a
 * choice of this library, not law. Set `inactiveDays` to your own routine.
 *
 * @example
 * DEFAULT_PATHWAY_INACTIVE_DAYS
 * //=> 90
 */
export const DEFAULT_PATHWAY_INACTIVE_DAYS = 90;

/**
 * Options for {@link checkPathwayCase} and {@link validatePathwayCase}: the common check options,
 * the days a case may go with no activity, and pathways of your own beside the built-in ones.
 *
 * @example
 * const options: PathwayCheckOptions = { today: "2025-06-01", locale: "nn", inactiveDays: 60 };
 */
export interface PathwayCheckOptions extends CheckOptions {
  /** Days an open case may go with no step done (`pathway/inactive`); 90 when left out. */
  readonly inactiveDays?: number;
  /** Pathway definitions of your own; one with a built-in pathway's id replaces it. Each must pass {@link validatePathwayDefinition}. */
  readonly pathways?: readonly PathwayDefinition[];
}

/** The pathway options, resolved. */
export interface PathwaySettings {
  readonly inactiveDays: number;
  readonly pathways: ReadonlyMap<string, PathwayDefinition>;
}

/**
 * Reads the pathway options; `check` returns a definition when it is sound (an error-free
 * `validatePathwayDefinition`), or the reason it is not.
 *
 * @throws TypeError when `options` is not an object or `pathways` is not an array; RangeError when
 *   `inactiveDays` is not a whole number 0-3660 or a pathway is not a sound definition.
 */
export function resolvePathwaySettings(options: unknown, fn: string, check: (definition: unknown) => PathwayDefinition | string): PathwaySettings {
  requireOptions(options, fn);
  const inactiveDays = resolveWindowDays(ownOption(options, "inactiveDays"), "inactiveDays", DEFAULT_PATHWAY_INACTIVE_DAYS);
  const pathways = new Map<string, PathwayDefinition>(BUILT_IN_PATHWAYS.map((p) => [p.id, p]));
  const own = ownOption(options, "pathways");
  if (own === undefined) return { inactiveDays, pathways };
  if (!Array.isArray(own)) throw new TypeError(`${fn}: pathways must be an array of pathway definitions, got ${describeValue(own)}`);
  const list: readonly unknown[] = own;
  for (const [i, definition] of list.entries()) {
    const sound = check(definition);
    if (typeof sound === "string") throw new RangeError(`${fn}: pathways[${i}] is not a sound pathway definition (${sound}); check it with validatePathwayDefinition`);
    pathways.set(sound.id, sound);
  }
  return { inactiveDays, pathways };
}
