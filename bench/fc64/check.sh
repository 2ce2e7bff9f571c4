#!/bin/sh
# usage: check.sh URL...  -> USED (tests/data, bench, claims: skip), PACK (in knowledge/ only), NEW
cd "$(dirname "$0")/../.."
for s in "$@"; do
  k=$(echo "$s" | sed -E 's#^https?://(www\.)?##; s#/$##; s#\#.*##')
  case "$k" in *foi.scot/*|*itspublicknowledge.info/*|*uniondigital.uk/*) k=$(echo "$k" | sed -E 's#^[^/]*##');; esac
  case "$k" in *[Gg][Rr][Cc]/20*) k=$(echo "$k" | sed -E 's#^.*/([Gg][Rr][Cc]/20[0-9]+/[0-9]+).*#\1#');; esac
  case "$k" in *whatdotheyknow.com/request/*) k=$(echo "$k" | sed -E 's#^.*/request/#/request/#; s#\?.*##');; esac
  u=$(grep -rliF -- "$k" tests/data bench /work/heldout/claims 2>/dev/null | grep -v 'claims/fc64.txt' | tr '\n' ' ')
  p=$(grep -rliF -- "$k" knowledge 2>/dev/null | head -1)
  if [ -n "$u" ]; then echo "USED $s: $u"; elif [ -n "$p" ]; then echo "PACK $s"; else echo "NEW  $s"; fi
done
