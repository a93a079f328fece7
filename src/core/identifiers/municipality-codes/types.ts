// Internal: the shape of one year's code-list data file.

/** One entry of a code list: its number (county: 2 digits, municipality: 4) and its Norwegian name. */
export type CodeEntry = readonly [number: string, name: string];

/** One year's code lists, as a data file holds them: counties and municipalities, each in number order. */
export interface CodeListData {
  readonly counties: readonly CodeEntry[];
  readonly municipalities: readonly CodeEntry[];
}
