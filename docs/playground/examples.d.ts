// The example documents of examples/data, bundled into the page by scripts/build-playground.mjs.
declare module "playground:examples" {
  /** Each example file: its name and its text as stored. */
  export const examples: readonly { readonly name: string; readonly text: string }[];
}
