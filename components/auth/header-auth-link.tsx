"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The header's account link: sign-in everywhere, except on the sign-in page itself, which offers registration. */
export function HeaderAuthLink({ signIn, register }: { signIn: string; register: string }) {
  const onSignIn = usePathname() === "/signin";
  return (
    <Link href={onSignIn ? "/register" : "/signin"} replace className="text-sm font-medium text-brand-700 underline">
      {onSignIn ? register : signIn}
    </Link>
  );
}
