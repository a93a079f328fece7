import type * as z from "zod";

/**
 * The internals of a {@link NamedObjectSchema}: zod's strict-object internals with the output and
 * input types given by name.
 *
 * @example
 * type PlanOutput = (typeof IndividualPlanSchema)["_zod"]["output"]; // IndividualPlan
 */
export interface NamedObjectInternals<
  Shape extends z.core.$ZodShape,
  Output extends z.core.$InferObjectOutput<Shape, {}>,
  Input extends z.core.$InferObjectInput<Shape, {}>,
> extends z.core.$ZodObjectInternals<Shape, z.core.$strict> {
  output: Output;
  input: Input;
}

/**
 * The type of a document schema (dokumentskjema): a strict zod object schema, with its `shape`,
 * `extend`, `pick`, `safeParse` and everything else, whose output and input are declared by name
 * (`IndividualPlan`, `IndividualPlanInput`) rather than worked out from the shape. Signatures and
 * editor hovers then show the name, and a program that uses the schema costs the compiler a
 * fraction of the work. The constraints hold the names to the shape: a name that drifts from what
 * the shape parses to does not compile.
 *
 * @example
 * const plan: z.output<typeof IndividualPlanSchema> = IndividualPlanSchema.parse(input); // IndividualPlan
 * const withNote = IndividualPlanSchema.extend({ note: z.string() }); // an ordinary ZodObject
 */
export interface NamedObjectSchema<
  Shape extends z.core.$ZodShape,
  Output extends z.core.$InferObjectOutput<Shape, {}>,
  Input extends z.core.$InferObjectInput<Shape, {}>,
> extends z.ZodObject<Shape, z.core.$strict> {
  _zod: NamedObjectInternals<Shape, Output, Input>;
  /** @deprecated Use `z.output<typeof schema>` instead. */
  _output: Output;
  /** @deprecated Use `z.input<typeof schema>` instead. */
  _input: Input;
}
