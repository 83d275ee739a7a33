import { createDb } from "../lib/db/client";
import { seed } from "../prisma/seed";

const db = createDb();
try {
  await seed(db);
  console.log("Seeded the counselling bodies and the site catalogue.");
} finally {
  await db.$disconnect();
}
