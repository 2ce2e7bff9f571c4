#!/bin/sh
# usage: claim_check.sh NAME URL...  -> USED (tests/data, bench, claims: skip), PACK (in knowledge/ only), NEW
# NAME is the helper whose own claims file (/work/heldout/claims/NAME.txt) and bench/NAME folder are not counted as use.
# keys: the address without scheme/host for mirrored decisions (SIC hosts, bailii mirrors), the GRC citation,
# the ICO reference (FS5xxxxxx / IC-xxxxx-xxxx), a WhatDoTheyKnow request's slug
name=$1; shift
cd "$(dirname "$0")/.."
for s in "$@"; do
  k=$(echo "$s" | sed -E 's#^https?://(www\.)?##; s#/$##; s#\#.*##')
  case "$k" in *foi.scot/*|*itspublicknowledge.info/*|*uniondigital.uk/*) k=$(echo "$k" | sed -E 's#^[^/]*##');; esac
  case "$k" in */uk/cases/*) k=$(echo "$k" | sed -E 's#^[^/]*/uk/cases/#/uk/cases/#; s#\.html$##');; esac
  case "$k" in *[Gg][Rr][Cc]/20*) k=$(echo "$k" | sed -E 's#^.*/([Gg][Rr][Cc]/20[0-9]+/[0-9]+).*#\1#');; esac
  case "$k" in *whatdotheyknow.com/*request/*) k=$(echo "$k" | sed -E 's#^.*/request/#/request/#; s#\?.*##');; esac
  r=$(echo "$s" | grep -oiE '(FS5[0-9]{7}|IC-[0-9]+-[A-Z0-9]{4})' | head -1)
  u=$(grep -rliF -- "$k" tests/data bench /work/heldout/claims 2>/dev/null | grep -v "claims/$name.txt" | grep -v "bench/$name" | tr '\n' ' ')
  [ -n "$r" ] && u="$u$(grep -rliF -- "$r" tests/data bench /work/heldout/claims 2>/dev/null | grep -v "claims/$name.txt" | grep -v "bench/$name" | tr '\n' ' ')"
  p=$(grep -rliF -- "$k" knowledge 2>/dev/null | head -1)
  [ -z "$p" ] && [ -n "$r" ] && p=$(grep -rliF -- "$r" knowledge 2>/dev/null | head -1)
  if [ -n "$u" ]; then echo "USED $s: $u"; elif [ -n "$p" ]; then echo "PACK $s"; else echo "NEW  $s"; fi
done
