#!/usr/bin/env bash
# `next build`, failing when Node-only code reaches the Edge bundle. Next prints that only as a
# warning ("A Node.js API is used … not supported in the Edge Runtime") and builds on; the studio
# had 34 such warnings once, from instrumentation.ts importing the engine. See instrumentation.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
npm run -s build 2>&1 | tee "$log"
if grep -q "not supported in the Edge Runtime" "$log"; then
  echo "build-checked: Node-only code reached the Edge runtime bundle (warnings above)." >&2
  exit 1
fi
