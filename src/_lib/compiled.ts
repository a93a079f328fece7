// Internal: each document schema compiled once, on first use, with zod's ahead-of-time compiler.
// `z.compile` returns a clone whose parse runs a generated fast path first and the ordinary parser
// when that fails, so results and issues are the ordinary ones. Where code generation is not allowed
// (a Content-Security-Policy without 'unsafe-eval'), the schema is used as it is.
import * as z from "zod";

const compiledSchemas = new WeakMap<z.ZodType, z.ZodType>();

/**
 * The compiled clone of a schema, made once; the schema itself where it cannot be compiled.
 *
 * @example
 * compiledSchema(IndividualPlanSchema).safeParse(input).success
 */
export function compiledSchema<T>(schema: z.ZodType<T>): z.ZodType<T> {
  const made = compiledSchemas.get(schema);
  // The map is keyed by the schema, so what it holds for this one is its own clone.
  if (made !== undefined) return made as z.ZodType<T>;
  let compiled: z.ZodType<T> = schema;
  try {
    compiled = z.compile(schema);
  } catch {
    // code generation refused: the ordinary parser gives the same results, only slower
  }
  compiledSchemas.set(schema, compiled);
  return compiled;
}

