import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and the test suite: is the app up, and can it reach its database? */
export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok", database: "reachable" });
  } catch {
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503 });
  }
}
