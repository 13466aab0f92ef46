#!/usr/bin/env bash
# Makes sure the Debian tools the browser and document tests need are present.
# Installs missing ones with apt-get when running as root; otherwise names what is missing and fails.
set -euo pipefail

# command -> Debian package
declare -A tools=(
  [chromium]=chromium
  [pandoc]=pandoc
  [soffice]=libreoffice-writer-nogui
  [qpdf]=qpdf
  [pdftotext]=poppler-utils
  [pdffonts]=poppler-utils
  [pdftoppm]=poppler-utils
)

missing_pkgs=()
missing_cmds=()
for cmd in "${!tools[@]}"; do
  if ! command -v "$cmd" >/dev/null 2>&1; then
    missing_cmds+=("$cmd")
    pkg=${tools[$cmd]}
    [[ " ${missing_pkgs[*]-} " == *" $pkg "* ]] || missing_pkgs+=("$pkg")
  fi
done

if [ ${#missing_pkgs[@]} -eq 0 ]; then
  exit 0
fi

echo "ensure-tools: installing ${missing_pkgs[*]} (missing: ${missing_cmds[*]})"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing_pkgs[@]}" >/dev/null
else
  echo "ensure-tools: cannot install (need root and apt-get). Missing commands: ${missing_cmds[*]}" >&2
  echo "ensure-tools: install the Debian packages: ${missing_pkgs[*]}" >&2
  exit 1
fi

still=()
for cmd in "${missing_cmds[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || still+=("$cmd")
done
if [ ${#still[@]} -ne 0 ]; then
  echo "ensure-tools: still missing after install: ${still[*]}" >&2
  exit 1
fi
echo "ensure-tools: all tools present"
