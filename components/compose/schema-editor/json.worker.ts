// Monaco's JSON language service (validation, completion, hover, formatting), bundled with the
// studio so the editor never fetches a worker from a CDN. Path per monaco-editor ≥ 0.56 exports.
import "monaco-editor/languages/features/json/json.worker";
