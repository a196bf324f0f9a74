// Monaco's base editor worker (diffing, word ranges), bundled with the studio: no CDN.
import "monaco-editor/editor/editor.worker";
