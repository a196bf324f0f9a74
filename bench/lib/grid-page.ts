/**
 * In-page scripts for bench/grid-load.ts. They are plain JavaScript *strings*, not functions handed
 * to Playwright: tsx's transpiled functions can reference helpers (`__name`) that do not exist in
 * the page.
 */

export interface PageProbe {
  longTasks: { start: number; duration: number }[];
  /** performance.now() when ≥ 1 `.ag-row` was on screen and the panel said ≥ `firstRows` rows were loaded. */
  firstRowsAt: number | null;
  /** The text of that first data row (a sanity check that it is a row, not a placeholder). */
  firstRowText?: string;
  /** performance.now() when the panel said data-status="done". */
  doneAt: number | null;
  /** performance.now() when the grid (aria-rowcount) held every loaded row. */
  gridCompleteAt: number | null;
  finalLoaded: number | null;
  ariaRowCount: number | null;
  headerRows: number | null;
  status: string | null;
  statusSource: string | null;
}

/**
 * Installed with page.addInitScript (before any page script): a buffered long-task observer and a
 * requestAnimationFrame probe that timestamps the first visible rows and the end of the load. It
 * reads `[data-testid=row-count]` (data-loaded / data-status), or `[data-testid=load-progress]` when
 * the panel has no row-count element.
 */
export function initScript(firstRows: number): string {
  return `(() => {
  const b = (window.__bench = { longTasks: [], firstRowsAt: null, firstRowText: null, doneAt: null, gridCompleteAt: null, finalLoaded: null, ariaRowCount: null, headerRows: null, status: null, statusSource: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (e) { b.longTaskError = String(e); }
  const FIRST = ${firstRows};
  const tick = () => {
    const rc = document.querySelector('[data-testid="row-count"]');
    const lp = document.querySelector('[data-testid="load-progress"]');
    const el = rc && rc.hasAttribute("data-status") ? rc : lp;
    if (el) {
      b.statusSource = el === rc ? "row-count" : "load-progress";
      const loaded = Number(el.getAttribute("data-loaded") || 0);
      const status = el.getAttribute("data-status");
      b.status = status;
      if (b.firstRowsAt === null && loaded >= FIRST) {
        // A row with data: the infinite row model first draws placeholder rows (a skeleton, no text)
        // while it asks for their block, and those must not count as rows shown.
        const rows = document.querySelectorAll(".ag-grid-scrolling-container .ag-row, .ag-center-cols-container .ag-row");
        for (const row of rows) {
          const text = (row.textContent || "").trim();
          if (text && !/loading/i.test(text) && !row.querySelector(".ag-skeleton-effect, .ag-loading")) { b.firstRowsAt = performance.now(); b.firstRowText = text.slice(0, 80); break; }
        }
      }
      if (b.doneAt === null && status === "done") { b.doneAt = performance.now(); b.finalLoaded = loaded; }
      if (b.doneAt !== null && b.gridCompleteAt === null) {
        const root = document.querySelector("[aria-rowcount]");
        const headers = document.querySelectorAll(".ag-header .ag-header-row").length;
        const count = root ? Number(root.getAttribute("aria-rowcount")) : NaN;
        b.ariaRowCount = count; b.headerRows = headers;
        if (!root || count - headers >= b.finalLoaded) b.gridCompleteAt = performance.now();
      }
      if (status === "error" || status === "cancelled") return;
    }
    if (b.gridCompleteAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

export interface BaselineResult {
  rows: number;
  bytes: number;
  /** Inside the worker: fetch start → last line parsed. */
  ms: number;
  /** On the main thread: Worker creation → result message. */
  wallMs: number;
}

/** page.evaluate: a bare Worker (from a Blob) fetches `url` and JSON.parses every line. Resolves with BaselineResult. */
export function baselineScript(url: string): string {
  const worker = `self.onmessage = async (e) => {
  const t0 = performance.now();
  const res = await fetch(e.data, { cache: "no-store" });
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  let carry = "", rows = 0, bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    const text = carry + dec.decode(value, { stream: true });
    let start = 0, nl;
    while ((nl = text.indexOf("\\n", start)) !== -1) {
      if (nl > start) { JSON.parse(text.slice(start, nl)); rows++; }
      start = nl + 1;
    }
    carry = text.slice(start);
  }
  carry += dec.decode();
  if (carry.trim()) { JSON.parse(carry); rows++; }
  postMessage({ rows, bytes, ms: performance.now() - t0 });
};`;
  return `(async () => {
  const src = ${JSON.stringify(worker)};
  const blobUrl = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
  const t0 = performance.now();
  const w = new Worker(blobUrl);
  return await new Promise((resolve, reject) => {
    w.onmessage = (e) => { w.terminate(); URL.revokeObjectURL(blobUrl); resolve({ ...e.data, wallMs: performance.now() - t0 }); };
    w.onerror = (e) => { w.terminate(); reject(new Error("baseline worker: " + e.message)); };
    w.postMessage(new URL(${JSON.stringify(url)}, location.href).href);
  });
})()`;
}

export interface ScrollResult {
  mode: string;
  frames: number;
  elapsedMs: number;
  fps: number;
  maxFrameMs: number;
  p95FrameMs: number;
  scrolledPx: number;
}

/**
 * page.evaluate: scrolls the grid's viewport (`.ag-body-viewport`, `.ag-grid-viewport` since AG Grid 35) for `seconds`, once per animation frame, and counts
 * frames. "steady": `stepPx` down per frame (a fast wheel/drag); "jump": a random position each frame.
 */
export function scrollScript(seconds: number, mode: "steady" | "jump", stepPx = 150): string {
  return `(async () => {
  // AG Grid ≤ 34: .ag-body-viewport; 35+: .ag-grid-viewport.
  const vp = document.querySelector(".ag-body-viewport") || document.querySelector(".ag-grid-viewport");
  if (!vp) throw new Error("no grid viewport (.ag-body-viewport / .ag-grid-viewport)");
  vp.scrollTop = 0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const max = vp.scrollHeight - vp.clientHeight;
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  return await new Promise((resolve) => {
    const gaps = [];
    let start = null, last = null, scrolled = 0;
    const frame = (t) => {
      if (start === null) start = t; else gaps.push(t - last);
      last = t;
      const before = vp.scrollTop;
      vp.scrollTop = ${JSON.stringify(mode)} === "jump" ? Math.floor(rnd() * max) : (before + ${stepPx} > max ? 0 : before + ${stepPx});
      scrolled += Math.abs(vp.scrollTop - before);
      if (t - start < ${seconds * 1000}) requestAnimationFrame(frame);
      else {
        const sorted = [...gaps].sort((a, b) => a - b);
        resolve({ mode: ${JSON.stringify(mode)}, frames: gaps.length, elapsedMs: t - start, fps: (gaps.length * 1000) / (t - start),
          maxFrameMs: sorted[sorted.length - 1] || 0, p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] || 0, scrolledPx: scrolled });
      }
    };
    requestAnimationFrame(frame);
  });
})()`;
}

export interface TransferResult {
  rowsPerMessage: number;
  messages: number;
  /** Main-thread ms per message: reading `event.data` (structured-clone deserialisation) of row objects. */
  objectsMs: { median: number; max: number };
  /** Main-thread ms per message: reading the NDJSON text slice and JSON.parse-ing it into row objects. */
  textParseMs: { median: number; max: number };
  /** Worker-side ms per message to post row objects (structured-clone serialisation). */
  objectsPostMs: number;
}

/**
 * page.evaluate: the two ways to hand parsed rows to the main thread, timed on the main thread.
 * A worker builds rows shaped like the bench's (6 fields) and posts each batch (a) as objects and
 * (b) as its NDJSON text, which the main thread then parses.
 */
export function transferScript(rowsPerMessage: number, messages: number): string {
  const worker = `self.onmessage = (e) => {
  const { n, m } = e.data;
  const cats = ["garden", "home", "kitchen", "outdoor", "books", "audio"];
  let id = 0, postMs = 0;
  const make = () => { const i = id++; return { id: i, name: "Item " + String(i).padStart(6, "0") + " Sturdy Garden Rake" + (i % 4 ? "" : " (Köln 🚀)"), category: cats[i % 6], price: (i * 7919 % 100000) / 100, inStock: i % 5 !== 0, url: "https://shop.example/items/" + i }; };
  for (let k = 0; k < m; k++) {
    const rows = []; for (let j = 0; j < n; j++) rows.push(make());
    const invalid = rows.map(() => null);
    const t = performance.now(); postMessage({ kind: "objects", rows, invalid }); postMs += performance.now() - t;
    const text = rows.map((r) => JSON.stringify(r)).join("\\n");
    postMessage({ kind: "text", text, invalid });
  }
  postMessage({ kind: "end", postMs });
};`;
  return `(async () => {
  const src = ${JSON.stringify(worker)};
  const w = new Worker(URL.createObjectURL(new Blob([src], { type: "text/javascript" })));
  const objects = [], texts = [];
  let sink = 0;
  return await new Promise((resolve) => {
    w.onmessage = (e) => {
      const t0 = performance.now();
      const d = e.data;
      if (d.kind === "end") {
        w.terminate();
        const stat = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)] || 0, max: s[s.length - 1] || 0 }; };
        resolve({ rowsPerMessage: ${rowsPerMessage}, messages: ${messages}, objectsMs: stat(objects), textParseMs: stat(texts), objectsPostMs: d.postMs / ${messages}, sink });
        return;
      }
      if (d.kind === "objects") { sink += d.rows.length + d.invalid.length; objects.push(performance.now() - t0); }
      else { const rows = JSON.parse("[" + d.text.split("\\n").join(",") + "]"); sink += rows.length; texts.push(performance.now() - t0); }
    };
    w.postMessage({ n: ${rowsPerMessage}, m: ${messages} });
  });
})()`;
}
