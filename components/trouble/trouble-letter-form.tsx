"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { createTroubleLetterAction } from "@/lib/trouble/actions";
import { emptyTroubleLetter, siteReportAsks, troubleLetterKinds, troubleLetterSchema, type TroubleLetterInput } from "@/lib/trouble/schema";

/** Chooses a letter (or the 相談メモ) and the few things it needs beyond the record. */
export function TroubleLetterForm({ troubleId, defaultKind = "site_report" }: { troubleId: string; defaultKind?: TroubleLetterInput["kind"] }) {
  const t = useTranslations("trouble.letters");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<TroubleLetterInput>({ resolver: zodResolver(troubleLetterSchema), defaultValues: { ...emptyTroubleLetter, kind: defaultKind } });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const kind = form.watch("kind");
  return (
    <form
      noValidate
      aria-label={t("title")}
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => createTroubleLetterAction(troubleId, values));
        if (!result.ok) return;
        router.refresh();
        requestAnimationFrame(() => document.getElementById("letters")?.scrollIntoView());
      })}
    >
      <FormError errors={errors} />
      <RadioGroup legend={t("kind")} options={troubleLetterKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} registration={form.register("kind")} />
      <p className="text-sm text-stone-600">{t(`help.${kind}`)}</p>
      {kind === "site_report" && (
        <>
          <fieldset className="space-y-2">
            <legend className="font-medium">{t("asks")}</legend>
            {siteReportAsks.map((a) => (
              <label key={a} className="flex min-h-11 items-center gap-3 rounded-lg border border-stone-200 bg-white px-3">
                <input type="checkbox" value={a} className="size-5 shrink-0" {...form.register("asks")} />
                {t(`askLabels.${a}`)}
              </label>
            ))}
            {errors.asks && <p className="text-sm font-medium text-red-700">{errorText(errors.asks.message)}</p>}
          </fieldset>
          <TextField label={t("myHandle")} error={errorText(errors.myHandle?.message)} {...form.register("myHandle")} />
        </>
      )}
      {kind === "takedown" && (
        <>
          <TextField label={t("platformName")} error={errorText(errors.platformName?.message)} {...form.register("platformName")} />
          <TextField type="url" inputMode="url" label={t("postUrl")} error={errorText(errors.postUrl?.message)} {...form.register("postUrl")} />
          <label className="flex min-h-11 items-start gap-3">
            <input type="checkbox" className="mt-1 size-5 shrink-0" aria-describedby="private-images-hint" {...form.register("privateImages")} />
            <span>
              <span className="font-medium">{t("privateImages")}</span>
              <span id="private-images-hint" className="block text-sm text-stone-600">
                {t("privateImagesHint")}
              </span>
            </span>
          </label>
        </>
      )}
      {kind === "memo" && (
        <div className="flex flex-col gap-1">
          <label htmlFor="trouble-wants" className="font-medium">
            {t("wants")}
          </label>
          <textarea id="trouble-wants" rows={3} className="rounded-lg border border-stone-300 bg-white p-2" {...form.register("wants")} />
          {errors.wants && <p className="text-sm font-medium text-red-700">{errorText(errors.wants.message)}</p>}
        </div>
      )}
      <TextField
        label={t("senderName")}
        hint={t("senderNameHint")}
        autoComplete="off"
        error={errorText(errors.senderName?.message)}
        {...form.register("senderName")}
      />
      {kind !== "memo" && (
        <TextField
          type="email"
          label={t("contactEmail")}
          autoComplete="off"
          error={errorText(errors.contactEmail?.message)}
          {...form.register("contactEmail")}
        />
      )}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("writing") : t("write")}
      </Button>
    </form>
  );
}
