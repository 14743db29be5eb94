#!/usr/bin/env bash
# The code-server integration run on a fresh Debian machine (for .ci/run): the system packages
# it needs (Chromium, and libkrb5-dev for code-server's kerberos module), then `npm run test:e2e`,
# which installs Node 24 and code-server into node_modules/.cache/source-review-tools/ (about 5 minutes cold) and runs the suite
# on the packaged extension plus the UI check (about 1.5 minutes). Expects `npm ci` to have run.
# With --prepare it only installs (system packages, Node 24, code-server), so CI can do that
# while other tests run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

need=()
[[ -x /usr/bin/chromium ]] || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if (( ${#need[@]} > 0 )); then
  start=$(date +%s)
  sudo=""
  [[ "$(id -u)" == 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  echo "ci: apt-get install ${need[*]} in $(( $(date +%s) - start )) s"
fi

if [[ "${1:-}" == --prepare ]]; then
  bash test/e2e/tools.sh
  exit 0
fi

npm run test:e2e
