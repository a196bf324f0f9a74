/**
 * Monaco's own switch for what Tab does (editor.action.toggleTabFocusMode, monaco-editor 0.57): by
 * default Tab indents, which traps a keyboard user in the editor. Its keys differ by platform: Cmd+M
 * minimises the window on a Mac, so there it is Ctrl+Shift+M.
 */
export function tabFocusKeys(platform: string): string[] {
  return /Mac|iPhone|iPad/.test(platform) ? ["Ctrl", "Shift", "M"] : ["Ctrl", "M"];
}

/** What the hint says Tab does now, and what the keys make it do. */
export function tabFocusHint(movesFocus: boolean): { now: string; toggle: string } {
  return movesFocus ? { now: "Tab moves focus out of the editor", toggle: "to let Tab indent again" } : { now: "Tab indents", toggle: "to let Tab move focus" };
}
