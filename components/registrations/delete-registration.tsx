"use client";
import { useTranslations } from "next-intl";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteRegistrationAction } from "@/lib/registrations/actions";

/** Deleting asks once more: its check history goes with it. */
export function DeleteRegistration({ registrationId }: { registrationId: string }) {
  const t = useTranslations("registration");
  const labels = { delete: t("delete"), confirm: t("deleteConfirm"), yes: t("deleteYes"), pending: t("deleteYes"), cancel: t("cancel") };
  return <ConfirmDelete labels={labels} remove={() => deleteRegistrationAction(registrationId)} then="/dashboard" />;
}
