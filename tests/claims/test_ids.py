"""Ids are stable: the same article gets the id it got before, so re-runs over an existing
warehouse skip what is stored. The reference below is the normalisation the first warehouses'
ids were made with; the fast one must agree with it character for character."""

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from claims.ids import article_id, normalise_for_id

_WS = re.compile(r"\s+")


def reference(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-"}))
    return _WS.sub(" ", text).strip()


def test_every_code_point_splits_as_the_regex_does():
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for i in range(0, len(chars), 4096):
        chunk = "a" + "a".join(chars[i : i + 4096]) + "a"
        assert normalise_for_id(chunk) == reference(chunk)


NEWS = st.sampled_from(["The minister said", "“We will not resign,”", "‘no’", "2018–19", "—", "\u00a0",
                        "\u2028", "\x1c", "\t\n ", "Mélanie Joly", "e\u0301", "Ångström", " ", "\r\n\r\n"])


@given(st.lists(st.one_of(NEWS, st.text(max_size=20)), max_size=30).map("".join))
def test_agrees_with_the_reference(text):
    assert normalise_for_id(text) == reference(text)


def test_reprints_share_an_id():
    a = "NATO expels eight Russian diplomats.\n\n“We will not resign,” she said — again."
    b = 'NATO  expels eight Russian diplomats. "We will not resign," she said - again.  '
    assert article_id(a) == article_id(b)
    assert article_id(a) != article_id(a.replace("eight", "seven"))
