// What the command reads and writes, passed in: the streams, the environment, whether the streams
// are terminals, the clock and the working directory. main.ts wires the process; tests and the demo
// pass their own, so the command runs in-process.
import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import type { Locale } from "../core/locale.js";

/** The world the command runs in. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout and stderr are terminals (a progress line is drawn only on a terminal). */
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean };
  /** The clock: the default `--today` and the time a run takes. Only the command reads it, never the library. */
  readonly now: () => Date;
  /** Where relative file names are read from. */
  readonly cwd: string;
}

/** What a subcommand gets: the world and the language to speak. */
export interface CliContext {
  readonly io: CliIo;
  readonly locale: Locale;
}

/** A subcommand: its name, a line for the usage text in each language, and what it does. */
export interface CliCommand {
  readonly name: string;
  readonly summary: Readonly<Record<Locale, string>>;
  /** Runs with the arguments after the subcommand's name; resolves to the exit code. */
  readonly run: (args: readonly string[], context: CliContext) => Promise<number>;
}

/** Text written to a stream in large pieces, waiting when the reader is slower than the command. */
export interface Output {
  readonly write: (text: string) => Promise<void>;
  readonly flush: () => Promise<void>;
}

/** A buffered writer that respects back-pressure, so a slow reader never makes the command hold all its output. */
export function bufferedOutput(stream: Writable, limit = 1 << 16): Output {
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    if (!stream.write(text)) await once(stream, "drain");
  };
  return {
    write: async (text) => {
      pending.push(text);
      size += text.length;
      if (size >= limit) await flush();
    },
    flush,
  };
}

/** Writes one line to a stream now, waiting when it is full. */
export async function writeLine(stream: Writable, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, "drain");
}

/** Writes an error line (`samhandling: ...`) to stderr and returns exit code 2. */
export async function usageFailure(context: CliContext, message: string): Promise<number> {
  await writeLine(context.io.stderr, `samhandling: ${message}`);
  return 2;
}
