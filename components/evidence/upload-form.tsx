"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { useErrorText } from "@/components/error-text";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { FileField } from "@/components/ui/file-field";
import { TextField } from "@/components/ui/text-field";
import { uploadFormSchema, type UploadFormInput } from "@/lib/evidence/schema";
import { formatSize } from "@/lib/evidence/format-size";
import { sniff, sniffLength } from "@/lib/evidence/sniff";
import { sendUpload } from "./send-upload";

type Props = {
  cases: { id: string; label: string }[];
  maxFileBytes: number;
  maxFileText: string;
  defaultCaseId?: string;
  /** Upload from a customer-trouble record's page: the file belongs to that record. */
  troubleId?: string;
  /** The description's example, when the page's own fits better than the locker's. */
  descriptionHint?: string;
};
type Done = { sha256: string; metadataRemoved: boolean };

/** "YYYY-MM-DDTHH:mm" in the phone's own time zone, for <input type="datetime-local">. */
function localInput(time: number): string {
  const d = new Date(time);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

export function UploadForm({ cases, maxFileBytes, maxFileText, defaultCaseId = "", troubleId = "", descriptionHint }: Props) {
  const t = useTranslations("evidence");
  const errorText = useErrorText();
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string>();
  const [chosen, setChosen] = useState<string>();
  const [progress, setProgress] = useState<number | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const form = useForm<UploadFormInput>({
    resolver: zodResolver(uploadFormSchema),
    defaultValues: { description: "", capturedAt: "", caseId: defaultCaseId, troubleId, stripMetadata: true },
  });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    if (!form.getValues("capturedAt")) form.setValue("capturedAt", localInput(Date.now()));
  }, [form]);

  const message = (code: string | undefined) => errorText(code, undefined, maxFileText);

  function onFileChange() {
    const file = fileInput.current?.files?.[0];
    setFileError(undefined);
    setDone(null);
    setChosen(file ? t("upload.chosenFile", { name: file.name, size: formatSize(file.size) }) : undefined);
    // A screenshot's file time is usually when it was taken: a better guess than "now".
    if (file?.lastModified && file.lastModified <= Date.now()) form.setValue("capturedAt", localInput(file.lastModified));
  }

  async function onSubmit(values: UploadFormInput) {
    setDone(null);
    setFileError(undefined);
    const file = fileInput.current?.files?.[0];
    if (!file) return setFileError("fileRequired");
    if (file.size > maxFileBytes) return setFileError("fileTooLarge");
    // The same check the server makes, so a wrong file is refused before it is sent.
    const sniffed = sniff(new Uint8Array(await file.slice(0, sniffLength).arrayBuffer()));
    if (!sniffed.ok) return setFileError(sniffed.reason);
    setProgress(0);
    const meta = { ...values, fileName: file.name, size: file.size, capturedAt: new Date(values.capturedAt).toISOString() };
    const result = await sendUpload(file, meta, setProgress);
    setProgress(null);
    if (!result.ok) {
      const fields = Object.entries(result.fieldErrors ?? {}).filter(([field]) => field in values);
      for (const [field, code] of fields) form.setError(field as keyof UploadFormInput, { message: code });
      if (fields.length === 0) setFileError(result.error);
      return;
    }
    setDone({ sha256: result.data.sha256, metadataRemoved: result.data.metadataRemoved });
    if (fileInput.current) fileInput.current.value = "";
    setChosen(undefined);
    form.reset({ description: "", capturedAt: localInput(Date.now()), caseId: values.caseId, troubleId, stripMetadata: true });
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-4" aria-label={t("upload.title")}>
      <FileField
        ref={fileInput}
        name="file"
        label={t("upload.file")}
        hint={t("upload.fileHint")}
        error={message(fileError)}
        onChange={onFileChange}
        choose={t("upload.choose")}
        status={chosen ?? t("upload.noFile")}
        accept="image/jpeg,image/png,image/gif,image/webp,image/heic,image/heif,image/avif,application/pdf,audio/*,video/mp4,video/quicktime,video/webm"
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="evidence-description" className="font-medium">
          {t("upload.description")}
        </label>
        <p id="evidence-description-hint" className="text-sm text-stone-600">
          {descriptionHint ?? t("upload.descriptionHint")}
        </p>
        <textarea
          id="evidence-description"
          rows={3}
          aria-describedby="evidence-description-hint"
          aria-invalid={errors.description ? true : undefined}
          className="rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid]:border-red-700"
          {...form.register("description")}
        />
        {errors.description && <p className="text-sm font-medium text-red-700">{errorText(errors.description.message)}</p>}
      </div>
      <TextField
        type="datetime-local"
        label={t("upload.capturedAt")}
        hint={t("upload.capturedAtHint")}
        error={errorText(errors.capturedAt?.message)}
        {...form.register("capturedAt")}
      />
      <input type="hidden" {...form.register("troubleId")} />
      {cases.length > 0 && !troubleId && (
        <SelectField label={t("upload.case")} error={message(errors.caseId?.message)} {...form.register("caseId")}>
          <option value="">{t("upload.noCase")}</option>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </SelectField>
      )}
      <label className="flex min-h-11 items-start gap-3">
        <input type="checkbox" className="mt-1 size-5 shrink-0" aria-describedby="evidence-strip-hint" {...form.register("stripMetadata")} />
        <span>
          <span className="font-medium">{t("upload.strip")}</span>
          <span id="evidence-strip-hint" className="block text-sm text-stone-600">
            {t("upload.stripHint")}
          </span>
        </span>
      </label>
      {progress !== null && (
        <div className="space-y-1">
          <progress className="h-2 w-full" max={100} value={progress} aria-label={t("upload.uploading", { percent: progress })} />
          <p className="text-sm text-stone-700" aria-live="polite">
            {t("upload.uploading", { percent: progress })}
          </p>
        </div>
      )}
      {done && (
        <Notice tone="success">
          <span className="block font-semibold">{t("upload.done")}</span>
          <span className="block">{done.metadataRemoved ? t("upload.doneStripped") : t("upload.doneKept")}</span>
          <span className="block break-all font-mono text-xs">{t("upload.doneHash", { hash: done.sha256 })}</span>
        </Notice>
      )}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {t("upload.submit")}
      </Button>
    </form>
  );
}
