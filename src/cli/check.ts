// `samhandling check [files... | -]`: reads documents, validates each by its kind and reports the
// findings. Streams NDJSON, so a batch of any size runs in flat memory. Exit code 0 when no finding
// is at or above --fail-on, 1 when one is, 2 on a usage or input error.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { isCalendarDate, toCalendarDate } from "../core/dates/calendar-date.js";
import { isFindingCode } from "../core/findings/codes.js";
import type { ActionPlan } from "../action-plan/schema.js";
import type { ConfigurableFindingCode, RuleSetting, Severity } from "../core/findings/types.js";
import type { DocumentKindName } from "../documents/kinds.js";
import { type DocumentCheckOptions, validateDocument } from "../documents/validate.js";
import type { Questionnaire } from "../mapping/questionnaire-schema.js";
import { readArgs, readChoice } from "./args.js";
import { type CheckSummary, createReport, placeOf, summaryLines } from "./check-report.js";
import { CHECK_TEXT, inputErrorText } from "./check-text.js";
import { readInputs } from "./input.js";
import { bufferedOutput, type CliCommand, type CliContext, usageFailure, writeLine } from "./io.js";
import { jsonErrorOffset, positionAt } from "./json-position.js";
import { COMMON_TEXT } from "./text.js";

const FORMATS = ["table", "json", "ndjson"] as const;
const FAIL_ON = ["error", "warning"] as const;
const SETTINGS: readonly RuleSetting[] = ["error", "warning", "info", "off"];
const PROGRESS_EVERY = 256;

/** The check subcommand. */
export const checkCommand: CliCommand = {
  name: "check",
  summary: { nb: CHECK_TEXT.nb.summary, nn: CHECK_TEXT.nn.summary, en: CHECK_TEXT.en.summary },
  run: runCheck,
};

async function runCheck(args: readonly string[], context: CliContext): Promise<number> {
  const { io, locale } = context;
  const text = CHECK_TEXT[locale];
  const parsed = await readArgs(
    args,
    { format: { type: "string" }, today: { type: "string" }, rules: { type: "string" }, "fail-on": { type: "string" }, basis: { type: "boolean" } },
    context,
    true,
  );
  if (!parsed.ok) return parsed.exitCode;
  const { values, positionals } = parsed;
  if (values["help"] === true) {
    await writeLine(io.stdout, `${COMMON_TEXT[locale].usage}: ${text.usage}`);
    return 0;
  }
  const format = await readChoice(values["format"], "--format", FORMATS, "table", context);
  const failOn = await readChoice(values["fail-on"], "--fail-on", FAIL_ON, "error", context);
  if (format === undefined || failOn === undefined) return 2;
  const givenToday = values["today"];
  if (typeof givenToday === "string" && !isCalendarDate(givenToday)) return usageFailure(context, text.badToday(givenToday));
  const today = typeof givenToday === "string" ? givenToday : toCalendarDate(io.now());
  if (today === undefined) return usageFailure(context, text.badToday(String(io.now())));
  if (positionals.length === 0) return usageFailure(context, `${text.noSources} ${COMMON_TEXT[locale].helpHint}`);
  const rulesFile = values["rules"];
  const rules = typeof rulesFile === "string" ? await readRules(rulesFile, context) : undefined;
  if (rules === false) return 2;

  const started = io.now().getTime();
  const out = bufferedOutput(io.stdout);
  const report = createReport({ format, locale, today, todayFromClock: givenToday === undefined, basis: values["basis"] === true }, out);
  const questionnaires: Questionnaire[] = [];
  const actionPlans: ActionPlan[] = [];
  let options: DocumentCheckOptions = rules === undefined ? { today, locale } : { today, locale, rules };
  const byKind: Partial<Record<DocumentKindName | "unknown", number>> = {};
  const findings: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  let documents = 0;
  let inputErrors = 0;
  let failed = false;
  const progress = io.isTTY.stderr;
  await report.start();
  for await (const item of readInputs(positionals, io)) {
    if (item.type === "input-error") {
      inputErrors++;
      if (progress) io.stderr.write("\r\u001b[K");
      await writeLine(io.stderr, `samhandling: ${inputErrorText(item, locale)}`);
      await report.inputError(item);
      continue;
    }
    const result = validateDocument(item.value, options);
    documents++;
    const kind = result.kind ?? "unknown";
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    for (const finding of result.validation.findings) {
      findings[finding.severity]++;
      if (finding.severity === "error" || (failOn === "warning" && finding.severity === "warning")) failed = true;
    }
    // An action plan in the input may be evaluated by evaluations after it.
    if (result.kind === "action-plan" && result.validation.ok) {
      actionPlans.unshift(result.validation.value);
      options = { ...options, actionPlans: [...actionPlans] };
    }
    // A questionnaire in the input may be answered by responses after it.
    if (result.kind === "questionnaire" && result.validation.ok) {
      questionnaires.unshift(result.validation.value);
      options = { ...options, questionnaires: [...questionnaires] };
    }
    await report.document(item, result);
    if (progress && documents % PROGRESS_EVERY === 0) io.stderr.write(`\r\u001b[K${text.progress(documents)} ${placeOf(item)}`);
  }
  if (progress) io.stderr.write("\r\u001b[K");
  const summary: CheckSummary = { today, documents, byKind, findings, inputErrors, elapsedMs: io.now().getTime() - started };
  await report.end(summary);
  await out.flush();
  if (format !== "table" && io.isTTY.stderr) await writeLine(io.stderr, summaryLines(summary, locale).join("\n"));
  return inputErrors > 0 ? 2 : failed ? 1 : 0;
}

/** Reads a --rules file: a JSON object of configurable codes and settings. Prints the problem and returns false when it is not one. */
async function readRules(file: string, context: CliContext): Promise<Readonly<Partial<Record<ConfigurableFindingCode, RuleSetting>>> | false> {
  const text = CHECK_TEXT[context.locale];
  const fail = async (problem: string): Promise<false> => {
    await usageFailure(context, text.rulesFile(file, problem));
    return false;
  };
  let content: string;
  try {
    content = await readFile(resolve(context.io.cwd, file), "utf8");
  } catch (error) {
    const code: unknown = error !== null && typeof error === "object" ? Reflect.get(error, "code") : undefined;
    return fail(text.input[code === "ENOENT" ? "not-found" : "unreadable"]);
  }
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    const { line, column } = positionAt(content, Math.max(0, jsonErrorOffset(content)));
    return fail(`${text.input["invalid-json"]} (${text.atLine(line, column)})`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return fail(text.rulesNotObject);
  const rules: Partial<Record<ConfigurableFindingCode, RuleSetting>> = {};
  for (const [code, setting] of Object.entries(value)) {
    if (!isConfigurable(code)) return fail(text.rulesUnknownCode(code));
    const known = SETTINGS.find((candidate) => candidate === setting);
    if (known === undefined) return fail(text.rulesBadSetting(code, JSON.stringify(setting) ?? String(setting)));
    rules[code] = known;
  }
  return rules;
}

function isConfigurable(code: string): code is ConfigurableFindingCode {
  return isFindingCode(code) && !code.startsWith("schema/") && !code.startsWith("document/");
}
