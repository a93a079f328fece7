// An in-process world for runCli: streams that collect what the command writes, a fixed clock.
import { PassThrough, Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { CliCommand } from "../../src/cli/io.js";
import { type CliIo, runCli } from "../../src/cli/run.js";

/** The package root: relative paths in the tests are read from it, as `npm run` would. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What one run did. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of a run: stdin, the clock, the environment and whether stderr is a terminal. */
export interface RunOptions {
  readonly stdin?: string | Readable;
  readonly now?: Date;
  readonly env?: Readonly<Record<string, string>>;
  readonly stderrIsTTY?: boolean;
  readonly commands?: readonly CliCommand[];
}

function collector(): { readonly stream: Writable; readonly text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** Runs the command in this process. */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const given = options.stdin;
  const stdin = given instanceof Readable ? given : new PassThrough().end(given ?? "");
  const io: CliIo = {
    stdin,
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: options.env ?? {},
    isTTY: { stdout: false, stderr: options.stderrIsTTY ?? false },
    now: () => options.now ?? new Date(2026, 0, 15, 12, 0, 0),
    cwd: ROOT,
  };
  const code = await (options.commands === undefined ? runCli(argv, io) : runCli(argv, io, options.commands));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The NDJSON records of an output. */
export function records(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}
