"""Derive claims/data/census_first_names.txt from the 1990 US Census first-name lists.

    pip install "factrack[train]"          # the PyPI package `names` ships the lists
    python -m benchmarks.census_first_names

The hand-made list (claims/data/first_names.txt, about 1,000 names) lacks many everyday given
names ("Josh", "Gemma"'s American sisters, "Andy", "Deanne"), so "Quarterback Josh Allen" kept
its job in the name and "he" could not tell Josh from a woman. The Census Bureau's 1990 lists
(public domain; 1,219 male and 4,275 female names, each with its share of the population of that
sex) add the rest. A name is kept when one sex holds at least MAJORITY of its combined share and
at least MIN_SHARE per cent of its own sex bear it (rarer census names are often words or names
from elsewhere: "Nova Scotia Health", "Meta", the "Suk" of "Yoon Suk Yeol"), and left out when it
is also:
- in the hand-made list (which wins: it already chose, and it leaves out names used for both),
- among the CENSUS_SURNAME_RANK commonest surnames of the same census ("Allen", "Warren",
  "Clinton", "Nelson": a lone "Clinton said" must stay a surname),
- a word of a place or a US state ("Carolina"), a month, a title, a role or an organisation
  word the lexicon knows,
- an English word a capital letter makes look like a name (WORDS: "Dawn", "Joy", "Iris"),
- shorter than three letters.
Deterministic: the same package gives the same file.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from claims.lexicon import ORG_NOUNS, ORG_SUFFIXES, ROLE_NOUNS, TITLE_WORDS
from claims.names import data_lines, demonyms, places

MAJORITY = 0.9
MIN_SHARE = 0.01  # per cent of the population of that sex: about 1,600 names; rarer ones are often words ("Nova", "Meta")
CENSUS_SURNAME_RANK = 10_000
OUT = Path(__file__).resolve().parents[1] / "claims" / "data" / "census_first_names.txt"
PROVINCES = frozenset("alberta ontario quebec manitoba saskatchewan yukon nunavut victoria regina".split())
MONTHS = frozenset("january february march april may june july august september october november december".split())
# Words a capital makes look like a given name, in news: virtues, flowers, stones, seasons,
# colours, titles and everyday nouns and verbs.
WORDS = frozenset("""
    dawn joy hope faith grace rose iris daisy opal pearl ruby amber crystal misty brandy candy destiny
    summer autumn winter spring will bill mark rich guy don earl dean ray rod art bob jack frank grant
    pat sue chuck buck rusty sandy angel jesus king major general rocky lane page dale glen cliff gene
    golden precious merry sunny star harmony unique princess lady queen baby mercy charity patience
    honor liberty justice trinity heaven sky blue diamond jewel gay ivy holly heather hazel olive
    violet lily fern ginger coral laurel sage willow robin wren cherry ebony luz lou marvel royal
    young love sharp long short little man major moses noble hunter chase miles carol bobby fay
    deliver delta echo else ernest fancy freeman gale gilbert lindsey fortune penny sterling
    storm sugar tender velvet wiley ward vernon forrest woody sonny rich reed price rice cash
    christian""".split())
AMBIGUOUS = frozenset("jordan taylor alex jean andrea robin kim erin hilary kamal marian noor shannon "
                      "dominique simone jaime cameron jody".split())  # first_names.txt's own list


def _shares(name: str) -> dict[str, float]:
    """Name -> its share of the population of one sex, from a census list file of `names`."""
    out = {}
    for line in files("names").joinpath(name).read_text().splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].lower()] = float(parts[1])
    return out


def _surname_ranks() -> dict[str, int]:
    out = {}
    for line in files("names").joinpath("dist.all.last").read_text().splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].lower()] = int(parts[3])
    return out


def derive() -> dict[str, str]:
    male, female = _shares("dist.male.first"), _shares("dist.female.first")
    surnames = _surname_ranks()
    hand = {line.split("\t")[0] for line in data_lines("first_names.txt")}
    place_names = ({p.lower() for p in places()} | {d.lower() for d in demonyms()}
                   | {s.split("\t")[0].lower() for s in data_lines("us_states.txt")}
                   | {s.split("\t")[0].lower() for s in data_lines("capitals.txt")})
    known = {w for p in place_names for w in p.split()} | MONTHS | PROVINCES  # "Carolina" of "South Carolina"
    lexicon = TITLE_WORDS | ROLE_NOUNS | ORG_NOUNS | ORG_SUFFIXES
    out = {}
    for name in sorted(set(male) | set(female)):
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        sex = "m" if m >= MAJORITY * (m + f) else "f" if f >= MAJORITY * (m + f) else ""
        if (not sex or max(m, f) < MIN_SHARE or name in hand or name in AMBIGUOUS or len(name) < 3 or name in WORDS or name in known
                or name in lexicon or surnames.get(name, CENSUS_SURNAME_RANK + 1) <= CENSUS_SURNAME_RANK):
            continue
        out[name] = sex
    return out


def main() -> None:
    names = derive()
    header = (
        "# Given names from the 1990 US Census first-name lists (public domain; the PyPI package `names`\n"
        "# ships them), derived by `python -m benchmarks.census_first_names`: a name one sex holds at least\n"
        f"# {MAJORITY:.0%} of and at least {MIN_SHARE}% of that sex bear, not in first_names.txt (which wins), not among\n"
        f"# the {CENSUS_SURNAME_RANK:,} commonest census surnames, and not a place, month, title, role or everyday word.\n")
    OUT.write_text(header + "".join(f"{n}\t{g}\n" for n, g in sorted(names.items())), encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
