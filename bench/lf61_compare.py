import json, sys
tag = sys.argv[1]
a = json.load(open(f'/work/heldout/lf61/{tag}-main.json')); b = json.load(open(f'/work/heldout/lf61/{tag}-branch.json'))
same = 0
for t in a:
    if a[t] != b.get(t):
        print("MSG:", t[:300]); print("  main:", a[t]); print("  br  :", b.get(t))
    else:
        same += 1
print(f"{tag}: {len(a)} messages, {len(a) - same} changed")
