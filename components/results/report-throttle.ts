/**
 * When the rows worker tells the grid how far a load is. Reports come at most every `everyMs`, but
 * one held back by that limit is never dropped: it goes out as soon as the window ends. Without
 * that, rows that arrived just before a download paused (a stall, a slow proxy) stayed invisible
 * until the next chunk or the idle timeout — a minute of an empty grid over rows already read.
 */
export class ReportThrottle {
  private last: number;
  private pending: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly everyMs: number,
    private readonly send: () => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  /** Sends now when `force` or the window has passed; else makes sure a send follows when it ends. */
  report(force = false) {
    const now = this.now();
    const wait = this.everyMs - (now - this.last);
    if (!force && wait > 0) {
      this.pending ??= setTimeout(() => {
        this.pending = null;
        this.report(true);
      }, wait);
      return;
    }
    this.cancel();
    this.last = now;
    this.send();
  }

  /** Drops a report still waiting (the load was aborted or replaced). */
  cancel() {
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = null;
  }
}
