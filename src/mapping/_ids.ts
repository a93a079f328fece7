import * as z from "zod";

/**
 * Ids of questionnaires, sections, items and options, and questionnaire versions: short codes, never
 * free text, because findings repeat them in their messages.
 */
export const MappingIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
