// The one place where static figures are registered. Each provider is awaited in turn by
// `npm run bench figures` (and by the full run); one that throws prints an error line and the run goes on.
import type { FigureProvider } from "./_figure.js";
import { inputFigures } from "./input-figures.js";
import { sizeFigures } from "./sizes.js"; // gzip sizes of single-import consumers (esbuild, zod external)
import { typeFigures } from "./types.js"; // type instantiations of a consumer importing every export

/**
 * Every figure provider, printed in this order.
 *
 * @example
 * figureProviders.map((provider) => provider.name)[0]
 * //=> "bench inputs"
 */
export const figureProviders: readonly FigureProvider[] = [
  { name: "bench inputs", provide: inputFigures },
  { name: "gzip sizes", provide: sizeFigures },
  { name: "type instantiations", provide: typeFigures },
];
