/** Four suites: unit (in-memory broker), http (black-box gateway), integration (real Postgres/NATS/Redis, processes), faults (outages under load). */
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
      {
        // Its own PostgreSQL, NATS and Redis on fixed private ports, its own node processes (npm run test:faults).
        test: {
          name: "faults",
          include: ["test/faults/**/*.test.ts"],
          testTimeout: 90_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
