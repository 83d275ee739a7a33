import { useId, type InputHTMLAttributes, type Ref } from "react";
import { buttonClass } from "./button";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  label: string;
  hint?: string;
  error?: string;
  /** The button's text, e.g. 「ファイルを選ぶ」. */
  choose: string;
  /** What is chosen, in words ("スクショ.jpg (717 B)"), or what to say when nothing is. */
  status: string;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A file input with the app's own button and the chosen file's name. The browser's control speaks the phone's
 * language rather than the app's and shows little of the name; this one says in her language what she picked.
 * The real input stays in the page (hidden from sight only), so it keeps its label, keyboard focus and form role.
 */
export function FileField({ label, hint, error, choose, status, id, ref, ...input }: Props) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const labelId = `${fieldId}-label`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const statusId = `${fieldId}-status`;
  const errorId = error ? `${fieldId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <span id={labelId} className="font-medium">
        {label}
      </span>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <input
          id={fieldId}
          ref={ref}
          type="file"
          className="peer sr-only"
          aria-labelledby={labelId}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, statusId, errorId].filter(Boolean).join(" ")}
          {...input}
        />
        <label
          htmlFor={fieldId}
          className={buttonClass(
            "secondary",
            "cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-brand-700 peer-aria-[invalid]:border-red-700",
          )}
        >
          {choose}
        </label>
        <span id={statusId} className="min-w-0 break-all text-sm text-stone-700" aria-live="polite">
          {status}
        </span>
      </div>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
