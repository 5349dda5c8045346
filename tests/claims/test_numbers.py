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


@given(st.integers(min_value=2, max_value=999_999_999), st.booleans(), st.sampled_from(["dollars", "euros"]))
def test_an_amount_with_its_currency_named_after_it_is_money(n, in_words, currency):
    """"two hundred dollars" and "1,250 euros" read back as money, like "$200" does."""
    written = render_words(n) if in_words else f"{n:,}"
    text = f"The fund paid {written} {currency} to each family."
    (num,) = find_numbers(text)
    assert (num.value, num.kind, num.unit, num.raw) == (n, "money", {"dollars": "USD", "euros": "EUR"}[currency], written)


def test_a_before_a_scale_word():
    assert [(n.raw, n.value) for n in find_numbers("a trillion-dollar plan, as a million people saw")] == [
        ("a trillion", 1e12), ("a million", 1e6)]


def _shares(text: str) -> list[tuple[str, float, str]]:
    return [(n.raw, n.value, n.qualifier) for n in find_numbers(text) if n.kind == "percent"]


def test_shares_of_a_whole_are_percents():
    assert _shares("About a third of voters backed it.") == [("a third", 33.3333, "about")]
    assert _shares("Two-thirds of Americans and nearly half of the staff agreed.") == [
        ("Two-thirds", 66.6667, ""), ("half", 50.0, "nearly")]
    assert _shares("He spent more than half the budget.") == [("half", 50.0, "more than")]
    assert _shares("One in five Americans, and 3 out of 4 doctors, said so.") == [
        ("One in five", 20.0, ""), ("3 out of 4", 75.0, "")]
    # one share, not also the quantity three
    assert [(n.raw, n.kind) for n in find_numbers("three quarters of respondents")] == [("three quarters", "percent")]


def test_words_that_look_like_shares_are_not():
    for text in ("in the third quarter of 2019", "a quarter of a century ago", "the third of four debates",
                 "he seeks a third term", "it took half an hour", "one of the five members",
                 "in the first half of 2015"):
        assert _shares(text) == [], text


SHARE_WORDS = {(1, 2): "half", (1, 3): "a third", (2, 3): "two-thirds", (1, 4): "a quarter",
               (3, 4): "three quarters", (1, 5): "a fifth", (2, 5): "two fifths"}


@given(st.sampled_from(sorted(SHARE_WORDS)), st.sampled_from(["voters", "the staff", "its budget", "all schools"]))
def test_shares_in_words_read_back(fraction, whole):
    n, d = fraction
    text = f"Officials said {SHARE_WORDS[fraction]} of {whole} were affected."
    assert _shares(text) == [(SHARE_WORDS[fraction], round(100 * n / d, 4), "")]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=2, max_value=1000))
def test_one_in_n_reads_back(a, b):
    if a >= b:
        a, b = b - 1, b
    for joint in ("in", "out of"):
        text = f"Roughly {a} {joint} {b} residents lack insurance."
        assert _shares(text) == [(f"{a} {joint} {b}", round(100 * a / b, 4), "roughly")]


def test_days_of_the_month_are_dates_not_quantities():
    got = [(n.raw, n.kind) for n in find_numbers("On Oct. 21, 2021, and again on 3 November, 40 diplomats left.")]
    assert got == [("21", "day"), ("2021", "year"), ("3", "day"), ("40", "quantity")]
    assert [(n.raw, n.kind) for n in find_numbers("After the Sept. 11 attacks, 2,977 people had died.")] == [
        ("11", "day"), ("2,977", "quantity")]
    # a capitalised word that only starts like a month ("Mayor", "Marching") is no month
    assert [n.kind for n in find_numbers("The Mayor 21 list and Marching 5 band")] == ["quantity", "quantity"]


def test_parts_of_written_dates_are_not_quantities():
    text = "Updated 2016-02-15 and 10/18/2021: since the 9/11 attacks, 20-30 diplomats left."
    assert [(n.raw, n.kind) for n in find_numbers(text)] == [
        ("2016", "year"), ("2021", "year"), ("20", "quantity"), ("30", "quantity")]
    # times of day
    assert [n.raw for n in find_numbers("At 7:10 p.m. and again at 9 a.m. (10AM in London), 12 people spoke.")] == ["12"]
    assert [(n.raw, n.kind) for n in find_numbers("In the 2018-19 season, 40 players left; 1990-2000 was calm.")] == [
        ("2018", "year"), ("40", "quantity"), ("1990", "year"), ("2000", "year")]


def test_plural_scales_are_lower_bounds():
    """"millions of" is at least two million: a number a fact-checker can compare, not nothing."""
    got = [(n.raw, n.value, n.kind, n.unit, n.qualifier) for n in find_numbers(
        "Hundreds of billions of dollars went abroad while tens of thousands of workers and dozens of "
        "plants were lost, and millions of Americans noticed.")]
    assert got == [("Hundreds of billions", 2e11, "money", "USD", "at least"),
                   ("tens of thousands", 20_000, "quantity", "", "at least"),
                   ("dozens", 24, "quantity", "", "at least"),
                   ("millions", 2e6, "quantity", "", "at least")]
    # a plural scale word with no "of" after it is no count
    assert find_numbers("They made millions, and the thousands cheered.") == []


def test_currency_named_after_the_number_is_money():
    got = [(n.raw, n.value, n.kind, n.unit) for n in find_numbers(
        "It cost five million dollars, a trillion-dollar plan, 20 euros, 1.7 billion Canadian dollars "
        "and 3 pounds of flour.")]
    assert got == [("five million", 5e6, "money", "USD"), ("a trillion", 1e12, "money", "USD"),
                   ("20", 20, "money", "EUR"), ("1.7 billion", 1.7e9, "money", "CAD"), ("3", 3, "quantity", "")]
    # a year before "dollars" after "in" dates a constant-dollar figure
    assert [(n.raw, n.kind) for n in find_numbers("It cost $5 billion in 2020 dollars.")] == [
        ("$5 billion", "money"), ("2020", "year")]
