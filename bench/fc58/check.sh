#!/bin/sh
# usage: check.sh URL [REF]  -> prints where the address/reference already occurs
cd /work/wt/fc58
for s in "$@"; do
  k=$(echo "$s" | sed -E 's#^https?://(www\.)?##; s#/$##')
  grep -rlF -- "$k" knowledge tests/data bench /work/heldout/claims 2>/dev/null | grep -v 'claims/fc58.txt' | sed "s#^#HIT[$s]: #"
done
