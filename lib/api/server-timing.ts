/** The `Server-Timing` header of timed routes (lib/api/timing.ts): written there, read by bench/load.ts. */

export function serverTiming(appMs: number, upstreamMs: number): string {
  return `app;dur=${appMs.toFixed(1)};desc="studio", upstream;dur=${upstreamMs.toFixed(1)};desc="Linkup"`;
}

/** Reads `app` and `upstream` durations back from a Server-Timing header (null when absent). */
export function parseServerTiming(header: string | null): { appMs: number; upstreamMs: number } | null {
  if (!header) return null;
  const durations = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().split(";");
    const dur = params.map((p) => /^\s*dur=([\d.]+)\s*$/.exec(p)?.[1]).find((d) => d !== undefined);
    if (name && dur !== undefined) durations.set(name.trim(), Number(dur));
  }
  const appMs = durations.get("app");
  if (appMs === undefined) return null;
  return { appMs, upstreamMs: durations.get("upstream") ?? 0 };
}
