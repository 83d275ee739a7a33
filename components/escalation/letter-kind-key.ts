/** The message key naming a letter kind; for a request for agreement the reminder is a second request, not a 催告書. */
export function letterKindKey(kind: string, agreement: boolean): string {
  return kind === "reminder" && agreement ? "reminderAgreement" : kind;
}
