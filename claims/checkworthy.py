"""Check-worthy claims: sentences a fact-checker could verify, scored 0-1 with their reasons.

A linear model, learned from data and small enough to read: weights for the features
PolitiFact-style checkers look for (numbers, changes, comparisons, dates, concrete events with
actors; against questions, first-person opinion, hedges, an interviewer's framing) and for the
words of the sentence. The weights ship as `checkworthy_model.json`; the features that raised a
claim's score most are kept on the claim with their weights.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files
from itertools import accumulate, repeat

from claims.facts import extract_facts, month_starts
from claims.lexicon import is_title_case, lower_same_length
from claims.numbers import find_numbers
from claims.records import Claim, Quote, Segment, Turn
from claims.scan import Hits, scan
from claims.segment import MAX_SENTENCE, strip_dateline
from claims.turns import turn_at

TOP_FEATURES = 5  # features named on a claim: the ones that raised its score most


@dataclass(frozen=True)
class Model:
    """A logistic regression over the named features and the words, learned by
    `python -m benchmarks.train_checkworthy` (debate-grouped cross-validation on CLEF 2020
    task 5 train); `threshold` is the claim decision, chosen on held-out folds for precision."""

    bias: float
    weights: dict[str, float]
    grams: dict[str, float]
    threshold: float
    about: dict = field(default_factory=dict)


def load_model(path: str | None = None) -> Model:
    """The shipped weights (claims/checkworthy_model.json), or those at `path`."""
    if path is None:
        raw = files("claims").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
    d = json.loads(raw)
    return Model(d["bias"], d["weights"], d["grams"], d["threshold"], d.get("about", {}))


MODEL_FILE = "checkworthy_model.json"
MODEL = load_model()
THRESHOLD = MODEL.threshold

# A capitalised run (a name) or an acronym ("NATO", "U.S."). The class comes first, so `re` skips to capitals in C;
# the lookbehind stands in for a leading word boundary.
_ENTITY = re.compile(r"[A-Z](?<![\w][A-Z])(?:[a-z]+(?:[ ][A-Z][a-z]+)*\b|[A-Z]+\b|(?:\.[A-Z])+\.?(?![\w]))")


_BULLETS = "•·*▪►‣◦–—-"
_BULLET_MARKS = frozenset(_BULLETS)
_BULLET = re.compile("[" + re.escape(_BULLETS) + r"][ \t]+")  # a list item's marker is not part of the claim
_CLOSING = frozenset(".!?:;\"”’'»)")
_PARTICIPLE_TAIL = re.compile(r",\s+(?!(?:and|but|or)\b)\w+ing\b.*$", re.S)


class ArticleIndex:
    """Feature, name and number positions of one text, so each sentence costs a few bisects.
    Features are lexicon hits and past-tense or perfect verbs (claims report what happened);
    names are runs of capitalised words."""

    def __init__(self, text: str, hits: Hits | None = None, lower: str | None = None) -> None:
        self.text = text
        lower = lower if lower is not None else lower_same_length(text)
        self.plain = _plain(lower)  # words split by spaces, digits as 0: one pass per article
        hits = hits or scan(lower)
        self.feats = sorted(hits.features)
        self.fpos = [f[0] for f in self.feats]
        self.epos = [m.start() for m in _ENTITY.finditer(text)]
        self.nums = find_numbers(text, word_starts=hits.number_starts, share_starts=hits.share_starts)
        self.npos = [n.start for n in self.nums]
        self.mpos = month_starts(text)

    def score(self, s: int, e: int, interviewer: bool = False) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
        x, grams = self.vector(s, e, interviewer)
        return _probability(x, grams), _kinds(x), explain(x, grams)

    def vector(self, s: int, e: int, interviewer: bool = False) -> tuple[dict[str, float], list[str]]:
        """What the model reads of text[s:e]: named features and words."""
        found: dict[str, int] = {"interviewer": 1} if interviewer else {}
        for _, name in self.feats[bisect_left(self.fpos, s) : bisect_left(self.fpos, e)]:
            found[name] = found.get(name, 0) + 1
        first = bisect_left(self.epos, s)
        if first < len(self.epos) and self.epos[first] == s:
            word = _ENTITY.match(self.text, s).group()
            if " " not in word and not word.isupper():
                first += 1  # a capitalised first word alone is not a name; "Hillary Clinton" or "NATO" is
        if names := bisect_left(self.epos, e, first) - first:
            found["entity"] = names
        x = features(self.text.count(" ", s, e) + 1, found, self.numbers(s, e))
        return x, _words(self.plain[s:e])

    def has(self, name: str, s: int, e: int) -> bool:
        """Whether a feature `name` (a lexicon class such as "change") is found in text[s:e]."""
        return any(f == name for _, f in self.feats[bisect_left(self.fpos, s) : bisect_left(self.fpos, e)])

    def has_month(self, s: int, e: int) -> bool:
        """Whether a month name starts in text[s:e] (facts then look for a date in it)."""
        i = bisect_left(self.mpos, s)
        return i < len(self.mpos) and self.mpos[i] < e

    def numbers(self, s: int, e: int) -> list:
        return [n for n in self.nums[bisect_left(self.npos, s) : bisect_left(self.npos, e)] if n.end <= e]


_BINARY_ORDER = ("change", "comparison", "causal", "past", "prediction", "opinion", "interviewer", "hedge")
_BINARY = frozenset(_BINARY_ORDER)  # features that are there or not, named in this order


def features(words: int, found: dict[str, int], nums: list) -> dict[str, float]:
    """The sentence's named features with their values (what the model weighs). Words
    are added by `ngrams`; `kinds` of a claim come from the same evidence."""
    x: dict[str, float] = {}
    quantities = [n for n in nums if n.kind in {"quantity", "percent", "money"}] if nums else nums
    if quantities:
        x["quantity"] = 1.0
        x["quantities"] = min(3, len(quantities)) / 3
        if any(n.kind in {"percent", "money"} for n in quantities):
            x["percent or money"] = 1.0
    if found.get("temporal") or (nums and any(n.kind in {"year", "day"} for n in nums)):
        x["date or year"] = 1.0
    if not _BINARY.isdisjoint(found):  # most sentences have none of them
        for name in _BINARY_ORDER:
            if found.get(name):
                x[name] = 1.0
    ents = found.get("entity", 0)
    if ents:
        x["named"] = min(3, ents) / 3
        if found.get("event"):
            x["event with actor"] = 1.0
    if found.get("topic"):
        x["policy topic"] = min(3, found["topic"]) / 3
        if quantities:
            x["number on a policy topic"] = 1.0
    if words < 6:
        x["short"] = 1.0
    elif words < 10:
        x["shortish"] = 1.0
    elif words >= 30:
        x["long"] = 1.0
    elif words >= 20:
        x["longish"] = 1.0
    return x


_KINDS = (("quantity", "numeric"), ("date or year", "temporal"), ("change", "change"),
          ("comparison", "comparison"), ("causal", "causal"), ("event with actor", "event"),
          ("prediction", "prediction"))
# Everything that is not a letter, a digit or an apostrophe separates words; digits become 0.
# Applied to Latin-1 bytes (other characters become "?" first, so offsets hold): bytes.translate
# is a table lookup in C, where str.translate with a dict costs as much as the rest of scoring.
_TOKENS = bytes(
    b if (97 <= b <= 122 or b == 39 or (b >= 0xC0 and b not in (0xD7, 0xF7))) else 48 if 48 <= b <= 57 else 32
    for b in range(256))


_ZEROS = repeat(0.0)


def _plain(lower: str) -> str:
    """`lower` with words kept, digits as 0 and everything else a space; same length."""
    return lower.replace("’", "'").encode("latin-1", "replace").translate(_TOKENS).decode("latin-1")


def ngrams(lower: str) -> set[str]:
    """The words of a lowercased sentence, each once as in training: letters and apostrophes
    make words, and any number is the one word "<n>". Word pairs were tried: held-out MAP 0.1067
    against 0.1073 for words alone, at twice the cost per sentence."""
    return _words(_plain(lower))


def _words(plain: str) -> set[str]:
    words = set(plain.split())
    if "0" in plain:  # digits were translated to 0: numbers, whatever their shape, are one word
        words = {w for w in words if w[0] != "0"}
        words.add("<n>")
    return words


def _probability(x: dict[str, float], grams: set[str]) -> float:
    """The model's probability that a fact-checker would check the sentence. Every sentence of
    every article pays this, so it is a plain sum; `explain` is for the claims alone."""
    w = MODEL.weights
    z = MODEL.bias + sum([w.get(k, 0.0) * v for k, v in x.items()]) + sum(map(MODEL.grams.get, grams, _ZEROS))
    return round(1.0 / (1.0 + math.exp(-z)), 4)


def _kinds(x: dict[str, float]) -> tuple[str, ...]:
    return tuple(k for name, k in _KINDS if name in x)


def explain(x: dict[str, float], grams: set[str]) -> tuple[str, ...]:
    """The features that raised the score most ("name +weight", strongest first, words in
    quotes), then the named features that lowered it. Labels of words are made once per model."""
    labels = _word_labels()
    named = [_named_label(k, v) for k, v in x.items()]
    raised = [p for p in named if p[0] > 0]
    raised += [labels[g] for g in grams if g in labels]
    raised.sort(reverse=True)
    return tuple([label for _, label in raised[:TOP_FEATURES]] + [label for w, label in named if w <= -0.1])


@lru_cache(maxsize=256)  # a few dozen (feature, value) pairs exist
def _named_label(name: str, value: float) -> tuple[float, str]:
    w = MODEL.weights.get(name, 0.0) * value
    return w, f"{name} +{w:.2f}" if w > 0 else f"{name} {w:.2f}"


@lru_cache(maxsize=1)
def _word_labels() -> dict[str, tuple[float, str]]:
    return {g: (w, f"'{g}' +{w:.2f}") for g, w in MODEL.grams.items() if w > 0}


def _title_end(text: str) -> int:
    """End of the article's title line: a first line with no closing punctuation and text after
    it ("NATO expels eight Russian diplomats over spying"). Headlines are not claims; the body
    states the same thing with its detail. A text of one line has no title."""
    first = 0
    while first < len(text) and text[first].isspace():
        first += 1
    nl = text.find("\n", first)
    if nl < 0 or not text[nl:].strip():
        return -1
    line = text[first:nl].rstrip()
    if not line or line[-1] in _CLOSING or line.count(" ") >= 25:
        return -1
    return nl


def with_facts(text: str, quotes: tuple[Quote, ...], index: ArticleIndex) -> tuple[Quote, ...]:
    """The quotes with the numbers of their reported clauses, read from the article's numbers
    (found once for claims and quotes alike, so a quote and a claim over one sentence agree)."""
    out = []
    for q in quotes:
        s, e = q.content_start, q.content_end
        facts = extract_facts(text, s, e, index.numbers(s, e), may_change=index.has("change", s, e),
                              may_month=index.has_month(s, e))
        out.append(replace(q, facts=facts) if facts else q)
    return tuple(out)


class _QuoteCover:
    """The first quote (in article order) whose content holds a sentence's start, or that lies
    within the sentence: whose words a claim reports. Found by bisection over content starts,
    not by trying every quote for every claim (quadratic on a long page)."""

    def __init__(self, quotes: tuple[Quote, ...]) -> None:
        self.quotes = quotes
        self.order = sorted(range(len(quotes)), key=lambda i: quotes[i].content_start)
        self.starts = [quotes[i].content_start for i in self.order]
        self.max_end = list(accumulate((quotes[i].content_end for i in self.order), max))

    def __call__(self, s: int, e: int) -> Quote | None:
        quotes, order = self.quotes, self.order
        found = []
        j = bisect_right(self.starts, s) - 1
        while j >= 0 and self.max_end[j] > s:  # content starting at or before s and running past it
            if quotes[order[j]].content_end > s:
                found.append(order[j])
            j -= 1
        for j in range(bisect_left(self.starts, s), bisect_left(self.starts, e)):
            if quotes[order[j]].content_end <= e + 2:  # a quote inside the sentence
                found.append(order[j])
        return quotes[min(found)] if found else None


def score_sentence(sentence: str, interviewer: bool = False) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
    """(score, kinds, features) for one sentence; no I/O and no state."""
    return ArticleIndex(sentence).score(0, len(sentence), interviewer)


def sentence_vector(sentence: str, interviewer: bool = False) -> tuple[dict[str, float], list[str]]:
    """The model's input for one sentence (what training fits on)."""
    return ArticleIndex(sentence).vector(0, len(sentence), interviewer)


def extract_claims(text: str, segments: tuple[Segment, ...], quotes: tuple[Quote, ...] = (),
                   hits: Hits | None = None, turns: tuple[Turn, ...] = (), lower: str | None = None,
                   index: ArticleIndex | None = None) -> tuple[Claim, ...]:
    """Claims of the article's sentences; `hits` is the article's word scan, `lower` its
    lowercase form (lexicon.lower_same_length) and `index` its ArticleIndex when the caller has them.
    In a transcript a claim is said by its turn's speaker unless it sits in a quote."""
    out: list[Claim] = []
    index = index or ArticleIndex(text, hits, lower)
    turn_starts = [t.start for t in turns]
    title_end = _title_end(text)
    covers = _QuoteCover(quotes)
    for seg in segments:
        if seg.boilerplate or seg.end <= title_end or seg.end - seg.start > MAX_SENTENCE:
            continue  # past MAX_SENTENCE: no claim, and its facts would pair every verb with every number
        s = strip_dateline(text, seg.start, seg.end)
        e = seg.end
        turn = turn_at(turns, turn_starts, s) if turns else None
        if turn and s < turn.body_start:
            s = turn.body_start  # the label is not part of what was said
        if text[s : s + 1] in _BULLET_MARKS and (bullet := _BULLET.match(text, s, seg.end)):
            s = bullet.end()
        last = e - 1
        while last >= s and text[last].isspace():
            last -= 1
        if last < s or text[last] in "?:" or (text[last] not in _CLOSING and is_title_case(text[s : last + 1])):
            continue  # a question, a label, or a title-case line with no closing punctuation (a headline or link)
        tail = _PARTICIPLE_TAIL.search(text, s, e)
        if tail and tail.start() - s > 30:
            e = tail.start()
        while e > s and text[e - 1] in " .!;,":
            e -= 1
        x, grams = index.vector(s, e, turn is not None and turn.interviewer)
        score = _probability(x, grams)
        if score < THRESHOLD:
            continue
        kinds, feats = _kinds(x), explain(x, grams)
        sentence = text[s:e]
        speaker = turn.speaker if turn else ""
        if quotes and (q := covers(s, e)) is not None:
            speaker = q.speaker or speaker  # a quote nobody is named for: the turn's speaker reports it
        facts = extract_facts(text, s, e, index.numbers(s, e), may_change="change" in kinds,
                              may_month=index.has_month(s, e))
        out.append(Claim(sentence, s, e, score, kinds, feats, speaker, facts))
    return tuple(out)
