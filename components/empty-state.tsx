import type { ReactNode } from "react";
import { Badge } from "./ui/badge";
import { Card } from "./ui/card";

/** An honest placeholder for a capability that is not built yet. */
export function EmptyState({ title, badge, children }: { title?: string; badge?: string; children: ReactNode }) {
  return (
    <Card className="space-y-2">
      {badge && <Badge>{badge}</Badge>}
      {title && <h2 className="font-semibold">{title}</h2>}
      <div className="space-y-2 text-stone-700">{children}</div>
    </Card>
  );
}
