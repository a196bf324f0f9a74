"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** How long "Copied" stays on screen. */
const SHOWN_MS = 1_500;

/**
 * Copies text to the clipboard and says so briefly (for a live region): "Copied" (or `copied`), or why not.
 * Without a confirmation a copy looks like a key press that did nothing.
 */
export function useCopyStatus(): [string, (text: string, copied?: string) => void] {
  const [status, setStatus] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const copy = useCallback((text: string, copied = "Copied") => {
    const show = (message: string) => {
      setStatus(message);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => setStatus(""), SHOWN_MS);
    };
    if (!navigator.clipboard) return show("Copying needs the clipboard, which this page cannot use.");
    navigator.clipboard.writeText(text).then(
      () => show(copied),
      () => show("The browser refused the clipboard: nothing was copied."),
    );
  }, []);
  return [status, copy];
}
