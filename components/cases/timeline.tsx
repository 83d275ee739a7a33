import { getFormatter, getTranslations } from "next-intl/server";
import type { CaseView } from "@/lib/cases/data";
import { inputFromDate } from "@/lib/time/tokyo-date";
import { EventEdit } from "./event-edit";
import { eventLabelKey } from "./event-label";

/** The case's dated steps, newest first. Notes (pasted replies) are shown as plain text. */
export async function Timeline({ events, agreement }: { events: CaseView["events"]; agreement: boolean }) {
  const t = await getTranslations("case");
  const format = await getFormatter();
  return (
    <section aria-labelledby="timeline-title" className="space-y-2">
      <h2 id="timeline-title" className="text-lg font-semibold">
        {t("timeline")}
      </h2>
      <ol className="border-l-2 border-stone-200 pl-4">
        {events.map((e) => (
          <li key={e.id} className="relative pb-4 text-sm">
            <span aria-hidden className="absolute -left-[1.4rem] top-1.5 size-3 rounded-full bg-brand-700" />
            <p className="font-semibold">
              {t(eventLabelKey(e.type, agreement))}{" "}
              <span className="ml-1 font-normal text-stone-600">{format.dateTime(e.occurredAt, { dateStyle: "long" })}</span>
            </p>
            {e.newDeadline && <p>{t("newDeadlineIs", { date: format.dateTime(e.newDeadline, { dateStyle: "long" }) })}</p>}
            {e.note && <p className="mt-1 whitespace-pre-wrap break-words rounded bg-stone-50 p-2">{e.note}</p>}
            <EventEdit eventId={e.id} defaults={{ occurredOn: inputFromDate(e.occurredAt), note: e.note }} />
          </li>
        ))}
      </ol>
    </section>
  );
}
