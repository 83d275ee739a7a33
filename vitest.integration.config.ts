import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Integration tests run against the database named by DATABASE_URL (SQLite file or PostgreSQL), one file at a time.
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)), "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.int.test.ts", "prisma/**/*.int.test.ts"],
    fileParallelism: false,
    testTimeout: 60000,
    setupFiles: ["lib/testing/fail-on-console.ts"],
    hookTimeout: 120000,
  },
});
