"use client";

import Editor from "@monaco-editor/react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { checkRowSchemaText, type SchemaProblem } from "@/lib/schema/check";
import { MARKER_OWNER, MODEL_PREFIX, monaco } from "./monaco-setup";
import { SchemaProblemList } from "./schema-problem-list";
import { tabFocusHint, tabFocusKeys } from "./tab-focus-hint";

export interface SchemaEditorProps {
  /** The schema text (controlled). */
  value: string;
  onChange: (text: string) => void;
  /** Problems of `value`, from `checkRowSchemaText`; computed here when the parent does not pass them. */
  problems?: readonly SchemaProblem[];
  /** The editor's accessible name. */
  ariaLabel?: string;
  /** CSS height of the editing area (the problem list grows below it). */
  height?: number | string;
  /** Ctrl/Cmd+Enter in the editor. Without it the shortcut is re-dispatched as a bubbling keydown. */
  onRun?: () => void;
}

type CodeEditor = monaco.editor.IStandaloneCodeEditor;
const TAB_INDENTS = "extract-studio.tab-indents";

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  wordWrap: "on",
  fontSize: 13,
  lineNumbersMinChars: 3,
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  // Typed text stays exactly what was typed (analysts paste and type JSON; so do the e2e tests).
  autoClosingBrackets: "never",
  autoClosingQuotes: "never",
  formatOnType: false,
  formatOnPaste: false,
  // Hovers and suggestions may overflow the editor's box instead of being clipped by it.
  fixedOverflowWidgets: true,
  quickSuggestions: { other: true, strings: true, comments: false },
  renderValidationDecorations: "on",
  scrollbar: { alwaysConsumeMouseWheel: false },
};

const toMarker = (p: SchemaProblem): monaco.editor.IMarkerData => {
  const line = p.line ?? 1;
  const column = p.column ?? 1;
  const endLine = p.endLine ?? line;
  const endColumn = endLine === line ? Math.max(p.endColumn ?? column + 1, column + 1) : (p.endColumn ?? column + 1);
  return {
    severity: p.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: p.message,
    source: "Extract Studio",
    startLineNumber: line,
    startColumn: column,
    endLineNumber: endLine,
    endColumn,
  };
};

/** The row schema in Monaco: JSON with keyword completion and hover docs, our problems as markers. */
export function SchemaEditor({ value, onChange, problems, ariaLabel = "Row schema (JSON)", height = 260, onRun }: SchemaEditorProps) {
  const id = useId();
  const path = useMemo(() => `${MODEL_PREFIX}${id.replace(/[^A-Za-z0-9]/g, "")}.json`, [id]);
  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<CodeEditor | null>(null);
  const onRunRef = useRef(onRun);
  /** Texts this editor reported through onChange that the parent has not echoed back yet. */
  const echoes = useRef<string[]>([]);
  const [ready, setReady] = useState(false);
  // Monaco's Tab mode is one switch for every editor on the page (and stays as set while the page does).
  const [tabMovesFocus, setTabMovesFocus] = useState(false);
  const shown = useMemo(() => problems ?? checkRowSchemaText(value).problems, [problems, value]);
  const problemsId = `${id}-problems`;
  const hintId = `${id}-keys`;

  useEffect(() => {
    onRunRef.current = onRun;
  }, [onRun]);

  // `value` is controlled, but the parent's echo of a keystroke can arrive after the next
  // keystroke is already in the model; writing that stale echo back would eat typed characters
  // (it did, with @monaco-editor/react's own `value` handling). So: echoes of our own edits are
  // skipped, and only a genuinely new text (a template, a reset, a duplicated task) replaces the
  // model, as one undoable edit.
  useEffect(() => {
    const editor = ready ? editorRef.current : null;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const echo = echoes.current.lastIndexOf(value);
    if (echo !== -1) {
      echoes.current = echoes.current.slice(echo + 1);
      return;
    }
    echoes.current = [];
    if (value === model.getValue()) return;
    editor.pushUndoStop();
    editor.executeEdits("extract-studio.set-value", [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }]);
    editor.pushUndoStop();
  }, [ready, value]);

  useEffect(() => {
    const model = ready ? editorRef.current?.getModel() : null;
    if (!model) return;
    // Problems describe `value`; while the model runs ahead of it (mid-keystroke) stale ranges are
    // replaced on the next render, and Monaco clamps out-of-range positions.
    monaco.editor.setModelMarkers(model, MARKER_OWNER, shown.map(toMarker));
  }, [ready, shown]);

  function run() {
    if (onRunRef.current) return onRunRef.current();
    // Monaco consumes the keystroke; hand it on to the form (which listens for Ctrl/Cmd+Enter).
    const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
    containerRef.current?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", code: "Enter", ctrlKey: !isMac, metaKey: isMac, bubbles: true, cancelable: true }));
  }

  function format() {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model) return;
    const action = editor.getAction("editor.action.formatDocument");
    if (action?.isSupported()) {
      void action.run();
      return;
    }
    // The JSON worker is not up yet: pretty-print valid JSON ourselves (undoable like an edit).
    try {
      const text = JSON.stringify(JSON.parse(model.getValue()), null, 2);
      editor.pushUndoStop();
      editor.executeEdits("format", [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    } catch {
      // Invalid JSON cannot be formatted; its problem is already listed.
    }
  }

  function reveal(p: SchemaProblem) {
    const editor = editorRef.current;
    if (!editor) return;
    const position = { lineNumber: p.line ?? 1, column: p.column ?? 1 };
    editor.setPosition(position);
    editor.revealPositionInCenter(position);
    editor.focus();
  }

  const hint = tabFocusHint(tabMovesFocus);
  const keys = tabFocusKeys(navigator.platform);
  return (
    <div ref={containerRef} data-testid="schema-editor" className="mt-1">
      <div className="overflow-hidden rounded-md border border-slate-300 bg-white shadow-sm focus-within:border-indigo-500 focus-within:ring-1 focus-within:ring-indigo-500">
        <Editor
          height={height}
          width="100%"
          language="json"
          path={path}
          defaultValue={value}
          onChange={(text = "") => {
            echoes.current.push(text);
            if (echoes.current.length > 500) echoes.current.shift();
            onChange(text);
          }}
          options={{ ...OPTIONS, ariaLabel }}
          loading={<div className="p-3 text-sm text-slate-500">Loading the schema editor…</div>}
          onMount={(editor) => {
            editorRef.current = editor;
            editor.addAction({ id: "extract-studio.run", label: "Run extraction", keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter], run });
            editor.addAction({
              id: "extract-studio.format",
              label: "Format schema",
              keybindings: [monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF],
              run: format,
            });
            // The keys and the problems are read out on entering the editor, as they show beside it.
            // What takes focus is Monaco's EditContext element in Chromium (its textarea is then
            // aria-hidden), the textarea elsewhere.
            for (const input of editor.getDomNode()?.querySelectorAll(".native-edit-context, textarea") ?? []) input.setAttribute("aria-describedby", `${hintId} ${problemsId}`);
            // Monaco tells its Tab mode to no editor option or event, only to its "editorTabMovesFocus"
            // context key: this action's precondition reads it (and, offered in the command palette
            // only in that mode, switches Tab back). Ctrl+M is a key press in the editor, and the
            // palette hands focus back to the editor: the mode is read again after each.
            editor.addAction({ id: TAB_INDENTS, label: "Let Tab indent again", precondition: "editorTabMovesFocus", run: (e) => e.trigger("extract-studio", "editor.action.toggleTabFocusMode", null) });
            const readTabMode = () => setTabMovesFocus(editor.getAction(TAB_INDENTS)?.isSupported() ?? false);
            readTabMode();
            editor.onKeyUp(readTabMode);
            editor.onDidFocusEditorText(readTabMode);
            setReady(true);
          }}
        />
      </div>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        <Button variant="secondary" className="px-2 py-1 text-xs" data-testid="schema-format" onClick={format} disabled={!ready} aria-keyshortcuts="Shift+Alt+F">
          Format
        </Button>
        <span className="text-xs text-slate-500" id={hintId} data-testid="schema-editor-keys" data-tab-moves-focus={tabMovesFocus}>
          <kbd className="rounded border px-1">Ctrl</kbd>+<kbd className="rounded border px-1">Space</kbd> suggests keywords. {hint.now}: press{" "}
          {keys.map((key, i) => (
            <span key={key}>
              {i > 0 ? "+" : null}
              <kbd className="rounded border px-1">{key}</kbd>
            </span>
          ))}{" "}
          {hint.toggle}.
        </span>
      </div>
      <SchemaProblemList id={problemsId} problems={shown} onSelect={reveal} />
    </div>
  );
}
