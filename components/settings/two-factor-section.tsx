import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getTwoFactorStatus } from "@/lib/auth/two-factor";
import { TwoFactor } from "./two-factor";

/** The settings card for two-step sign-in; reads the state on the server, the client part does the rest. */
export async function TwoFactorSection({ userId }: { userId: string }) {
  const status = await getTwoFactorStatus(userId);
  if (!status) return null;
  const t = await getTranslations("twoFactor");
  const format = await getFormatter();
  return (
    <Card className="space-y-3" aria-labelledby="two-factor-title">
      <h2 id="two-factor-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-stone-700">{t("intro")}</p>
      <TwoFactor enabledOn={status.enabledAt ? format.dateTime(status.enabledAt, { dateStyle: "long" }) : null} recoveryCodesLeft={status.recoveryCodesLeft} />
    </Card>
  );
}
