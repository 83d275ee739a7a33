"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/account/actions";

export function SignOutEverywhere() {
  const t = useTranslations("settings");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutEverywhereAction();
          await signOut({ redirect: false });
          router.replace("/signin");
          router.refresh();
        })
      }
    >
      {t("signOutEverywhere")}
    </Button>
  );
}
