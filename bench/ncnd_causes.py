"""fc31: the police NCND misses and false alarms of a bench/ncnd_why.py run (TUNING split only), by cause: a rough
reading of each record's title, summary, note, parts and sections (keyword rules, not a model), for a table of counts.

    .venv/bin/python bench/ncnd_causes.py RUN.jsonl

Misses: an NCND paragraph on one odd part of an answered request ("any other information", covert use, current
investigations); a named person, premises, company or event (s40(5), s30(3)); security bodies or national security
(s23(5), s24(2)); the cost of finding out whether held (s12(2)); else whether a tactic, technology or capability exists
or is used. False alarms: answered by a cost refusal; one person's own case or complaint withheld (a decision notice);
an overt count or statistic sharing a topic word (and which topic); a policy, contract or legal-basis question; other.
"""
import json, sys, re
from pathlib import Path
from collections import Counter, defaultdict
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO)); sys.path.insert(0, str(REPO / 'bench'))
from ncnd_tuning import scored_tuning
from train_model import query_text
kb, tuning, seen, counts, records = scored_tuning()
byid={r.id:r for r in tuning}
rows=[json.loads(l) for l in open(sys.argv[1])]
def has(p, s): return re.search(p, s, re.I) is not None
def cause_miss(r,row):
    q=query_text(r); note=(r.note or '') if hasattr(r,'note') else ''
    secs=' '.join(r.sections); parts=' '.join(p.asked for p in (r.parts or []))
    if has(r'cost of (establishing|finding)|12\(2\)',note): return 'cost of finding out whether held (s12(2))'
    if has(r'any other|any further|further information|covert (use|capabilit|work|deploy)|terrorism-related|Terrorism Act matters|current.quarter|under investigation|current investigations', note+' '+parts) and r.outcome.value!='ncnd':
        return 'blanket/odd part NCND on an answered request'
    if has(r'named|specific|a matter the requester|particular|friend|Chief Inspector|Cummings|embassy|judgment|report the requester', q+note) or has(r'40\(5', secs): return 'named person, premises, company or event (s40(5)/s30(3))'
    if has(r'23\(5\)|24\(2\)|national security', secs+note): return 'security bodies / national security (s23(5)/s24(2))'
    return 'existence/use of a tactic, technology or capability'
def cause_fa(r,row):
    q=query_text(r); o=r.outcome.value
    t={p2 for p in row['parts'] if p.get('likely') for p2 in p.get('topics',[])}
    if o=='cost_limit': return 'answered by a cost refusal (s12) instead'
    if has(r'^Decision \d|^FS5|^IC-|UKFTT|v (The )?Information Commissioner|Decision Notice', r.title or '') and has(r'named|applicant|requester|complain|investigation|own|Mr |Ms |Mrs ', q): return "one person's case/complaint: withheld (s40(2)/s30(1)/FOISA 34-38), not NCND"
    if has(r'how many|number of|numbers|counts?|yearly|per year|by year|total|statistic|breakdown|broken down|figures|data on|ethnicity', q): 
        if t: return 'overt count/statistics sharing a topic word (' + ','.join(sorted(t)) + ')'
        return 'overt count/statistics on no topic'
    if has(r'policy|procedure|guidance|legislation|legal basis|contract|supplier', q): return 'policy, contract or legal-basis question'
    return 'other (existence/records question answered openly)'
for which,pick,fn in (('MISSES',lambda row:row['ncnd'] and not row['warned'],cause_miss),('FALSE ALARMS',lambda row:row['ncnd'] is False and row['warned'],cause_fa)):
    c=Counter(); ex=defaultdict(list)
    for row in rows:
        if row['kind']!='police' or not pick(row): continue
        r=byid[row['id']]; k=fn(r,row); 
        k2=re.sub(r' \(.*','',k) if k.startswith('overt count/statistics sharing') else k
        c[k2]+=1; ex[k2].append((r.title or '')[:50])
    print(which, sum(c.values()))
    for k,n in c.most_common(): print(f"  {n:4} {k}  e.g. {ex[k][:3]}")
    if which=='FALSE ALARMS':
        tc=Counter()
        for row in rows:
            if row['kind']!='police' or not pick(row): continue
            r=byid[row['id']]; k=fn(r,row)
            if k.startswith('overt count/statistics sharing'): tc[k]+=1
        for k,n in tc.most_common(): print('      ',n,k)
