"use client";

import { useQuery } from "@tanstack/react-query";
import { healthQueryOptions } from "@/lib/queries/tasks";

const labels = {
  linkup: { text: "Linkup", title: "Extractions run on Linkup's API (they cost credits)." },
  embedded: { text: "Embedded engine", title: "Extractions run inside the studio (free; set LINKUP_API_KEY to use Linkup)." },
} as const;

export function ProviderBadge() {
  const { data } = useQuery(healthQueryOptions);
  if (!data) return null;
  const label = labels[data.provider];
  return (
    <span
      data-testid="provider-badge"
      data-provider={data.provider}
      title={label.title}
      className={`rounded-full px-3 py-1 text-xs font-medium ${data.provider === "linkup" ? "bg-emerald-100 text-emerald-800" : "bg-sky-100 text-sky-800"}`}
    >
      Provider: {label.text}
    </span>
  );
}
