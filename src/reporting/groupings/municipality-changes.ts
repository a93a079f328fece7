import { MUNICIPALITIES_2019 } from "./data/municipalities-2019.js";
import { MUNICIPALITY_CHANGES, type MunicipalityChangeKind } from "./data/municipality-changes.js";

/**
 * A municipality change event (kommuneendring) of Statistics Norway's classification 131: a number
 * of one year's list and the number it became, with the kind of change.
 *
 * @example
 * const change: MunicipalityChange = { from: "1507", fromYear: 2023, to: "1580", toYear: 2024, change: "split", date: "2024-01-01" };
 */
export interface MunicipalityChange {
  /** The number before the change. */
  readonly from: string;
  /** The year before the change (2019 for the changes of 1 January 2020). */
  readonly fromYear: number;
  /** The number after the change. */
  readonly to: string;
  /** The year of the change. */
  readonly toYear: number;
  /** `split` (one to several), `merged` (several to one), `renumbered` (one to one) or `renamed`. */
  readonly change: MunicipalityChangeKind;
  /** The date the change took effect. */
  readonly date: string;
}

export type { MunicipalityChangeKind };

/**
 * Statistics Norway's municipality changes (KLASS 131) of 1 January 2020, 2022, 2023 and 2024, as
 * published (438 events): the mergers and renumberings of the 2020 reform, the 2024 reform
 * (county renumbering and the splits). Import it only where you map numbers between years.
 *
 * @example
 * municipalityChanges.filter((change) => change.from === "1507").map((change) => [change.to, change.change])
 * //=> [["1508", "split"], ["1580", "split"]]
 */
export const municipalityChanges: readonly MunicipalityChange[] = MUNICIPALITY_CHANGES.map(([from, fromYear, to, toYear, change, date]) => ({
  from,
  fromYear,
  to,
  toYear,
  change,
  date,
}));

/**
 * The 422 municipalities of 2019 (KLASS 131 version 2019), before the 2020 reform, as
 * `{ number, name }`; the 2020 and 2024 lists are {@link municipalityCodeLists}.
 *
 * @example
 * municipalities2019.find((municipality) => municipality.number === "1534")?.name
 * //=> "Haram"
 */
export const municipalities2019: readonly { readonly number: string; readonly name: string }[] = MUNICIPALITIES_2019.map(([number, name]) => ({
  number,
  name,
}));
