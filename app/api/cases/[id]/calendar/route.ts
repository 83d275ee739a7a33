import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getCase } from "@/lib/cases/data";
import { deadlineCalendar } from "@/lib/cases/ics";
import { inputFromDate } from "@/lib/time/tokyo-date";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** The .ics file for a case's reply deadline. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  const { id } = await params;
  const found = isRecordId(id) ? await getCase(user.id, id) : null;
  if (!found?.deadline) return new Response("Not found", { status: 404 });
  const t = await getTranslations("case");
  const body = deadlineCalendar({
    caseId: found.id,
    deadline: inputFromDate(found.deadline),
    title: t("calendarTitle"),
    description: t("calendarDescription"),
  });
  return new Response(body, {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'attachment; filename="deadline.ics"', "cache-control": "no-store" },
  });
}
