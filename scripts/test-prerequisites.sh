#!/usr/bin/env bash
# What the tests need beyond npm. `npm test` and .ci/run run this first. When something is missing it is
# installed (quietly, in one line saying what) if this runs as root with apt-get (Debian) and
# INSTALL_TEST_PREREQUISITES is not 0; otherwise this stops at once with one line saying how to get it.
set -u

# need PACKAGE OTHERWISE COMMAND...: the Debian PACKAGE is missing unless COMMAND succeeds; OTHERWISE is
# another way to provide it ('' if none).
need() {
  local package=$1 otherwise=$2
  shift 2
  "$@" >/dev/null 2>&1 && return
  packages+=("$package")
  [ -z "$otherwise" ] || others+=("$otherwise")
}

# One `need` per package.
check() {
  packages=()
  others=()
  need chromium 'or set CHROMIUM_PATH to a Chromium binary' test -x "${CHROMIUM_PATH:-/usr/bin/chromium}"
  # Spoken-answer tests make their audio: speech from espeak-ng, encoded to WebM/Opus by ffmpeg.
  need espeak-ng '' command -v espeak-ng
  need ffmpeg '' command -v ffmpeg
}

check
[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$EUID" -eq 0 ] && command -v apt-get >/dev/null && [ "${INSTALL_TEST_PREREQUISITES:-1}" != 0 ]; then
  echo "Installing what the tests need: ${packages[*]} (apt-get install)" >&2
  log=$(mktemp)
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"; } >"$log" 2>&1; then
    echo "apt-get could not install ${packages[*]}; its output is in $log" >&2
    exit 1
  fi
  rm -f "$log"
  check
  [ ${#packages[@]} -eq 0 ] && exit 0
  echo "Still missing after apt-get install: ${packages[*]}${others[*]+ (${others[*]})}" >&2
  exit 1
fi

echo "The tests need ${packages[*]}: run 'sudo apt-get install -y ${packages[*]}' (Debian)${others[*]+, ${others[*]}}" >&2
exit 1
