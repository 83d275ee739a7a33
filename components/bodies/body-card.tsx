import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "../ui/card";
import { CheckedValue } from "./unverified-value";

export type BodyView = {
  slug: string; nameJa: string; nameEn: string; handlesJa: string; handlesEn: string; eligibleJa: string; eligibleEn: string;
  phone: string | null; phoneNoteJa: string | null; phoneNoteEn: string | null; phoneVerified: boolean;
  hoursJa: string | null; hoursEn: string | null; hoursVerified: boolean; costJa: string | null; costEn: string | null; costVerified: boolean;
  url: string | null; powersJa: string; powersEn: string; sourceUrl: string; lastCheckedOn: string;
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[8rem_1fr]">
      <dt className="text-sm font-semibold text-stone-600">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

export async function BodyCard({ body }: { body: BodyView }) {
  const t = await getTranslations("bodies");
  const format = await getFormatter();
  const ja = (await getLocale()) === "ja";
  const pick = (jaText: string | null, enText: string | null) => (ja ? jaText : enText ?? jaText);
  const external = { target: "_blank", rel: "noopener noreferrer" } as const;
  return (
    <Card className="space-y-3">
      <h2 className="font-semibold leading-snug">{ja ? body.nameJa : body.nameEn}</h2>
      <dl className="space-y-2">
        <Row label={t("handles")}>{pick(body.handlesJa, body.handlesEn)}</Row>
        <Row label={t("eligible")}>{pick(body.eligibleJa, body.eligibleEn)}</Row>
        <Row label={t("phone")}>
          <CheckedValue value={body.phone} verified={body.phoneVerified} note={pick(body.phoneNoteJa, body.phoneNoteEn) ?? (body.phone ? null : t("noPhone"))} />
        </Row>
        <Row label={t("hours")}><CheckedValue value={pick(body.hoursJa, body.hoursEn)} verified={body.hoursVerified} /></Row>
        <Row label={t("cost")}><CheckedValue value={pick(body.costJa, body.costEn)} verified={body.costVerified} /></Row>
        <Row label={t("powers")}>{pick(body.powersJa, body.powersEn)}</Row>
        {body.url && (
          <Row label={t("website")}>
            <a href={body.url} {...external} className="break-all text-brand-700 underline">{body.url}</a>
          </Row>
        )}
      </dl>
      <p className="border-t border-stone-100 pt-2 text-xs text-stone-600">
        {t("source")}: <a href={body.sourceUrl} {...external} className="break-all underline">{body.sourceUrl}</a>
        <span className="ml-2">{t("checked", { date: format.dateTime(new Date(`${body.lastCheckedOn}T00:00:00+09:00`), { dateStyle: "long" }) })}</span>
      </p>
    </Card>
  );
}
