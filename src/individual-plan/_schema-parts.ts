import * as z from "zod";
import type { schemaFindings } from "../core/findings/catalog/schema.js";

/** An id that parts of a plan refer to each other by: any non-empty string up to 200 characters. */
export const IdSchema = z.string().min(1).max(200);

/** Free text from the record: never put into a finding. */
export const TextSchema = z.string().min(1).max(10_000);

/** The custom-issue params that turn a refinement into `schema/invalid-range`. */
export const INVALID_RANGE = { code: "schema/invalid-range" satisfies keyof typeof schemaFindings } as const;

/** True when an optional end date is missing or not before its start. */
export function inOrder(start: string | undefined, end: string | undefined): boolean {
  return start === undefined || end === undefined || start <= end;
}
