from hypothesis import given
from hypothesis import strategies as st

from claims.numbers import find_numbers, parse_number, words_to_number

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def render_words(n: int) -> str:
    """English words for 1 <= n < 10**12, written here independently of the parser."""
    parts = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= scale:
            parts.append(f"{render_words(n // scale)} {name}")
            n %= scale
    if n >= 100:
        parts.append(f"{ONES[n // 100]} hundred")
        n %= 100
    if n >= 20:
        parts.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(ONES[n])
    return " ".join(parts)


@given(st.integers(min_value=1, max_value=999_999_999_999))
def test_words_round_trip(n):
    assert words_to_number(render_words(n)) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_separators_round_trip(n):
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


def test_forms():
    assert parse_number("1.2 million") == 1_200_000
    assert parse_number("$3bn") == 3_000_000_000
    assert parse_number("twenty-five") == 25
    assert parse_number("a dozen") == 12
    kinds = {n.raw: (n.kind, n.value, n.qualifier) for n in find_numbers(
        "About 40% of the 1,200 staff, more than $3bn, in 2018, the 3rd time in eight years.")}
    assert kinds["40%"] == ("percent", 40, "about")
    assert kinds["1,200"] == ("quantity", 1200, "")
    assert kinds["$3bn"] == ("money", 3e9, "more than")
    assert kinds["2018"][0] == "year"
    assert kinds["3rd"][0] == "ordinal"
    assert kinds["eight"] == ("quantity", 8, "")


def test_identifiers_are_not_numbers():
    assert find_numbers("The F-35 and G7 leaders met.") == []


def test_connecting_words_stay_outside():
    (n,) = [x for x in find_numbers("They ate two a day and five and more.") if x.raw == "two"]
    assert n.value == 2
    got = [(x.raw, x.value) for x in find_numbers("a million people, two hundred and five votes")]
    assert got == [("a million", 1e6), ("two hundred and five", 205)]


@given(st.integers(min_value=2, max_value=999_999_999_999))
def test_words_in_a_sentence_are_found_whole(n):
    """The scanner, not just the parser: "twenty-five" must not be read as "five"."""
    words = render_words(n)
    text = f"Officials said {words} ballots were counted on Monday."
    (num,) = find_numbers(text)
    assert (num.value, text[num.start : num.end]) == (n, words)


def test_a_before_a_scale_word():
    assert [(n.raw, n.value) for n in find_numbers("a trillion-dollar plan, as a million people saw")] == [
        ("a trillion", 1e12), ("a million", 1e6)]
