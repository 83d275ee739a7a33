"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

const keys = ["7", "8", "9", "/", "4", "5", "6", "*", "1", "2", "3", "-", "0", ".", "=", "+"] as const;

/** Left-to-right arithmetic on a small token list; no eval. */
function evaluate(expression: string): string {
  const tokens = expression.match(/\d+\.?\d*|[+\-*/]/g) ?? [];
  let total = Number(tokens[0] ?? 0);
  for (let i = 1; i < tokens.length; i += 2) {
    const value = Number(tokens[i + 1] ?? 0);
    const op = tokens[i];
    total = op === "+" ? total + value : op === "-" ? total - value : op === "*" ? total * value : value === 0 ? NaN : total / value;
  }
  return Number.isFinite(total) ? String(Math.round(total * 1e10) / 1e10) : "Error";
}

export function Calculator() {
  const t = useTranslations("calc");
  const [display, setDisplay] = useState("0");
  function press(key: string) {
    if (key === "=") return setDisplay(evaluate(display));
    setDisplay((current) => (current === "0" || current === "Error" ? key : current + key));
  }
  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">{t("title")}</h1>
      <output aria-label={t("display")} className="block rounded-lg bg-white p-3 text-right font-mono text-3xl shadow-inner">
        {display}
      </output>
      <div className="grid grid-cols-4 gap-2">
        {keys.map((key) => (
          <button key={key} type="button" onClick={() => press(key)} className="min-h-14 rounded-lg bg-white text-xl shadow-sm hover:bg-stone-100">
            {key === "=" ? t("equals") : key}
          </button>
        ))}
      </div>
      <button type="button" onClick={() => setDisplay("0")} className="min-h-11 w-full rounded-lg bg-stone-200">
        {t("clear")}
      </button>
    </div>
  );
}
