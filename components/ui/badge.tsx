import type { ReactNode } from "react";

type Tone = "neutral" | "warning" | "success";

const tones: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-700",
  warning: "bg-amber-100 text-amber-900",
  success: "bg-green-100 text-green-800",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
