#!/bin/bash
# rd64: tuning figures before (main, /tmp/rd64_base) and after (rd64, /tmp/rd64_new): eval_fresh_replies on every tuning
# set's texts, eval_replies on labelled.jsonl
T=$(tr ' ' ',' < /work/heldout/rd64/tune_texts.txt | tr -d '\n')
for name in base new; do
  d=/tmp/rd64_$name
  (cd $d && ASKFOI_FRESH_REPLIES=$T PYTHONPATH=. nice -n 5 /work/wt/rd64/.venv/bin/python bench/eval_fresh_replies.py) > /work/heldout/rd64/tune_eval_$name.txt 2>&1
  (cd $d && PYTHONPATH=. nice -n 5 /work/wt/rd64/.venv/bin/python bench/eval_replies.py) > /work/heldout/rd64/labelled_eval_$name.txt 2>&1
done
echo done > /work/heldout/rd64/evals.done
