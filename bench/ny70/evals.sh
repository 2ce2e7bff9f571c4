#!/bin/bash
# ny70: tuning figures before (main 75ba657c, a detached worktree at /work/wt/ny70-chk) and after (ny70, `git archive
# HEAD` in /tmp/ny70_new): eval_fresh_replies on every tuning set's texts (fresh50-64 as rd67 listed them, and fresh67,
# tuning from session 52), eval_replies on labelled.jsonl, then rd58's per-reading outputs compared by rd67's cmp.py.
T=$(echo $(cat /work/heldout/rd67/tune_texts.txt) /work/heldout/rd67/fresh67/fresh.jsonl | tr " " ",")
PY=/work/wt/ny70/.venv/bin/python
for name in base new; do
  if [ $name = base ]; then d=/work/wt/ny70-chk; else d=/tmp/ny70_new; fi
  (cd $d && ASKFOI_FRESH_REPLIES=$T PYTHONPATH=. nice -n 5 $PY bench/eval_fresh_replies.py) > /work/heldout/ny70/tune_eval_$name.txt 2>&1
  (cd $d && PYTHONPATH=. nice -n 5 $PY bench/eval_replies.py) > /work/heldout/ny70/labelled_eval_$name.txt 2>&1
  (cd $d && nice -n 5 $PY /work/wt/ny70/bench/rd58/outs.py $d /work/heldout/ny70/outs_$name.json $(echo $T | tr "," " "))
done
python3 /work/wt/ny70/bench/rd67/cmp.py /work/heldout/ny70/outs_base.json /work/heldout/ny70/outs_new.json > /work/heldout/ny70/cmp.txt
