// The subcommands, in the order the usage text lists them. A subcommand is one module exporting a
// CliCommand; registering it is one line here.
import { checkCommand } from "./check.js";
import { deadlineCommand } from "./deadline.js";
import { explainCommand } from "./explain.js";
import { fhirCommand } from "./fhir.js";
import type { CliCommand } from "./io.js";
import { schemaCommand } from "./schema.js";

/** Every subcommand of `samhandling`. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  checkCommand,
  explainCommand,
  deadlineCommand,
  schemaCommand,
  fhirCommand,
];
