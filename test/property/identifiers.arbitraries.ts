// Generators of national identity numbers of every kind for the property tests, and the registry's
// individual-number series written out as rows (an oracle independent of the code under test).
import fc from "fast-check";
import { daysInMonth } from "../../src/core/dates/calendar-date.js";
import { pad, withCheckDigits, type K1Rule } from "../fixtures/national-ids.js";

/** One row of an individual-number series: individual numbers `from`-`to` with years `years` mean `century`. */
interface SeriesRow {
  readonly from: number;
  readonly to: number;
  readonly years: readonly [number, number];
  readonly century: number;
}

/** Folkeregisteret's series for fødselsnumre (and H-numbers, and D-numbers until November 2021). */
export const REGISTRY_SERIES: readonly SeriesRow[] = [
  { from: 500, to: 749, years: [54, 99], century: 1800 },
  { from: 0, to: 499, years: [0, 99], century: 1900 },
  { from: 900, to: 999, years: [40, 99], century: 1900 },
  { from: 500, to: 999, years: [0, 39], century: 2000 },
];

/** Skatteetaten's extended series for D-numbers issued from 16 November 2021. */
export const EXTENDED_D_SERIES: readonly SeriesRow[] = [
  { from: 500, to: 599, years: [58, 99], century: 1800 },
  { from: 0, to: 199, years: [0, 39], century: 1900 },
  { from: 0, to: 499, years: [40, 99], century: 1900 },
  { from: 600, to: 999, years: [40, 99], century: 1900 },
  { from: 200, to: 999, years: [0, 39], century: 2000 },
];

function rowFits(row: SeriesRow, individual: number, year: number): boolean {
  return individual >= row.from && individual <= row.to && year >= row.years[0] && year <= row.years[1];
}

/** The centuries a series gives an individual number and two-digit year. */
export function seriesCenturies(series: readonly SeriesRow[], individual: number, year: number): Set<number> {
  return new Set(series.filter((row) => rowFits(row, individual, year)).map((row) => row.century));
}

/** An individual number the series gives to a full year. */
export function individualIn(series: readonly SeriesRow[], fullYear: number): fc.Arbitrary<number> {
  const century = Math.floor(fullYear / 100) * 100;
  const year = fullYear % 100;
  const rows = series.filter((row) => row.century === century && year >= row.years[0] && year <= row.years[1]);
  if (rows.length === 0) throw new Error(`test data: the series gives no individual number to ${fullYear}`);
  return fc.oneof(...rows.map((row) => fc.integer({ min: row.from, max: row.to })));
}

/** How a number is built: day + 40 (D-number) and month + 0, 40 (H-number or Dolly) or 80 (Tenor). */
export interface Shape {
  readonly dNumber: boolean;
  readonly monthOffset: 0 | 40 | 80;
}

export const shapeArb: fc.Arbitrary<Shape> = fc.record({
  dNumber: fc.boolean(),
  monthOffset: fc.constantFrom<0 | 40 | 80>(0, 40, 80),
});

/** A real calendar date in 1854-2039. */
export const birthDateArb = fc
  .record({
    year: fc.integer({ min: 1854, max: 2039 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));

/** The first nine digits of a number of a shape, for a date and an individual number. */
export function first9Of(shape: Shape, date: { year: number; month: number; day: number }, individual: number): string {
  const day = date.day + (shape.dNumber ? 40 : 0);
  return `${pad(day, 2)}${pad(date.month + shape.monthOffset, 2)}${pad(date.year % 100, 2)}${pad(individual, 3)}`;
}

/** The ISO date of a generated date. */
export function isoOf(date: { year: number; month: number; day: number }): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** k1 by the classic rule most of the time, by one of the 2032 values otherwise. */
export const ruleArb: fc.Arbitrary<K1Rule> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<K1Rule>(11) },
  { weight: 1, arbitrary: fc.constantFrom<K1Rule>(12, 13, 14) },
);

/** Numbers with date fields: every shape, any individual number (so off-series ones too), both rules. */
const datedArb = fc
  .record({ shape: shapeArb, date: birthDateArb, individual: fc.integer({ min: 0, max: 999 }), rule: ruleArb })
  .map(({ shape, date, individual, rule }) => withCheckDigits(first9Of(shape, date, individual), rule));

/** 29 February with year 00 and an individual number the registry reads as 1900. */
const leap1900Arb = fc
  .record({ shape: shapeArb, individual: fc.integer({ min: 0, max: 499 }), rule: ruleArb })
  .map(({ shape, individual, rule }) =>
    withCheckDigits(first9Of(shape, { year: 1900, month: 2, day: 29 }, individual), rule),
  );

/** Individual numbers 750-899 with years 40-99, outside the registry's series. */
const offSeriesArb = fc
  .record({ shape: shapeArb, date: birthDateArb, individual: fc.integer({ min: 750, max: 899 }), rule: ruleArb })
  .map(({ shape, date, individual, rule }) =>
    withCheckDigits(first9Of(shape, { ...date, year: 1940 + (date.year % 60) }, individual), rule),
  );

/** FH-numbers: 8 or 9, eight random digits, control digits. */
const fhArb = fc
  .record({ first: fc.constantFrom("8", "9"), rest: fc.stringMatching(/^\d{8}$/), rule: ruleArb })
  .map(({ first, rest, rule }) => withCheckDigits(`${first}${rest}`, rule));

/** Any 11 digits. */
export const elevenDigitsArb = fc.stringMatching(/^\d{11}$/);

/** Valid-looking numbers of every kind, FH-numbers, random digit strings, and their typed form. */
export const anyNationalIdArb: fc.Arbitrary<string> = fc
  .record({
    id: fc.oneof(
      { weight: 6, arbitrary: datedArb },
      { weight: 1, arbitrary: leap1900Arb },
      { weight: 1, arbitrary: offSeriesArb },
      { weight: 1, arbitrary: fhArb },
      { weight: 2, arbitrary: elevenDigitsArb },
    ),
    typed: fc.nat({ max: 9 }),
  })
  .filter((generated): generated is { id: string; typed: number } => generated.id !== undefined)
  .map(({ id, typed }) => (typed === 0 ? `${id.slice(0, 6)} ${id.slice(6)}` : id));
