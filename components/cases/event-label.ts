/** The message key naming an event; a follow-up to a request for agreement is a second request, not a 催告書. */
export function eventLabelKey(type: string, agreement: boolean): string {
  return type === "REMINDER_SENT" && agreement ? "events.REMINDER_SENT_AGREEMENT" : `events.${type}`;
}
