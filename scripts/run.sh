#!/usr/bin/env bash
# `npm start` and the other commands: runs dist/bin/<command>.js, compiling first when a source is newer
# than the last build. exec, so the node that serves is the process npm signals (no shell in between).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command="$1"
shift
if [ -d "$root/node_modules/typescript" ]; then
  node "$root/scripts/build.mjs" --if-stale
elif [ ! -f "$root/dist/bin/$command.js" ]; then
  echo "meshwork: dist/ is missing and TypeScript isn't installed: run npm ci, then npm run build" >&2
  exit 1
fi
flags=()
# Embedded (no DATABASE_URL), PGlite's WASM stays on V8's baseline compiler: optimising it took
# 500 MB more at start and bought no measurable speed (docs/benchmarks.md). Checked, as V8 flags come and go.
if [ -z "${DATABASE_URL:-}" ] && node --v8-options | grep -q -- "--liftoff-only"; then
  flags+=(--liftoff-only)
fi
exec node "${flags[@]}" "$root/dist/bin/$command.js" "$@"
