#!/usr/bin/env bash
# Install everything plandigit needs on a fresh Debian machine (Python 3.11):
# Tesseract with Swedish language data (Debian packages) and the Python
# package with its dependencies.  Idempotent: skips what is already there.
#   bash setup.sh          runtime only
#   bash setup.sh --test   runtime + test dependencies
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need_apt=()
command -v tesseract >/dev/null 2>&1 || need_apt+=(tesseract-ocr)
if ! (command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx swe); then
  need_apt+=(tesseract-ocr-swe)
fi
# the QA report's browser test drives Debian's chromium through chromedriver
if [ "${1:-}" = "--test" ]; then
  command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
  # a TrueType font the sample renderer embeds for its alternative looks
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_apt+=(fonts-dejavu-core)
fi
if [ "${#need_apt[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${need_apt[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
python3 -m pip install -q --disable-pip-version-check -e ".${extras}" 2>&1 | grep -v -e "^WARNING: Running pip as" -e "WARNING: Location" || true
python3 -c "import pipeline, extractors, models" || { echo "setup: the plandigit package did not install" >&2; exit 1; }
echo "setup: ready ($(tesseract --version 2>&1 | head -1); languages: $(tesseract --list-langs 2>/dev/null | tail -n +2 | tr '\n' ' '))"
