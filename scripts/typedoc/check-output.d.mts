/** An entry of the navigation typedoc writes to assets/navigation.js. */
export interface NavigationEntry {
  readonly text: string;
  readonly kind?: number;
  readonly path?: string;
  readonly children?: readonly NavigationEntry[];
}
/** The largest a function's page may be, in bytes. */
export const FUNCTION_PAGE_BUDGET: number;
/** The navigation tree of typedoc's HTML output in `outDir`. */
export function readNavigation(outDir: string): NavigationEntry[];
/** The problems found in typedoc's HTML output in `outDir`, as sentences; none when all is well. */
export function checkApiDocs(outDir: string): string[];
