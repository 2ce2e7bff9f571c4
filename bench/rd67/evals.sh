#!/bin/bash
# rd67 (after rd64): tuning figures before (main, /tmp/rd67_base) and after (rd67, /tmp/rd67_new): eval_fresh_replies on
# every tuning set's texts (fresh50-64), eval_replies on labelled.jsonl; then the per-reading outputs and their comparison
T=$(tr ' ' ',' < /work/heldout/rd67/tune_texts.txt | tr -d '\n')
for name in base new; do
  d=/tmp/rd67_$name
  (cd $d && ASKFOI_FRESH_REPLIES=$T PYTHONPATH=. nice -n 5 /work/wt/rd67/.venv/bin/python bench/eval_fresh_replies.py) > /work/heldout/rd67/tune_eval_$name.txt 2>&1
  (cd $d && PYTHONPATH=. nice -n 5 /work/wt/rd67/.venv/bin/python bench/eval_replies.py) > /work/heldout/rd67/labelled_eval_$name.txt 2>&1
done
(cd /tmp/rd67_new && nice -n 5 /work/wt/rd67/.venv/bin/python /work/wt/rd67/bench/rd58/outs.py /tmp/rd67_new /work/heldout/rd67/outs_new.json $(cat /work/heldout/rd67/tune_texts.txt))
python3 /work/wt/rd67/bench/rd67/cmp.py /work/heldout/rd67/outs_base.json /work/heldout/rd67/outs_new.json > /work/heldout/rd67/cmp.txt
echo done > /work/heldout/rd67/evals.done
