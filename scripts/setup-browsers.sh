#!/usr/bin/env bash
# Makes sure Debian's Chromium and Firefox ESR are installed: the end-to-end
# tests and the demo drive these real browsers (test tools may not download
# their own). Usage: setup-browsers.sh [chromium] [firefox-esr]  (default: both)
set -euo pipefail
wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(chromium firefox-esr)
missing=()
for browser in "${wanted[@]}"; do
  [ -x "/usr/bin/$browser" ] || missing+=("$browser")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "Please install them yourself: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "No apt-get here. Install ${missing[*]} with your package manager, or set CHROMIUM_PATH / FIREFOX_PATH." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
