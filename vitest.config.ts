import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Unit tests live beside the code; integration tests (real database) are `*.int.test.ts` and run per provider.
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)), "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)) },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "messages/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/*.int.test.ts", "node_modules/**"],
    testTimeout: 20000,
    setupFiles: ["lib/testing/fail-on-console.ts"],
  },
});
