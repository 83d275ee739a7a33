import type { ReactNode } from "react";

type Tone = "info" | "error" | "success" | "warning";

const tones: Record<Tone, string> = {
  info: "border-brand-100 bg-brand-50 text-brand-800",
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-green-200 bg-green-50 text-green-800",
  warning: "border-amber-200 bg-amber-50 text-amber-900",
};

/** Errors are announced at once (role=alert); other notices politely. */
export function Notice({ tone = "info", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-lg border px-3 py-2 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}
