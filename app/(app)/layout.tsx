import type { ReactNode } from "react";
import { AppNav } from "@/components/app-nav";
import { DangerNotice } from "@/components/danger-notice";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { IdleSignOut } from "@/components/auth/idle-sign-out";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <SiteHeader home="/dashboard" quickExitTarget={user.quickExitUrl ?? "/calc"} quickExitSignsOut={user.quickExitSignsOut}>
        <SignOutButton />
      </SiteHeader>
      <AppNav />
      <main className="mx-auto max-w-3xl px-4 py-6">
        {/* One line at the top of every signed-in page, the numbers tappable with scripts off (the footer repeats it). */}
        <div className="-mt-3 mb-3 text-sm text-stone-600">
          <DangerNotice compact />
        </div>
        {children}
      </main>
      <SiteFooter />
      <IdleSignOut minutes={user.idleTimeoutMinutes} />
    </>
  );
}
