"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { deleteEvidenceAction, updateEvidenceAction } from "@/lib/evidence/actions";
import { evidenceEditSchema, type EvidenceEditInput } from "@/lib/evidence/schema";

type Props = { id: string; description: string; caseId: string; cases: { id: string; label: string }[] };

/** Editing the description (and the case) in place; deleting asks once more. */
export function EvidenceItemActions({ id, description, caseId, cases }: Props) {
  const t = useTranslations("evidence");
  const errorText = useErrorText();
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "edit" | "delete">("idle");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<EvidenceEditInput>({ resolver: zodResolver(evidenceEditSchema), defaultValues: { description, caseId } });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;

  async function onSave(values: EvidenceEditInput) {
    const result = await run(() => updateEvidenceAction(id, values));
    if (!result.ok) return;
    setMode("idle");
    router.refresh();
  }

  if (mode === "edit") {
    return (
      <form onSubmit={form.handleSubmit(onSave)} noValidate className="space-y-3">
        <FormError errors={errors} />
        <div className="flex flex-col gap-1">
          <label htmlFor={`description-${id}`} className="font-medium">
            {t("edit.description")}
          </label>
          <textarea
            id={`description-${id}`}
            rows={3}
            aria-invalid={errors.description ? true : undefined}
            className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid]:border-red-700"
            {...form.register("description")}
          />
          {errors.description && <p className="text-sm font-medium text-red-700">{errorText(errors.description.message)}</p>}
        </div>
        {cases.length > 0 && (
          <SelectField label={t("edit.case")} {...form.register("caseId")}>
            <option value="">{t("upload.noCase")}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </SelectField>
        )}
        <div className="flex gap-2">
          <Button type="submit" disabled={isSubmitting}>
            {t("edit.save")}
          </Button>
          <Button variant="secondary" onClick={() => setMode("idle")}>
            {t("edit.cancel")}
          </Button>
        </div>
      </form>
    );
  }
  if (mode === "delete") {
    return (
      <div className="space-y-3 rounded-xl border border-red-200 bg-red-50 p-3">
        <p className="text-sm">{t("delete.confirm")}</p>
        {error && <Notice tone="error">{error}</Notice>}
        <div className="flex gap-2">
          <Button
            variant="danger"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const result = await run(() => deleteEvidenceAction(id));
                if (!result.ok) return setError(errorText(result.error));
                router.refresh();
              })
            }
          >
            {t("delete.yes")}
          </Button>
          <Button variant="secondary" onClick={() => setMode("idle")}>
            {t("delete.cancel")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button variant="secondary" onClick={() => setMode("edit")}>
        {t("edit.edit")}
      </Button>
      <Button variant="secondary" onClick={() => setMode("delete")}>
        {t("delete.delete")}
      </Button>
    </div>
  );
}
