"""Seeded generator of news-like articles for tests that need hundreds of them: attributed
quotes (curly and straight), pronoun and title references, numbers with from/to changes and
years, a glued dateline and a newsletter footer, so extraction does real work on every one."""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = [("Maria", "Lopez", "she", "Mayor"), ("Tom", "Reed", "he", "Senator"),
          ("Aisha", "Bello", "she", "Finance Minister"), ("Jens", "Halvorsen", "he", "spokesperson"),
          ("Priya", "Raman", "she", "Health Secretary"), ("Daniel", "Okafor", "he", "Governor")]
TOPICS = [("the city budget", "million dollars"), ("hospital beds", "beds"), ("police officers", "officers"),
          ("the delegation", "diplomats"), ("school funding", "million euros"), ("bus routes", "routes")]
CITIES = ["MOSCOW", "BRUSSELS", "LAGOS", "OSLO", "DELHI", "DENVER"]


def article(i: int, rng: random.Random) -> str:
    first, last, pron, title = rng.choice(PEOPLE)
    o_first, o_last, _, o_title = rng.choice([p for p in PEOPLE if p[1] != last])
    topic, unit = rng.choice(TOPICS)
    a, b = rng.randint(10, 90), rng.randint(10, 90)
    year = rng.randint(2005, 2024)
    pct = rng.randint(2, 40)
    open_q, close_q = rng.choice([("\u201c", "\u201d"), ('"', '"')])
    lines = [
        f"{title.title()} {first} {last} defends plan on {topic} (report {i})",
        f"{rng.choice(CITIES)} (Wire) \u2014 {title} {first} {last} said on Tuesday that {topic} was "
        f"cut from {a} to {b} {unit} in {year}, a change critics called reckless.",
        f"{open_q}We will not reverse this decision,{close_q} {last} told reporters. "
        f"{open_q}The numbers speak for themselves.{close_q}",
        f"{pron.capitalize()} added that spending rose by {pct} percent since {year - 3}.",
        f"{o_title} {o_first} {o_last} disagreed. {open_q}That is simply not true,{close_q} {o_last} said, "
        f"adding that about {a + b} {unit} were affected.",
        f"According to {o_last}, the plan would cost {rng.randint(2, 9)} billion dollars over {rng.randint(3, 10)} years.",
        "Sign up for our newsletter. Follow us on social media. \u00a9 2024 Wire Service",
    ]
    return "\n\n".join(lines)


def write_jsonl(path: Path, n: int, seed: int = 7, start: int = 0) -> Path:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"id": f"gen-{i}", "text": article(i, rng),
                                 "url": f"https://news.example/{seed}/{i}"}, ensure_ascii=False) + "\n")
    return path
