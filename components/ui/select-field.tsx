import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from "react";

type Props = SelectHTMLAttributes<HTMLSelectElement> & { label: string; error?: string; ref?: Ref<HTMLSelectElement>; children: ReactNode };

export function SelectField({ label, error, id, ref, children, ...select }: Props) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const errorId = error ? `${fieldId}-error` : undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={fieldId} className="font-medium">
        {label}
      </label>
      <select
        id={fieldId}
        ref={ref}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className="min-h-11 rounded-lg border border-stone-300 bg-white px-3 py-2 text-base aria-[invalid]:border-red-700"
        {...select}
      >
        {children}
      </select>
      {error && (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
