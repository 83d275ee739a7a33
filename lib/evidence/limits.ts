// Upload limits. The defaults suit a phone's screenshots, recordings and PDFs; the environment may lower or raise
// them (the end-to-end tests set a small per-file limit). Read here and nowhere else.
export type EvidenceLimits = {
  /** Largest file she may upload, in bytes, as received (before any metadata is removed). */
  maxFileBytes: number;
  /** Everything she keeps together, in bytes, as stored. */
  maxUserBytes: number;
};

export const defaultLimits: EvidenceLimits = { maxFileBytes: 100 * 1024 * 1024, maxUserBytes: 1024 * 1024 * 1024 };

function positiveInt(value: string | undefined, fallback: number): number {
  if (!value) return fallback;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

export function evidenceLimits(env: Record<string, string | undefined> = process.env): EvidenceLimits {
  return {
    maxFileBytes: positiveInt(env.TAIKAI_EVIDENCE_MAX_FILE_BYTES, defaultLimits.maxFileBytes),
    maxUserBytes: positiveInt(env.TAIKAI_EVIDENCE_MAX_USER_BYTES, defaultLimits.maxUserBytes),
  };
}
