#!/bin/sh
# Playwright cannot download its own browser here: use Debian's Chromium, installing it when missing.
set -eu
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROME" ]; then
  command -v apt-get >/dev/null 2>&1 || { echo "no $CHROME and no apt-get; set CHROME_PATH" >&2; exit 1; }
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
fi
"$CHROME" --version 2>/dev/null | grep -v 'unexpected operator' || true
