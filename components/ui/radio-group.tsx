import type { UseFormRegisterReturn } from "react-hook-form";

type Props = { legend: string; hint?: string; options: { value: string; label: string }[]; error?: string; registration: UseFormRegisterReturn };

/** A question with a few answers, each a large tap target. */
export function RadioGroup({ legend, hint, options, error, registration }: Props) {
  return (
    <fieldset className="space-y-1" aria-invalid={error ? true : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint && <p className="text-sm text-stone-600">{hint}</p>}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input type="radio" value={option.value} className="size-4" {...registration} />
            {option.label}
          </label>
        ))}
      </div>
      {error && <p className="text-sm font-medium text-red-700">{error}</p>}
    </fieldset>
  );
}
