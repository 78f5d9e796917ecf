/** Three suites: unit (in-memory broker), http (black-box gateway), integration (real Postgres/NATS/Redis, processes). */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["test/unit/**/*.test.ts"], testTimeout: 20_000, hookTimeout: 60_000 } },
      { test: { name: "http", include: ["test/http/**/*.test.ts"], testTimeout: 20_000, hookTimeout: 60_000 } },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
