/** A concept of the API docs: its navigation group and the source paths whose exports it holds. */
export interface Concept {
  readonly title: string;
  readonly paths: readonly string[];
}
/** A guide or reference page under docs/, its navigation group and, without front matter, its title. */
export interface DocumentPlace {
  readonly file: string;
  readonly category: string;
  readonly title?: string;
}
/** The concepts in navigation order. */
export const CONCEPTS: readonly Concept[];
/** The navigation group of the guides. */
export const GUIDES: string;
/** The navigation group of the reference pages (finding codes, glossary). */
export const REFERENCE: string;
/** The guides and reference pages in reading order. */
export const DOCUMENT_ORDER: readonly DocumentPlace[];
/** Every navigation group, in order. */
export const CATEGORY_ORDER: readonly string[];
/** The concept of a repository-relative source path, or undefined when no concept claims it. */
export function conceptOfPath(relativePath: string): string | undefined;
