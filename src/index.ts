/**
 * samhandling: typed zod schemas and pure checks for coordinated Norwegian mental-health and
 * substance-use services (individuell plan, koordinator, samtykke, handlingsplan, milepælsplan).
 *
 * @packageDocumentation
 */
export * from "./core/dates/index.js";
export * from "./core/findings/index.js";
export * from "./core/identifiers/index.js";
export { type Locale, LocaleSchema, type LocalizedText } from "./core/locale.js";
export * from "./individual-plan/index.js";
export * from "./action-plan/index.js";
export * from "./milestones/index.js";
export * from "./mapping/index.js";
export * from "./reporting/index.js";
