import { getTranslations } from "next-intl/server";
import { authedRoute, failureResponse } from "@/lib/actions/authed-route";
import { getCase } from "@/lib/cases/data";
import { deadlineCalendar } from "@/lib/cases/ics";
import { inputFromDate } from "@/lib/time/tokyo-date";

export const dynamic = "force-dynamic";

/** The .ics file for a case's reply deadline. */
export const GET = authedRoute<{ id: string }>({
  ids: ["id"],
  run: async ({ userId, params }) => {
    const found = await getCase(userId, params.id);
    if (!found?.deadline) return failureResponse("notFound");
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
  },
});
