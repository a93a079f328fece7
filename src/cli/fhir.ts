// `samhandling fhir export|import FILE... | -`: an individual plan as a FHIR R4 Bundle, and a Bundle
// back as a plan. Both write one JSON document a line (NDJSON; one document is plain JSON too), so
// `samhandling fhir export plan.json | samhandling fhir import -` reads back what it wrote; import
// tells what it could not map as a findings table on stderr.
import { formatFindingsTable } from "../core/findings/format.js";
import type { Locale } from "../core/locale.js";
import { fromFhir } from "../fhir/plan/from-fhir.js";
import { toFhir } from "../fhir/plan/to-fhir.js";
import { IndividualPlanSchema } from "../individual-plan/schema.js";
import { readArgs } from "./args.js";
import { placeOf } from "./check-report.js";
import { inputErrorText } from "./check-text.js";
import { readInputs } from "./input.js";
import { bufferedOutput, type CliCommand, type CliContext, usageFailure, writeLine } from "./io.js";
import { COMMON_TEXT } from "./text.js";

const TEXT: Readonly<Record<Locale, {
  readonly summary: string;
  readonly usage: string;
  readonly noDirection: string;
  readonly noInput: string;
  readonly notPlan: (where: string) => string;
}>> = {
  nb: {
    summary: "skriver en individuell plan som FHIR R4 (export) eller leser den tilbake (import)",
    usage: "samhandling fhir export|import FIL... | - [--locale nb|nn|en]\n\n  Utgangskode: 0 alt er overført, 1 import fant feil, 2 feil i bruk eller inndata.",
    noDirection: "oppgi export eller import.",
    noInput: "oppgi minst én fil, eller - for standard inn.",
    notPlan: (where) => `${where} er ingen gyldig individuell plan; se «samhandling check».`,
  },
  nn: {
    summary: "skriv ein individuell plan som FHIR R4 (export) eller les han tilbake (import)",
    usage: "samhandling fhir export|import FIL... | - [--locale nb|nn|en]\n\n  Utgangskode: 0 alt er overført, 1 import fann feil, 2 feil i bruk eller inndata.",
    noDirection: "gje opp export eller import.",
    noInput: "gje opp minst éi fil, eller - for standard inn.",
    notPlan: (where) => `${where} er ingen gyldig individuell plan; sjå «samhandling check».`,
  },
  en: {
    summary: "writes an individual plan as FHIR R4 (export) or reads it back (import)",
    usage: "samhandling fhir export|import FILE... | - [--locale nb|nn|en]\n\n  Exit code: 0 all was carried over, 1 import found errors, 2 a usage or input error.",
    noDirection: "give export or import.",
    noInput: "give at least one file, or - for standard input.",
    notPlan: (where) => `${where} is not a valid individual plan; see “samhandling check”.`,
  },
};

/** The fhir subcommand. */
export const fhirCommand: CliCommand = {
  name: "fhir",
  summary: { nb: TEXT.nb.summary, nn: TEXT.nn.summary, en: TEXT.en.summary },
  run: runFhir,
};

async function runFhir(args: readonly string[], context: CliContext): Promise<number> {
  const { io, locale } = context;
  const text = TEXT[locale];
  const parsed = await readArgs(args, {}, context, true);
  if (!parsed.ok) return parsed.exitCode;
  if (parsed.values["help"] === true) {
    await writeLine(io.stdout, `${COMMON_TEXT[locale].usage}: ${text.usage}`);
    return 0;
  }
  const [direction, ...sources] = parsed.positionals;
  if (direction !== "export" && direction !== "import") {
    const problem = direction === undefined ? text.noDirection : COMMON_TEXT[locale].badChoice("fhir", direction, "export, import");
    return usageFailure(context, `${problem} ${COMMON_TEXT[locale].helpHint}`);
  }
  if (sources.length === 0) return usageFailure(context, `${text.noInput} ${COMMON_TEXT[locale].helpHint}`);
  const out = bufferedOutput(io.stdout);
  let inputErrors = 0;
  let importErrors = false;
  for await (const item of readInputs(sources, io)) {
    if (item.type === "input-error") {
      inputErrors++;
      await writeLine(io.stderr, `samhandling: ${inputErrorText(item, locale)}`);
      continue;
    }
    const where = placeOf(item);
    if (direction === "export") {
      const plan = IndividualPlanSchema.safeParse(item.value);
      if (!plan.success) {
        inputErrors++;
        await writeLine(io.stderr, `samhandling: ${text.notPlan(where)}`);
        continue;
      }
      await out.write(`${JSON.stringify(toFhir(plan.data))}\n`);
    } else {
      const { plan, findings } = fromFhir(item.value, { locale });
      if (findings.length > 0) await writeLine(io.stderr, `${where}\n${formatFindingsTable(findings, { locale })}`);
      importErrors ||= plan === undefined || findings.some((finding) => finding.severity === "error");
      if (plan !== undefined) await out.write(`${JSON.stringify(plan)}\n`);
    }
  }
  await out.flush();
  return inputErrors > 0 ? 2 : importErrors ? 1 : 0;
}
