/** Typed product settings that are not environment: one place to tune behaviour. */
export const polling = {
  /** Poll this often while a task is young… */
  fastIntervalMs: 2_000,
  /** …for this long after the page started watching it… */
  fastPhaseMs: 30_000,
  /** …then this often until it reaches a terminal status. */
  slowIntervalMs: 5_000,
  /** While checks keep failing, the wait grows with how long they have failed, up to this. */
  failingMaxIntervalMs: 60_000,
} as const;

export const tasksList = {
  pageSize: 20,
  /** Re-read the list this often while a task on it is pending or processing (one request per page shown). */
  refreshIntervalMs: 5_000,
} as const;
