// The escalation letters, one import for the UI and the actions. Each generator returns a LetterDocument (title,
// date, sender, recipient, paragraphs; render with lib/letters/render-pdf.tsx) plus `citations`, the sources of
// every legal statement in it. Japanese is what she sends; English is for reading alongside.
export { consultationMemo, consultationMemoText, type ConsultationMemoInput, type EvidenceEntry, type TimelineEntry } from "./consultation-memo";
export { hqNaiyouNotice, hqNaiyouText, reminderToAgency, type HqNoticeInput } from "./agency-letters";
export { appiDataKinds, appiRequest, type AppiDataKind, type AppiRequestInput } from "./appi-request";
export { takedownRequest, type ProfileSnapshot, type TakedownRequestInput } from "./takedown-request";
export { citationsFor, type Citation, type CitationKey, type EscalationLetter } from "./letter-parts";
