"""Restated seed statements through `factrack check`, as a fact-checker runs it.

    python -m benchmarks.paraphrases [--all]

The seed article goes into a fresh warehouse with `factrack track`; then each line of
benchmarks/data/seed_paraphrases.jsonl is checked with `factrack check -k 1`, and the relation
of the top result is scored against the relation a fact-checker would give it (a restated quote
may be a repeat or consistent). The paraphrases were written by hand, never taken from
`../shared/gold`, in three sets, so that what was tuned on is reported apart:
- A: written before the rules of 2026-12-02 and looked at while writing them;
- B: written before the partial-quote and name-swap rules, whose misses led to those rules;
- C: written after them and scored once before any later change: the held-out figure;
- D: written and scored once like C, later in the same session;
- E: written on 2026-12-02 (ninth session) and scored once before any change (11/12).
- F: written on 2026-12-07 (twelfth session) and scored once before any change (11/12); its
  miss ("Moscow built up" for "Russia increased") led to that session's relation rules.
- G: written on 2026-12-07 (thirteenth session) and scored once (9/12); left as scored. Its
  misses: "NATO expelled eight Russian diplomats ..." (consistent) and "... 12 Russian diplomats"
  (conflicting) both come out related, as the seed's claim is "Moscow’s move comes less than two
  weeks after NATO expelled eight members of the Russian delegation" (its "accusing them of
  working as undercover spies" cut off as a participle tail; "diplomats" and "members of the
  delegation" share no word, so the numbers never pair); and "NATO is hosting a meeting of
  defense ministers" has no claim to meet (the seed's sentence scores under the claim threshold).
- H: written on 2026-12-07 (thirteenth session, at its end) and scored once: 11/12. Its miss was
  no new text: "Lavrov said NATO's Russia policy “remains consistent.”" repeats a line of D,
  written again unawares (D's one miss). On its 11 new lines, 11/11. The miss then led to a
  two-word partial quote quoted whole in a claim naming someone else being misattributed
  ("remains consistent" is all of Lungescu's quote): D 10/10, H 12/12.
- I: written on 2026-12-07 (fourteenth session) and scored once before any relation change:
  11/12. Its miss: "Sergei Skripal ... was poisoned in Britain in 2016" came out consistent with
  the seed's "reduced ... from 30 to 20 in 2018, after double-agent Sergei Skripal was poisoned":
  a time alone was compared only with times alone, so a year mismatch went unseen (the issue's
  own class). A time alone is now compared with every time of the other statement: I 12/12.
- J: written on 2026-12-07 (fourteenth session) after I's rule and scored once: 10/12. Its
  misses are of G's kind: "NATO expelled eight members of Russia's mission" (the seed says
  "the Russian delegation": "mission" and "delegation" share no word) and "Russia is closing
  NATO's information office in Moscow, the alliance's spokeswoman said" (the seed's "close down
  NATO’s Information Mission"). Tried and dropped: comparing a checked text without its
  attribution ("the alliance's spokeswoman said") made that line consistent, but with the wrong
  seed statement (the 1998 liaison-office sentence), so it was no gain.
- K: written at the fourteenth session's end and scored once: 12/12, each on the right seed
  statement (read with `--all`). Its lines keep closer to the seed's words than G's and J's did.
- L: written on 2026-12-08 (fifteenth session) and scored once before any relation change of
  that session: 10/12. Its misses were the synonym class of G and J: "Moscow is closing its
  permanent mission to the North Atlantic alliance" (closing / shuttering, and "North Atlantic"
  read as another name where "NATO" stands) and "NATO expelled eight Russian envoys" (the seed
  says it in a clause, "... after NATO expelled eight members of the Russian delegation").
  Fixed by words of one sense (claims/data/synonyms.txt, general news vocabulary, not the
  seed's words alone), an acronym spelled out being the same name, and a statement restating
  the other's subordinate clause: L 12/12, and four older misses of A, G and J with it
  (139/144). Left: G's "NATO expelled 12 Russian diplomats" (related, not conflicting: 12
  diplomats and eight members count different things) and J's "NATO's information office".
- M: written on 2026-12-08 (sixteenth session), after that session's speaker rules and before
  any relation change (there was none), and scored once: 11/12. Its miss: "Earlier in October
  NATO kicked out eight diplomats from Russia's mission, saying they were intelligence officers"
  comes out related to "NATO gave the Russian diplomats an end-of-October deadline": "kicked out"
  is a phrasal verb the one-word synonym lines cannot hold ("kick" alone has other senses), and
  "intelligence officers" shares no word with "spies". Left as scored.

`--all` lists every line with the seed statement its top result matched. Read that way, one
right answer is right for the wrong reason: E's "Russia is closing NATO's information office
in Moscow." is consistent with the 1998 liaison-office sentence, not with Lungescu's quote;
E is 10/12 on the statement as well as the relation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from benchmarks.common import FACTRACK, SEED, checkout_env, read_jsonl

PARAPHRASES = Path(__file__).parent / "data" / "seed_paraphrases.jsonl"


def _factrack(*args: str) -> subprocess.CompletedProcess:
    exe = FACTRACK
    env = checkout_env({**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"})
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, timeout=300)


def _top_relation(stdout: str) -> str:
    for line in stdout.splitlines():
        if line.startswith("1. "):
            return line.split()[1]
    return "none"


def _top_statement(stdout: str) -> str:
    """The text of the top result (the line after "1. ..."): which seed statement was matched,
    for reading whether a right relation came from the right statement."""
    lines = stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("1. ") and i + 1 < len(lines):
            return lines[i + 1].strip().strip("“”")
    return ""


def run() -> dict:
    rows = list(read_jsonl(PARAPHRASES))
    with tempfile.TemporaryDirectory() as tmp:
        wh = str(Path(tmp) / "wh")
        p = _factrack("track", str(SEED), "--warehouse", wh)
        if p.returncode != 0:
            raise SystemExit(p.stderr[-2000:])
        by_set: dict[str, list[bool]] = defaultdict(list)
        misses: list[dict] = []
        results: list[dict] = []
        for r in rows:
            c = _factrack("check", r["text"], "--warehouse", wh, "-k", "1")
            got = _top_relation(c.stdout) if c.returncode == 0 else f"error: {c.stderr.strip()}"
            ok = got in r["gold"]
            by_set[r["set"]].append(ok)
            row = {"set": r["set"], "gold": "|".join(r["gold"]), "got": got, "text": r["text"],
                   "matched": _top_statement(c.stdout)[:160]}
            results.append(row)
            if not ok:
                misses.append(row)
    return {"per_set": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_set.items())},
            "all": f"{sum(sum(v) for v in by_set.values())}/{len(rows)}", "misses": misses, "rows": results}


if __name__ == "__main__":
    out = run()
    if "--all" not in sys.argv:  # every line with the statement it matched: python -m benchmarks.paraphrases --all
        out.pop("rows")
    print(json.dumps(out, indent=1, ensure_ascii=False))
