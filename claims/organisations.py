"""Organisations as news names them: the patterns that find their names in a text, what a
description ("the agency", "the company", "the newspaper") may stand for, and how a short form
("GM", "Drexel") is read against a name written in full. Pure data and patterns; the Resolver in
`speakers` holds what one article has named.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from claims.lexicon import COMPANY_WORDS, MAKERS
from claims.names import NAME_WORD

# What a description of a company or of a public body may stand for: "the agency" is not "Crazy
# Eddie Inc.", "the retailer" not the "Securities and Exchange Commission".
PUBLIC_HEADS = frozenset("agency department ministry commission regulator watchdog administration bureau "
                         "authority board office government".split())
COMPANY_HEADS = frozenset("company corporation firm retailer automaker carmaker airline carrier insurer lender miner "
                          "producer chipmaker broadcaster publisher railway railroad manufacturer developer "
                          "startup conglomerate concern maker thrift brokerage giant".split()) | MAKERS
_COMPANY_ENDS = frozenset("inc inc. corp corp. co co. cos cos. ltd ltd. llc plc company corporation".split()) | COMPANY_WORDS
_PUBLIC_ENDS = frozenset("agency department ministry commission administration bureau authority board office "
                         "service reserve government".split())
# Bodies that are no company either ("the company said" is not the tenants' federation).
_NOT_COMPANY_ENDS = _PUBLIC_ENDS | frozenset("association associations federation union council institute foundation "
                                             "society coalition police university college hospital party league".split())


def other_kind(name: str, head: str) -> bool:
    """Whether `name` is of another kind than "the <head>" describes: a company's name for a
    public body's description, a public body's for a company's, a news agency's for a
    newspaper's."""
    if head == "newspaper":
        return name in _WIRES
    words = name.lower().split()
    if head == "union":  # "The union said" after Boeing: a union is named as one ("Unite", "the UAW" are not read so)
        return not ({"union", "unions", "federation", "association", "guild", "workers", "employees", "fédération",
                     "confédération", "syndicat", "centrale"} & set(words))
    if head in _KIND_OF:
        kinds = {_KIND_OF[w] for w in words if w in _KIND_OF}
        if kinds and _KIND_OF[head] not in kinds:
            return True  # "the home ministry" is not "The Supreme Court", "the court" not "the Justice Department"
        if _KIND_OF[head] == "ministry" and words[-1] in _NOT_A_MINISTRY:
            return True  # "the civil protection ministry" is no "European Union"
    if head in PUBLIC_HEADS:
        return words[-1] in _COMPANY_ENDS
    if head in COMPANY_HEADS:
        return words[-1] in _NOT_COMPANY_ENDS or (len(words) > 2 and words[0] in _NOT_COMPANY_ENDS and words[1] == "of")
    return False


# Public bodies whose description says their kind: a name holding a word of another kind is
# another body (ministries are departments in some countries, and courts tribunals).
_KIND_OF = {"ministry": "ministry", "department": "ministry", "court": "court", "tribunal": "court",
            "police": "police", "army": "army", "military": "army", "university": "university",
            "college": "university", "hospital": "hospital"}


# Last words of bodies that are no government's department: unions of states or of workers,
# parties and associations.
_NOT_A_MINISTRY = frozenset("union nations alliance association federation party league coalition organization "
                            "organisation".split())


# News agencies, whose reports papers carry: "the newspaper" is none of them.
_WIRES = frozenset(["AP", "Associated Press", "AFP", "Agence France-Presse", "Reuters", "UPI", "Xinhua", "Kyodo",
                   "Yonhap", "TASS", "PTI", "Press Trust of India", "Canadian Press", "Bloomberg"])


@lru_cache(maxsize=4096)
def initials_pattern(short: str) -> re.Pattern[str]:
    """Capitalised words whose initials open with those of `short` ("General Motors" for "GM")."""
    return re.compile(short[0] + r"[\w’'&.-]*[ \t]+(?:(?:and|of|for|&)[ \t]+)?" + (short[1] if len(short) > 1 else "[A-Z]"))


@lru_cache(maxsize=4096)
def first_word_pattern(short: str) -> re.Pattern[str]:
    """`short` followed by another capitalised word ("Drexel Burnham", "AMR Corp.")."""
    return re.compile(re.escape(short) + r"[ \t]+[A-Z]")


def initials(words: list[str]) -> str:
    """"GM" of "General Motors Corp.", "SEC" of "Securities and Exchange Commission"."""
    return "".join(w[0] for w in words if w[0].isupper() and w.lower() not in _COMPANY_ENDS - COMPANY_WORDS)


# An organisation's name: capitalised words ending in an organisation word ("Acme Corp.",
# "the Foreign Ministry", "the Securities and Exchange Commission"), or an acronym of three or more capitals ("NATO").
# The lookahead lets `re` skip to capitals in C: without it the scan costs five times as much.
ORG_NAME = re.compile(r"(?=[A-Z])(?:(?:[A-Z][\w&’'-]*[ \t]+(?:(?:and|&)[ \t]+(?=[A-Z]))?){0,4}(?:Corp\.|Inc\.|Ltd\.|Co\.|(?:Company|Corporation|Group"
                      r"|Ministry|Agency|Department|Bank|Council|Commission|Party|Union|Alliance|Institute|Foundation|Forces|"
                      + "|".join(sorted(w.capitalize() for w in COMPANY_WORDS)) + r")\b"
                      r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w&’'-]*(?:[ \t]+[A-Z][\w&’'-]*){0,2})?)"
                      r"|(?<![A-Z][ \t])\b[A-Z]{3,6}\b(?![,:]|[ \t]*[—–]|[ \t]+[A-Z]{2,}\b|[ \t]+\([A-Za-z]+\)[ \t]+[-—–]))")  # not a dateline
# ("CONCORD, N.H. —", "NEW DELHI:", "BERLIN (dpa) -") nor a run of capitals

# "Google’s vice president of regulatory affairs", "Shopify's chief financial officer": whose job
# it is, an organisation unless it names a person or a place (read with those checks).
JOB_OWNER = re.compile(r"(?=[A-Z])([A-Z][\w&.-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w&.-]*){0,2})[’']s[ \t]+(?:(?:vice|senior|chief|deputy|"
                       r"executive|general|top|head|lead|former)[ \t]+)*(?:spokesperson|spokesman|spokeswoman|president|"
                       r"chief|executive|director|head|counsel|officer|manager|founder|chairman|chairwoman|ceo|cfo)\b")

# "Shares of Nvidia fell", "Nvidia shares fell": a listed company.
SHARES = re.compile(rf"\b[Ss]hares[ \t]+of[ \t]+({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})|"
                    rf"\b({NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,2}})[ \t]+shares[ \t]+(?:rose|fell|jumped|dropped|slid|"
                    r"climbed|tumbled|surged|gained|plunged|sank|soared|slumped|rallied)\b")

# Descriptions of a body known by one word that spoke last ("Hezbollah confirmed ... The group
# later said").
GROUP_HEADS = frozenset("group organisation organization movement militia party alliance coalition".split())
# Descriptions of a company or a public body that may stand for the name a sentence opens with
# ("Amazon will hire 250,000 workers, the company said"); not a campaign, board or party, which
# belong to someone else.
SUBJECT_ORG_HEADS = frozenset("company firm retailer automaker carmaker airline carrier insurer lender bank "
                              "miner producer chipmaker broadcaster publisher utility railway railroad manufacturer "
                              "developer startup conglomerate department agency ministry regulator watchdog corporation "
                              "hospital university giant".split()) | MAKERS

THE = re.compile(r"^The[ \t]+")  # "The World Bank" is named "World Bank"

# Kinds of institution whose names say their kind ("St. Michael’s Hospital", "University of
# Toronto"), so "the hospital" is the one named with that word.
NAMED_KINDS = frozenset("hospital university college school museum church airport library clinic prison "
                        "zoo cathedral council commission committee ministry department agency police".split())


@cache
def named_kind(head: str) -> re.Pattern[str]:
    """A name carrying the kind `head` ("St. Michael’s Hospital", "University of Toronto",
    "Greater Manchester Police")."""
    word = head.capitalize()
    return re.compile(r"(?=[A-Z])(?:(?:[A-Z][\w&’'.-]*[ \t]+){1,4}" + word
                      + r"\b(?:[ \t]+(?:Department|Service|Force|Board|Authority)\b)?(?![ \t]+of\b)|" + word
                      + r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|and|&)[ \t]+)?[A-Z][\w’'-]*){0,3})")
