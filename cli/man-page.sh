#!/usr/bin/env bash
# Writes the man page of qadex or of one of its commands from its --help, with help2man.
# Usage: man-page.sh QADEX VERSION OUTPUT [COMMAND]
set -euo pipefail
qadex=$1 version=$2 output=$3 command=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# help2man names the page after the program it runs: a wrapper named qadex-COMMAND.
name=qadex${command:+-$command}
printf '#!/bin/sh\nexec "%s" %s "$@"\n' "$qadex" "$command" >"$work/$name"
chmod +x "$work/$name"
description=$("$qadex" ${command:+"$command"} --help | head -1)
help2man --no-info --no-discard-stderr --version-string="$version" \
  --name="${description%.}" --section=1 --output="$output" "$work/$name"
