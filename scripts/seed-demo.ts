// Gives an existing account many registrations and checks (default 300 × 100 = 30,000), for benchmarks and tests:
//   npx tsx scripts/seed-demo.ts --login her-login-name [--registrations 300] [--checks 100] [--base-url URL]
import { parseArgs } from "node:util";
import { normaliseLogin } from "../lib/auth/login-name";
import { byLogin } from "../lib/auth/user-fields";
import { createDb } from "../lib/db/client";
import { seedDemoRegistrations } from "../lib/testing/demo-data";

const { values } = parseArgs({
  options: {
    login: { type: "string" },
    registrations: { type: "string", default: "300" },
    checks: { type: "string", default: "100" },
    "base-url": { type: "string", default: "http://127.0.0.1:3101" },
  },
});
if (!values.login) {
  console.error("usage: seed-demo --login <login name> [--registrations N] [--checks N] [--base-url URL]");
  process.exit(2);
}
const db = createDb();
try {
  const user = await db.user.findFirst({ where: byLogin(normaliseLogin(values.login)), select: { id: true } });
  if (!user) throw new Error("No account with that login name");
  await seedDemoRegistrations(db, { userId: user.id, count: Number(values.registrations), checksEach: Number(values.checks), baseUrl: values["base-url"]! });
  console.log(`Added ${values.registrations} registrations with ${values.checks} checks each.`);
} finally {
  await db.$disconnect();
}
