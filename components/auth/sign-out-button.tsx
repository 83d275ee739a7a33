"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";

export function SignOutButton() {
  const t = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          try {
            sessionStorage.clear();
          } catch {}
          await signOut({ redirect: false });
          router.replace("/signin");
          router.refresh();
        })
      }
      className="min-h-11 px-2 text-sm text-stone-700 underline"
    >
      {t("signOut")}
    </button>
  );
}
