// Static figures (sizes, counts) printed beside the timed ratios by `npm run bench figures`.

/**
 * One static figure: a measured value with its unit and, optionally, the bound it should keep.
 *
 * @example
 * const size: Figure = { name: "only parseDeadline (gzip, zod external)", value: 2.9, unit: "kB", target: { max: 3 } };
 */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: { readonly max?: number; readonly min?: number };
  readonly note?: string;
}

/**
 * A named source of figures; it may be slow (a build, a compiler run) and may throw.
 *
 * @example
 * const inputs: FigureProvider = { name: "bench inputs", provide: async () => [] };
 */
export interface FigureProvider {
  readonly name: string;
  readonly provide: () => Promise<readonly Figure[]>;
}
