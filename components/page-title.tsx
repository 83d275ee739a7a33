import type { ReactNode } from "react";

export function PageTitle({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-4 space-y-2">
      <h1 className="text-2xl font-bold leading-snug">{children}</h1>
      {lead && <p className="text-stone-700">{lead}</p>}
    </div>
  );
}
