import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Calculator } from "@/components/calc/calculator";

// The neutral page quick exit opens: nothing on it names Taikai.
export async function generateMetadata(): Promise<Metadata> {
  return { title: { absolute: (await getTranslations("calc"))("title") }, icons: { icon: "/neutral-icon.svg" } };
}

export default function CalcPage() {
  return (
    <main className="mx-auto max-w-xs p-4">
      <Calculator />
    </main>
  );
}
