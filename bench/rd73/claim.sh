#!/bin/bash
# check each url; FREE ones are claimed (appended to claims/rd73.txt) before their text is kept
for u in "$@"; do
  r=$(python3 /work/heldout/rd73/chk.py "$u")
  echo "$r" >> /work/heldout/rd73/checked.txt
  echo "$r"
  case "$r" in FREE*) grep -qxF "$u" /work/heldout/claims/rd73.txt 2>/dev/null || echo "$u" >> /work/heldout/claims/rd73.txt;; esac
done
