"""Check-worthy claims: sentences a fact-checker could verify, scored 0-1 with their reasons.

A transparent additive score over features that PolitiFact-style checkers look for (numbers,
changes, comparisons, dates, concrete events with actors) minus what cannot be checked
(questions, first-person opinion, hedges). Every feature that fired is kept on the claim.
"""

from __future__ import annotations

import re

from claims.facts import DECREASE, INCREASE, extract_facts
from claims.numbers import find_numbers
from claims.records import Claim, Quote, Segment
from claims.segment import strip_dateline

THRESHOLD = 0.3

_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|most|least|highest|"
    r"lowest|largest|smallest|biggest|record|compared|than|times as|worst|best|first ever|"
    r"only|every|never|no one|nobody|all-time)\b", re.I)
_CAUSAL = re.compile(r"\b(?:because|due to|caused|causes|led to|leads to|result(?:ed|s)? in|"
                     r"as a result|thanks to|blamed|responsible for)\b", re.I)
_EVENT = re.compile(
    r"\b(?:expelled|signed|voted|passed|killed|arrested|announced|suspended|approved|launched|"
    r"banned|invaded|annexed|attacked|closed|opened|fired|hired|elected|appointed|resigned|"
    r"sued|charged|convicted|indicted|sentenced|ruled|vetoed|repealed|enacted|imposed|"
    r"withdrew|deployed|sanctioned|poisoned|set up|founded|established|created|lost|won|"
    r"paid|spent|funded|cut|raised|reduced|increased|shuttering|suspending|revoking|"
    r"accused|leaked|released|collapsed|destroyed|built|shut|ended|started|began|"
    r"has been|have been|was|were)\b", re.I)
_PREDICTION = re.compile(r"\b(?:will|would|expected to|forecast|projected|plans? to|going to)\b", re.I)
_TEMPORAL = re.compile(r"\b(?:since|until|ago|last (?:year|month|week)|in (?:january|february|"
                       r"march|april|may|june|july|august|september|october|november|december)|"
                       r"(?:january|february|march|april|june|july|august|september|october|"
                       r"november|december) \d{1,2})\b", re.I)
_OPINION = re.compile(r"^(?:i|we) (?:think|believe|feel|hope|want|guess|wish|love|like)\b|"
                      r"\b(?:i think|i believe|in my opinion|i feel|should|ought to|"
                      r"let me|let's|thank you|thanks|applause|laughter|crosstalk)\b", re.I)
_HEDGE = re.compile(r"\b(?:may|might|could|perhaps|maybe|possibly|probably|seems?)\b", re.I)
_SECOND_PERSON = re.compile(r"\b(?:you|your)\b", re.I)
_ENTITY = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*|\b[A-Z]{2,}\b")
_PARTICIPLE_TAIL = re.compile(r",\s+(?!(?:and|but|or)\b)\w+ing\b.*$", re.S)


def score_sentence(sentence: str) -> tuple[float, tuple[str, ...], tuple[str, ...]]:
    """(score, kinds, features) for one sentence; no I/O and no state."""
    feats: list[str] = []
    kinds: list[str] = []
    score = 0.0
    nums = find_numbers(sentence)
    quantities = [n for n in nums if n.kind in {"quantity", "percent", "money"}]
    if quantities:
        score += 0.35
        feats.append(f"{len(quantities)} quantity")
        kinds.append("numeric")
        if any(n.kind in {"percent", "money"} for n in quantities):
            score += 0.1
            feats.append("percent or money")
    if any(n.kind == "year" for n in nums) or _TEMPORAL.search(sentence):
        score += 0.2
        feats.append("date or year")
        kinds.append("temporal")
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    if words & (INCREASE | DECREASE) or re.search(r"\b(?:in half|doubled|tripled|halved)\b", sentence, re.I):
        score += 0.2
        feats.append("change verb")
        kinds.append("change")
    if _COMPARISON.search(sentence):
        score += 0.1
        feats.append("comparison")
        kinds.append("comparison")
    if _CAUSAL.search(sentence):
        score += 0.1
        feats.append("causal")
        kinds.append("causal")
    ev = _EVENT.search(sentence)
    ents = _ENTITY.findall(sentence)
    if ev and ents:
        score += 0.15
        feats.append(f"event '{ev.group().lower()}' with actor")
        kinds.append("event")
    if ents:
        score += min(0.15, 0.05 * len(ents))
        feats.append(f"{len(ents)} named")
    if _PREDICTION.search(sentence):
        score += 0.03
        kinds.append("prediction")
    if _OPINION.search(sentence):
        score -= 0.3
        feats.append("opinion")
    if _HEDGE.search(sentence):
        score -= 0.1
        feats.append("hedge")
    if _SECOND_PERSON.search(sentence):
        score -= 0.1
        feats.append("addresses the reader")
    n_words = len(sentence.split())
    if n_words < 6:
        score -= 0.2
        feats.append("short")
    return max(0.0, min(1.0, round(score, 3))), tuple(kinds), tuple(feats)


def extract_claims(text: str, segments: tuple[Segment, ...], quotes: tuple[Quote, ...] = ()) -> tuple[Claim, ...]:
    out: list[Claim] = []
    for seg in segments:
        if seg.boilerplate:
            continue
        s = strip_dateline(text, seg.start, seg.end)
        e = seg.end
        body = text[s:e].rstrip()
        if not body or body.endswith("?") or body.endswith(":"):
            continue
        tail = _PARTICIPLE_TAIL.search(text, s, e)
        if tail and tail.start() - s > 30:
            e = tail.start()
        while e > s and text[e - 1] in " .!;,":
            e -= 1
        sentence = text[s:e]
        score, kinds, feats = score_sentence(sentence)
        if score < THRESHOLD:
            continue
        speaker = ""
        for q in quotes:
            if q.content_start <= s < q.content_end or s <= q.content_start < e and q.content_end <= e + 2:
                speaker = q.speaker
                break
        out.append(Claim(sentence, s, e, score, kinds, feats, speaker, extract_facts(text, s, e)))
    return tuple(out)
