import type { ReactNode } from "react";
import { AppNav } from "@/components/app-nav";
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
      <main className="mx-auto max-w-3xl px-4 py-6">{children}</main>
      <SiteFooter />
      <IdleSignOut minutes={user.idleTimeoutMinutes} />
    </>
  );
}
