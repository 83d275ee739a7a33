import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { CounsellingBody } from "@/lib/bodies/schema";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { BodySources } from "./body-sources";
import { CheckedValue } from "./unverified-value";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5 sm:grid-cols-[8rem_1fr]">
      <dt className="text-sm font-semibold text-stone-600">{label}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

/** Every fact of a body, each marked when it is not verified, then what each rests on. */
export async function BodyCard({ body }: { body: CounsellingBody }) {
  const t = await getTranslations("bodies");
  const tCommon = await getTranslations("common");
  const ja = (await getLocale()) === "ja";
  const text = (value: { ja: string; en: string } | undefined) => (value ? (ja ? value.ja : value.en) : null);
  const { name, handles, eligible, phone, hours, cost, url, powers } = body;
  return (
    <Card className="space-y-3">
      <h2 className="font-semibold leading-snug">
        {text(name.value)} {!name.verified && <Badge tone="warning">{tCommon("unverified")}</Badge>}
      </h2>
      <dl className="space-y-2">
        <Row label={t("handles")}>
          <CheckedValue value={text(handles.value)} verified={handles.verified} />
        </Row>
        <Row label={t("eligible")}>
          <CheckedValue value={text(eligible.value)} verified={eligible.verified} />
        </Row>
        <Row label={t("phone")}>
          <CheckedValue value={phone.value} verified={phone.verified} note={text(phone.note ?? undefined) ?? (phone.value ? null : t("noPhone"))} />
        </Row>
        <Row label={t("hours")}>
          <CheckedValue value={text(hours?.value)} verified={hours?.verified ?? false} />
        </Row>
        <Row label={t("cost")}>
          <CheckedValue value={text(cost?.value)} verified={cost?.verified ?? false} />
        </Row>
        <Row label={t("powers")}>
          <CheckedValue value={text(powers.value)} verified={powers.verified} />
        </Row>
        {url && (
          <Row label={t("website")}>
            <a href={url.value} target="_blank" rel="noopener noreferrer" className="break-all text-brand-700 underline">
              {url.value}
            </a>{" "}
            {!url.verified && <Badge tone="warning">{tCommon("unverified")}</Badge>}
          </Row>
        )}
      </dl>
      <BodySources body={body} />
    </Card>
  );
}
