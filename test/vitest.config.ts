import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

// Results must be the same in every time zone: the suite runs twice, in two zones 25 hours apart
// (UTC+14 and UTC-8/-7, with daylight saving). A test per zone checks the worker really is in it.
const ZONES = { kiritimati: "Pacific/Kiritimati", "los-angeles": "America/Los_Angeles" } as const;

export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  // Examples and the README import the package by name, as an app would; in tests that is the source.
  resolve: { alias: { samhandling: fileURLToPath(new URL("../src/index.ts", import.meta.url)) } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Every finding code must be fired by some test: recorded per file, checked after a whole run.
    setupFiles: ["test/setup/fired-codes.ts"],
    // dist is built once before all tests (build-global.ts): the process and pack tests read it.
    globalSetup: ["test/setup/fired-codes-global.ts", "test/setup/build-global.ts"],
    // Two zones run side by side: the whole-program compile of the README blocks needs the headroom.
    testTimeout: 120_000,
    projects: Object.entries(ZONES).map(([name, zone], index) => ({
      extends: true,
      test: {
        name,
        env: { TZ: zone },
        // The browser test (one Chromium) runs in the first project only: the page counts in day
        // numbers, as the package does, and the zone tests here already cover that.
        exclude: index === 0 ? configDefaults.exclude : [...configDefaults.exclude, "test/browser/**"],
        // Types do not depend on the zone: type tests run in the first project only.
        typecheck: {
          enabled: index === 0,
          include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"],
          tsconfig: "tsconfig.json",
        },
      },
    })),
  },
});
