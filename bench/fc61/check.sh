#!/bin/sh
# usage: check.sh URL...  -> USED (tests/data, bench, claims: skip), PACK (in knowledge/ only: keep, scored with it left out), NEW
cd /work/wt/fc61
for s in "$@"; do
  k=$(echo "$s" | sed -E 's#^https?://(www\.)?##; s#/$##')
  case "$k" in *foi.scot/*|*itspublicknowledge.info/*|*uniondigital.uk/*) k=$(echo "$k" | sed -E 's#^[^/]*##');; esac
  u=$(grep -rlF -- "$k" tests/data bench /work/heldout/claims 2>/dev/null | grep -v 'claims/fc61.txt' | tr '\n' ' ')
  p=$(grep -rlF -- "$k" knowledge 2>/dev/null | head -1)
  if [ -n "$u" ]; then echo "USED $s: $u"; elif [ -n "$p" ]; then echo "PACK $s"; else echo "NEW  $s"; fi
done
