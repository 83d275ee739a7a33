"use client";
import { useFormAction } from "@/components/use-form-action";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { FormError, useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { createTroubleAction, updateTroubleAction } from "@/lib/trouble/actions";
import { troubleKinds, troubleSchema, type TroubleInput } from "@/lib/trouble/schema";

type Props = {
  sites: { slug: string; name: string }[];
  /** Editing a record: its id and what it holds now. */
  edit?: { id: string; values: TroubleInput };
};

/** A record: what kind of trouble, which site, his ID, what happened and when. Opens the record when saved. */
export function TroubleForm({ sites, edit }: Props) {
  const t = useTranslations("trouble");
  const errorText = useErrorText();
  const router = useRouter();
  const form = useForm<TroubleInput>({
    resolver: zodResolver(troubleSchema),
    defaultValues: edit?.values ?? { siteSlug: "", siteName: "", customerId: "", kind: undefined, whatHappened: "", firstContactOn: "", lastIncidentOn: "" },
  });
  const run = useFormAction(form);
  const { errors, isSubmitting } = form.formState;
  const siteSlug = form.watch("siteSlug");
  return (
    <form
      noValidate
      aria-label={edit ? t("record.edit") : t("newTitle")}
      className="space-y-4"
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => (edit ? updateTroubleAction(edit.id, values) : createTroubleAction(values)));
        if (!result.ok) return;
        router.push(`/trouble/${result.data?.id}`);
        router.refresh();
      })}
    >
      <FormError errors={errors} />
      <fieldset className="space-y-2" aria-invalid={errors.kind ? true : undefined}>
        <legend className="font-medium">{t("form.kind")}</legend>
        {troubleKinds.map((k) => (
          <label
            key={k}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" value={k} className="size-5 shrink-0" {...form.register("kind")} />
            {t(`kinds.${k}`)}
          </label>
        ))}
        {errors.kind && <p className="text-sm font-medium text-red-700">{errorText(errors.kind.message)}</p>}
      </fieldset>
      <SelectField label={t("form.site")} error={errorText(errors.siteSlug?.message)} {...form.register("siteSlug")}>
        <option value="">{t("form.siteNone")}</option>
        {sites.map((s) => (
          <option key={s.slug} value={s.slug}>
            {s.name}
          </option>
        ))}
        <option value="other">{t("form.siteOther")}</option>
      </SelectField>
      {siteSlug === "other" && <TextField label={t("form.siteName")} error={errorText(errors.siteName?.message)} {...form.register("siteName")} />}
      <TextField
        label={t("form.customerId")}
        hint={t("form.customerIdHint")}
        autoComplete="off"
        error={errorText(errors.customerId?.message)}
        {...form.register("customerId")}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="trouble-what" className="font-medium">
          {t("form.whatHappened")}
        </label>
        <p id="trouble-what-hint" className="text-sm text-stone-600">
          {t("form.whatHappenedHint")}
        </p>
        <textarea
          id="trouble-what"
          rows={5}
          aria-describedby={errors.whatHappened ? "trouble-what-hint trouble-what-error" : "trouble-what-hint"}
          aria-invalid={errors.whatHappened ? true : undefined}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid]:border-red-700"
          {...form.register("whatHappened")}
        />
        {errors.whatHappened && (
          <p id="trouble-what-error" className="text-sm font-medium text-red-700">
            {errorText(errors.whatHappened.message)}
          </p>
        )}
      </div>
      <TextField type="date" label={t("form.firstContactOn")} error={errorText(errors.firstContactOn?.message)} {...form.register("firstContactOn")} />
      <TextField type="date" label={t("form.lastIncidentOn")} error={errorText(errors.lastIncidentOn?.message)} {...form.register("lastIncidentOn")} />
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t("form.saving") : t("form.submit")}
      </Button>
    </form>
  );
}
