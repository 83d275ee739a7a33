"use client";
import { useTranslations } from "next-intl";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteTroubleAction } from "@/lib/trouble/actions";

/** Deleting asks once more, and says the evidence files stay. */
export function DeleteTrouble({ troubleId }: { troubleId: string }) {
  const t = useTranslations("trouble.record");
  const labels = { delete: t("delete"), confirm: t("deleteConfirm"), yes: t("delete"), pending: t("deleting"), cancel: t("cancel") };
  return <ConfirmDelete labels={labels} remove={() => deleteTroubleAction(troubleId)} then="/trouble" />;
}
