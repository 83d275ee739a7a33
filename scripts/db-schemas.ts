// Writes one schema per provider from prisma/models.prisma (the single source of truth).
// With --check it writes nothing and exits 1 when a provider schema differs from what it would write.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export const providers = ["sqlite", "postgresql"] as const;
export type Provider = (typeof providers)[number];

export function schemaPath(provider: Provider) {
  return `prisma/${provider}/schema.prisma`;
}

export function renderSchema(provider: Provider, models: string) {
  return `// GENERATED from prisma/models.prisma by \`npm run db:schemas\`. Do not edit.
generator client {
  provider   = "prisma-client"
  output     = "../../lib/db/generated/${provider}"
  engineType = "client"
}

datasource db {
  provider = "${provider}"
  url      = env("${provider === "sqlite" ? "TAIKAI_SQLITE_URL" : "TAIKAI_POSTGRES_URL"}")
}

${models}`;
}

const models = readFileSync("prisma/models.prisma", "utf8");
const check = process.argv.includes("--check");
let drifted = false;
for (const provider of providers) {
  const path = schemaPath(provider);
  const wanted = renderSchema(provider, models);
  if (check) {
    let actual = "";
    try {
      actual = readFileSync(path, "utf8");
    } catch {}
    if (actual !== wanted) {
      console.error(`${path} has drifted from prisma/models.prisma: run npm run db:schemas`);
      drifted = true;
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, wanted);
  }
}
if (drifted) process.exit(1);
