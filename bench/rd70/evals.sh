#!/bin/bash
# rd70 (after rd67): tuning figures before (main, /tmp/rd70_base) and after (rd67, /tmp/rd70_new): eval_fresh_replies on
# every tuning set's texts (fresh50-67), eval_replies on labelled.jsonl; then the per-reading outputs and their comparison
T=$(tr ' ' ',' < /work/heldout/rd70/tune_texts.txt | tr -d '\n')
for name in base new; do
  d=/tmp/rd70_$name
  (cd $d && ASKFOI_FRESH_REPLIES=$T PYTHONPATH=. nice -n 5 /work/wt/rd70/.venv/bin/python bench/eval_fresh_replies.py) > /work/heldout/rd70/tune_eval_$name.txt 2>&1
  (cd $d && PYTHONPATH=. nice -n 5 /work/wt/rd70/.venv/bin/python bench/eval_replies.py) > /work/heldout/rd70/labelled_eval_$name.txt 2>&1
done
(cd /tmp/rd70_new && nice -n 5 /work/wt/rd70/.venv/bin/python /work/wt/rd70/bench/rd58/outs.py /tmp/rd70_new /work/heldout/rd70/outs_new.json $(cat /work/heldout/rd70/tune_texts.txt))
python3 /work/wt/rd70/bench/rd70/cmp.py /work/heldout/rd70/outs_base.json /work/heldout/rd70/outs_new.json > /work/heldout/rd70/cmp.txt
echo done > /work/heldout/rd70/evals.done
