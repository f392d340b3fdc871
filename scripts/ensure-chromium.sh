#!/bin/sh
# Playwright cannot download its own browser here: use Debian's Chromium, installing it when missing.
# poppler-utils (pdftotext, pdfinfo) checks the printed report's PDF in the e2e tests, and zbar-tools (zbarimg)
# decodes its QR code back to the share link.
set -eu
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
NEED=""
[ -x "$CHROME" ] || NEED="$NEED chromium fonts-liberation"
command -v pdftotext >/dev/null 2>&1 || NEED="$NEED poppler-utils"
command -v zbarimg >/dev/null 2>&1 || NEED="$NEED zbar-tools"
if [ -n "$NEED" ]; then
  command -v apt-get >/dev/null 2>&1 || { echo "missing:$NEED and no apt-get; install them or set CHROME_PATH" >&2; exit 1; }
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $NEED >/dev/null
fi
"$CHROME" --version 2>/dev/null | grep -v 'unexpected operator' || true
