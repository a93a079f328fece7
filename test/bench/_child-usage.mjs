// Loaded with `node --import` into a benchmarked child process (never into the package): on exit it
// writes the child's peak resident set size and CPU time to fd 3, where the benchmark reads them.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const usage = process.resourceUsage();
  try {
    writeSync(3, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
  } catch {
    // No fd 3: the child was started without the benchmark's pipe.
  }
});
