// Shared pieces of the escalation letters: dates, opaque user text, hashes, placeholders and the citations list.
// Same rules as lib/cases/letter-text.ts: user strings are opaque (one line via `oneLine`; multi-line notes keep
// their lines, each collapsed, continuation lines indented so they can never start an item of the letter);
// anything missing becomes a visible placeholder, never an invented value.
import { articles, type ArticleKey, type LegalSource } from "../cases/legal-bases";
import { oneLine, placeholders, type LetterDocument, type Locale } from "../cases/letter-text";
import { isCalendarDate } from "../time/tokyo-date";
import { escalationSources, type EscalationSourceKey } from "./letter-sources";

export { oneLine, placeholders };
export type { LetterDocument, Locale };

/** Placeholders the case letters do not have. */
export const morePlaceholders = {
  ja: {
    contact: "【連絡先】",
    date: "【日付】",
    dateTime: "【日時不明】",
    hash: "【ハッシュ値なし】",
    operatorName: "【サイト運営者名】",
    siteName: "【サイト名】",
    url: "【URL】",
    handle: "【表示名】",
    fileName: "【ファイル名】",
    other: "【その他の情報】",
    wants: "【相談したいこと】",
    eventType: "【出来事】",
  },
  en: {
    contact: "[Your contact]",
    date: "[date]",
    dateTime: "[time unknown]",
    hash: "[no hash]",
    operatorName: "[Site operator]",
    siteName: "[Site name]",
    url: "[URL]",
    handle: "[Display name]",
    fileName: "[file name]",
    other: "[other data]",
    wants: "[What you want to ask]",
    eventType: "[event]",
  },
} as const;

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026年12月25日" / "25 December 2026"; a placeholder for anything that is not a calendar date. */
export function formatDate(date: string | undefined, loc: Locale): string {
  if (!date || !isCalendarDate(date)) return morePlaceholders[loc].date;
  const [y, m, d] = date.split("-").map(Number);
  return loc === "ja" ? `${y}年${m}月${d}日` : `${d} ${months[m - 1]} ${y}`;
}

/**
 * A date, or a date and time shown in Japan time: "2027年1月10日 19:05" / "10 January 2027, 19:05 JST".
 * Accepts YYYY-MM-DD or an ISO date-time with a zone (Z or ±hh:mm); anything else becomes a placeholder.
 */
export function formatDateTime(value: string | undefined, loc: Locale): string {
  const v = oneLine(value);
  if (isCalendarDate(v)) return formatDate(v, loc);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v)) return morePlaceholders[loc].dateTime;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return morePlaceholders[loc].dateTime;
  const jst = new Date(ms + 9 * 3600_000).toISOString();
  const time = jst.slice(11, 16);
  return loc === "ja" ? `${formatDate(jst.slice(0, 10), loc)} ${time}` : `${formatDate(jst.slice(0, 10), loc)}, ${time} JST`;
}

/** A SHA-256 in lower-case hex, or null when the value is not one. */
export function sha256Hex(value: string | undefined): string | null {
  const v = oneLine(value).toLowerCase();
  return /^[0-9a-f]{64}$/.test(v) ? v : null;
}

/** The lines of a multi-line note, each collapsed to one line; blank lines dropped. */
export function noteLines(value: string | undefined): string[] {
  return (value ?? "")
    .split(/\r\n|[\n\r\u2028\u2029\u000b\u000c\u0085]/)
    .map((line) => oneLine(line))
    .filter(Boolean);
}

/** Indent of continuation lines inside a paragraph: no user line can begin a line of the letter. */
/** Ideographic spaces in both languages: a PDF renderer drops leading ordinary (and no-break) spaces. */
export const continuation = { ja: "\n\u3000\u3000", en: "\n\u3000\u3000" } as const;

/** A single-line user field, or the placeholder. */
export function field(value: string | undefined, placeholder: string): string {
  return oneLine(value) || placeholder;
}

export type CitationKey = ArticleKey | EscalationSourceKey;

/**
 * One source the letter cites, for the UI's "sources" list.
 * - verified: the reference checked the statement against an official text. As in lib/cases/legal-bases.ts, statute
 *   texts in the references are quoted by secondary sites, so this is false for every article today.
 * - inReferences: false when the statement is not grounded in the reference files at all (show it as unverified).
 */
export type Citation = { key: CitationKey; label: string; verified: boolean; inReferences: boolean; sourceUrl?: string; note?: string };

export type EscalationLetter = LetterDocument & { citations: Citation[] };

function source(key: CitationKey): LegalSource & { inReferences?: boolean } {
  return key in escalationSources ? escalationSources[key as EscalationSourceKey] : articles[key as ArticleKey];
}

export function citationsFor(keys: readonly CitationKey[], loc: Locale): Citation[] {
  return [...new Set(keys)].map((key) => {
    const s = source(key);
    const note = loc === "ja" ? s.noteJa : s.noteEn;
    return {
      key,
      label: loc === "ja" ? s.titleJa : s.titleEn,
      verified: s.verified,
      // legal-bases.ts marks an article absent from the references by a null sourceUrl (civil_140).
      inReferences: s.inReferences ?? s.sourceUrl !== null,
      ...(s.sourceUrl ? { sourceUrl: s.sourceUrl } : {}),
      ...(note ? { note } : {}),
    };
  });
}
