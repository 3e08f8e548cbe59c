#!/usr/bin/env bash
# Adds Debian source ("deb-src") entries for the machine's own suite, so scripts/mediasoup-worker.sh can run
# `apt-get source libsrtp2`. The entries mirror the machine's existing "deb" ones (same archive, suite,
# components and keyring), so no archive is named here. Idempotent; run as root before `apt-get update`.
# Prints the file it wrote (then run apt-get update), nothing when there was nothing to do; exits non-zero only
# when apt has no usable "deb" entry.
set -euo pipefail

target=/etc/apt/sources.list.d/telemed-deb-src.sources
codename="$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")"
[[ -n "$codename" ]] || { echo "apt-deb-src: no VERSION_CODENAME in /etc/os-release" >&2; exit 1; }
[[ -f "$target" || -f "${target%.sources}.list" ]] && exit 0

# Already there (a developer's own sources)? Then leave apt alone.
shopt -s nullglob
deb822=(/etc/apt/sources.list.d/*.sources)
oneline=(/etc/apt/sources.list.d/*.list)
[[ -f /etc/apt/sources.list ]] && oneline+=(/etc/apt/sources.list)
if grep -hqsE "^deb-src[[:space:]].*[[:space:]]$codename([[:space:]]|$)" /dev/null "${oneline[@]}" ||
  awk -v s="$codename" 'BEGIN { RS = "" } /(^|\n)Types:[^\n]*deb-src/ && $0 ~ ("(^|\n)Suites:[^\n]*[ \t]" s "([ \t]|\n|$)") { found = 1 } END { exit !found }' \
    /dev/null "${deb822[@]}"; then
  exit 0
fi

stanzas="$(
  {
    # deb822 files: copy each "deb" stanza that carries the suite, as deb-src for that suite only.
    awk -v s="$codename" 'BEGIN { RS = ""; ORS = "\n\n" }
      {
        types = uris = suites = comps = signed = ""
        n = split($0, lines, "\n")
        for (i = 1; i <= n; i++) {
          if (lines[i] ~ /^Types:/) types = substr(lines[i], 7)
          else if (lines[i] ~ /^URIs:/) uris = substr(lines[i], 6)
          else if (lines[i] ~ /^Suites:/) suites = substr(lines[i], 8)
          else if (lines[i] ~ /^Components:/) comps = substr(lines[i], 12)
          else if (lines[i] ~ /^Signed-By:/) signed = substr(lines[i], 11)
        }
        if ((" " types " ") !~ /[ \t]deb[ \t]/ || (" " suites " ") !~ ("[ \t]" s "[ \t]")) next
        printf "Types: deb-src\nURIs:%s\nSuites: %s\nComponents:%s\n", uris, s, comps
        if (signed != "") printf "Signed-By:%s\n", signed
        printf "\n"
      }' /dev/null "${deb822[@]}"
    # One-line files: "deb [options] URI SUITE COMPONENTS…" for the suite.
    awk -v s="$codename" '$1 == "deb" {
        i = 2
        opts = ""
        if ($2 ~ /^\[/) { while ($i !~ /\]$/) { opts = opts " " $i; i++ } opts = opts " " $i; i++ }
        if ($(i + 1) != s) next
        line = "deb-src" opts
        for (j = i; j <= NF; j++) line = line " " $j
        print "# one-line: " line
      }' /dev/null "${oneline[@]}"
  }
)"
if [[ -z "$stanzas" ]]; then
  echo "apt-deb-src: no 'deb' entry for $codename to mirror as deb-src" >&2
  exit 1
fi
header="# Added by telemed scripts/apt-deb-src.sh: source packages for the mediasoup worker's libsrtp."
# deb822 and one-line syntax cannot share a file.
if grep -qv '^# one-line: ' <<<"$stanzas"; then
  { echo "$header"; grep -v '^# one-line: ' <<<"$stanzas"; } >"$target"
  echo "$target"
fi
if grep -q '^# one-line: ' <<<"$stanzas"; then
  { echo "$header"; sed -n 's/^# one-line: //p' <<<"$stanzas"; } >"${target%.sources}.list"
  echo "${target%.sources}.list"
fi
