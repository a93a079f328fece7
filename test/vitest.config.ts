import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  // Examples and the README import the package by name, as an app would; in tests that is the source.
  resolve: { alias: { samhandling: fileURLToPath(new URL("../src/index.ts", import.meta.url)) } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Every finding code must be fired by some test: recorded per file, checked after a whole run.
    setupFiles: ["test/setup/fired-codes.ts"],
    globalSetup: ["test/setup/fired-codes-global.ts"],
    typecheck: {
      enabled: true,
      include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
      tsconfig: "tsconfig.json",
    },
    testTimeout: 60_000,
  },
});
