// The escalation checklist's answers, kept in this tab only (sessionStorage; quick exit and sign-out clear it), so
// the 相談メモ does not ask her again what she just answered. Nothing is sent anywhere.
import { situations, type Situation } from "@/lib/escalation/situations";

const key = "taikai.escalation.answers";

export function keepAnswers(chosen: readonly string[]): void {
  try {
    sessionStorage.setItem(key, JSON.stringify({ situations: chosen }));
  } catch {}
}

export function carriedSituations(): Situation[] {
  try {
    const value = JSON.parse(sessionStorage.getItem(key) ?? "null") as { situations?: unknown } | null;
    const list = Array.isArray(value?.situations) ? value.situations : [];
    return situations.filter((s) => list.includes(s));
  } catch {
    return [];
  }
}
