#!/bin/sh
# ny67: rerun nc67's held-out CLI cases #4 (chase after a reply) and #5 (Cardiff review) from a checkout (arg 1).
# Usage: sh rerun.sh /work/wt/ny67   (or /work/main for before)
cd "$1" || exit 2
H=/work/heldout/nc67/replies
export HOME=/tmp/ny67-rerun
echo "== #4 chase --reply (Cardiff and Vale UHB, reply of 3 Nov answers every part, late)"
.venv/bin/python -m askfoi.cli chase --sent 2026-09-01 --authority "Cardiff and Vale University Health Board" \
  --request $H/req2-cvuhb.txt --reply $H/r2-cvuhb.txt --name "Sian Davies" 2>&1 | grep -c "I have not yet received a reply" | sed 's/^/untrue "not yet received" lines: /'
echo "== #5 review of the Cardiff reply"
.venv/bin/python -m askfoi.cli review $H/r1-cardiff.txt --authority "Cardiff Council" --name "Rhian Pritchard" 2>&1 \
  | grep -c "your contractor" | sed 's/^/invented contractor lines: /'
