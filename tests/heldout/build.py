"""Build protected.jsonl and open.jsonl from the hand-written cases in src/.
Run: /work/main/.venv/bin/python build.py && /work/main/.venv/bin/python validate.py"""
import json, sys, pathlib
here = pathlib.Path(__file__).parent
sys.path.insert(0, str(here / "src"))
import p1, p2, p3, p4, p5, o1, o2, o3, o4

def write(name, prefix, cases):
    with open(here / name, "w", encoding="utf-8") as f:
        for i, c in enumerate(cases, 1):
            row = {"id": f"{prefix}-{i:03d}", "genre": c["genre"], "lang": c["lang"], "text": c["text"],
                   "expected": c["expected"], "entities": c["entities"], "note": c["note"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(name, len(cases))

write("protected.jsonl", "hp", p1.P + p2.P + p3.P + p4.P + p5.P)
write("open.jsonl", "ho", o1.O + o2.O + o3.O + o4.O)
