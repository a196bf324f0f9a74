"use client";

import { useQuery } from "@tanstack/react-query";
import { healthQueryOptions } from "@/lib/queries/tasks";

const labels = { linkup: "Linkup", embedded: "Embedded engine" } as const;

export function ProviderBadge() {
  const { data } = useQuery(healthQueryOptions);
  if (!data) return null;
  return (
    <span
      data-testid="provider-badge"
      title={data.message ?? "Extractions run here"}
      className={`rounded-full px-3 py-1 text-xs font-medium ${data.provider ? "bg-emerald-100 text-emerald-800" : "bg-amber-100 text-amber-800"}`}
    >
      Provider: {data.provider ? labels[data.provider] : "not configured"}
    </span>
  );
}
