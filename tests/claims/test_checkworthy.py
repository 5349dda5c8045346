from hypothesis import given
from hypothesis import strategies as st

from claims.checkworthy import THRESHOLD, extract_claims, score_sentence, sentence_vector
from claims.extract import extract
from claims.facts import extract_facts


def test_seed_required_claims_and_facts(seed_text, seed_gold):
    claims = extract(seed_text).claims
    norm = lambda s: " ".join(s.replace("’", "'").split())  # noqa: E731
    for g in seed_gold["claims"]:
        if g["required"]:
            assert any(norm(g["text"]) in norm(c.text) for c in claims), g["id"]
    facts = [f for c in claims for f in c.facts]
    assert any(f.value == 8 and f.unit == "members" for f in facts)
    assert any(f.factor == 0.5 and f.change == "decrease" for f in facts)
    assert any((f.from_value, f.to_value, f.year, f.change) == (30, 20, 2018, "decrease") for f in facts)


def test_no_claims_from_noise(seed_text, seed_gold):
    claims = extract(seed_text).claims
    for noise in seed_gold["noise"]:
        assert not any(noise[:30] in c.text for c in claims), noise


def test_questions_and_opinion_are_not_claims():
    text = "Will taxes rise next year? I think we should be kinder to each other. Unemployment fell to 3.5% in 2019."
    claims = extract(text).claims
    assert [c.text for c in claims] == ["Unemployment fell to 3.5% in 2019"]
    (f,) = claims[0].facts
    assert (f.value, f.to_value, f.change, f.unit) == (3.5, 3.5, "decrease", "percent")


def test_facts_change_forms():
    t = "Exports doubled in 2020 while imports fell by a third."
    fs = extract_facts(t, 0, len(t))
    assert fs[0].factor == 2.0 and fs[0].change == "increase" and fs[0].year == 2020
    # each verb of change reads its own clause
    assert (round(fs[1].factor, 4), fs[1].change) == (0.6667, "decrease")
    # "double" before a noun is an adjective
    # "by half" is one factor, not also an amount of 50 percent
    t = "Sales fell by half of what analysts expected."
    assert [(f.factor, f.value) for f in extract_facts(t, 0, len(t))] == [(0.5, None)]
    t = "Premiums rose by double digits in 2016."
    assert not any(f.factor for f in extract_facts(t, 0, len(t)))
    (f,) = extract_facts(t := "They cut taxes and cut spending by 5 percent.", 0, len(t))
    assert (f.value, f.unit, f.change, f.raw) == (5, "percent", "decrease", "cut spending by 5 percent")
    t = "The company cut its workforce from 1,200 to 900 jobs."
    (f,) = extract_facts(t, 0, len(t))
    assert (f.from_value, f.to_value, f.change) == (1200, 900, "decrease")
    assert "workforce" in f.unit


def test_amounts_and_end_levels_of_a_change():
    """"dropped 20 percent" is an amount of change, "to $400 billion" where it ended; a count with
    its own noun after "to" ("to 20 states") is who got it, not a level."""
    t = "The deficit dropped 20 percent to $400 billion, and the agency cut nearly 500 jobs."
    got = [(f.value, f.to_value, f.unit, f.change, f.qualifier) for f in extract_facts(t, 0, len(t))]
    assert got == [(20, None, "percent", "decrease", ""), (4e11, 4e11, "USD", "decrease", ""),
                   (500, None, "jobs", "decrease", "nearly")]
    t = "Congress cut funding to 20 states, and sales fell to about 900 in 2019."
    got = [(f.value, f.to_value, f.change, f.qualifier, f.year) for f in extract_facts(t, 0, len(t))]
    assert got == [(900, 900, "decrease", "about", 2019), (20, None, "", "", 2019)]
    # money right after "raised" was collected, not a change
    (f,) = extract_facts(t := "The PAC raised $16 million in March.", 0, len(t))
    assert (f.value, f.unit, f.change) == (16e6, "USD", "")


def test_score_explains_itself():
    score, kinds, feats = score_sentence("NATO expelled eight members of the Russian delegation in October.")
    assert score >= 0.5 and "numeric" in kinds and any("quantity" in f for f in feats)


def test_claim_inside_quote_carries_speaker():
    text = "“Crime fell by 20 percent in 2019,” Mayor Jane Ortiz said."
    x = extract(text)
    assert x.claims and x.claims[0].speaker == "Jane Ortiz"
    assert extract_claims(text, ()) == ()


def _facts(text):
    return [(f.value, f.from_value, f.to_value, f.unit, f.factor, f.change, f.qualifier)
            for f in extract_facts(text, 0, len(text))]


def test_ranges_are_one_fact():
    assert _facts("Between 20 and 30 diplomats were expelled.") == [(None, 20, 30, "diplomats", None, "", "between")]
    assert _facts("Moscow recalled 20-30 diplomats.") == [(None, 20, 30, "diplomats", None, "", "between")]
    assert _facts("The mission will cost $20–30 million a year.") == [(None, 20e6, 30e6, "USD", None, "", "between")]
    # the scale is shared unless sharing it would turn the range round
    assert _facts("Between 500 and 2 million people fled.") == [(None, 500, 2e6, "people", None, "", "between")]
    # a from/to without a verb of change claims no direction
    assert _facts("Unemployment went from 10 to 15 percent.") == [(None, 10, 15, "percent", None, "", "")]
    # a score is not a range
    assert [f[0] for f in _facts("The court ruled 5-4 against the ban.")] == [5, 4]
    # nor is a date
    assert not any(f[1] is not None for f in _facts("The ruling, posted 2016-02-15, cut 300 jobs."))


def test_a_share_cut_leaves_the_rest():
    (f,) = extract_facts(t := "The company cut two-thirds of its staff in 2020.", 0, len(t))
    assert (round(f.factor, 4), f.change, f.year) == (0.3333, "decrease", 2020)
    (f,) = extract_facts(t := "About a third of voters backed the plan.", 0, len(t))
    assert (f.value, f.unit, f.qualifier) == (33.3333, "percent", "about")


def test_dateline_after_a_title_is_not_part_of_the_claim():
    text = ("NATO expels Russian diplomats over spying claims\n\n"
            "BRUSSELS (Reuters) — NATO has expelled eight Russian diplomats from its headquarters in 2021.\n")
    (claim,) = extract(text).claims
    assert claim.text.startswith("NATO has expelled eight")


def test_a_title_line_is_not_a_claim_but_list_items_are():
    text = ("NATO expels eight Russian diplomats over spying\n\n"
            "BRUSSELS — NATO expelled eight members of Russia's mission on Wednesday, officials said.\n"
            "Key facts:\n• NATO expelled 8 Russian diplomats in 2021\n- The delegation was cut from 30 to 20 in 2018\n")
    assert [c.text for c in extract(text).claims] == [
        "NATO expelled eight members of Russia's mission on Wednesday, officials said",
        "NATO expelled 8 Russian diplomats in 2021",
        "The delegation was cut from 30 to 20 in 2018",
    ]
    # a text of one line has no title to skip
    assert [c.text for c in extract("NATO expelled eight Russian diplomats in 2021").claims] == [
        "NATO expelled eight Russian diplomats in 2021"]


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=10**6),
       st.sampled_from(["between {a} and {b}", "{a}-{b}", "{a} to {b}", "from {a} to {b}"]))
def test_ranges_read_back(a, b, form):
    a, b = min(a, b - 1), max(a + 1, b)
    text = "Officials said " + form.format(a=f"{a:,}", b=f"{b:,}") + " diplomats were expelled."
    (f,) = extract_facts(text, 0, len(text))
    assert (f.from_value, f.to_value, f.unit) == (a, b, "diplomats")
    assert f.qualifier == ("" if form.startswith("from") else "between") and f.change == ""


def test_an_aside_after_a_sentence_is_not_a_dateline():
    text = "Officials met on Monday. NATO — which expelled 8 diplomats in 2021 — said the mission would close."
    assert [c.text for c in extract(text).claims] == [
        "NATO — which expelled 8 diplomats in 2021 — said the mission would close"]


def test_irregular_pasts_and_leading_names_count():
    """"fought", "gave", "sold" report what happened as much as "-ed" verbs do, and a sentence
    that opens with a full name ("Hillary Clinton") names someone; a lone capitalised first word
    ("Yesterday", "It") does not, and "a bit" or "the Fed" is no past tense."""
    x, _ = sentence_vector("Hillary Clinton fought for the wall in 2006.")
    assert "past" in x and x["named"] == 1 / 3
    x, _ = sentence_vector("Since then the U.S. has lost more jobs to China than anyone.")
    assert x["named"] == 2 / 3  # an acronym with dots is a name
    assert "past" in sentence_vector("She gave China the jobs and sold the plan to the voters of the state.")[0]
    x, _ = sentence_vector("Yesterday it was a bit late to act on prices.")
    assert "past" not in x and "named" not in x
    assert "past" not in sentence_vector("The Fed is a bit slow to act on prices.")[0]


def test_learned_weights_explain_the_score():
    """The score is the shipped model's probability; the claim names the features that raised
    it most, with their weights, strongest first."""
    score, kinds, why = score_sentence("Unemployment fell to 3.5 percent in 2019, the lowest rate in 50 years.")
    assert score >= THRESHOLD and {"numeric", "temporal", "change"} <= set(kinds)
    weights = [float(w.rsplit(" ", 1)[1]) for w in why if w.rsplit(" ", 1)[1].startswith("+")]
    assert weights == sorted(weights, reverse=True) and len(weights) <= 5
    assert any(w.startswith(("quantity", "change", "percent or money")) for w in why)
    low, _, why_low = score_sentence("I think we should all be a bit kinder.")
    assert low < THRESHOLD and any(w.startswith(("short", "shortish", "opinion")) for w in why_low)


def test_title_case_lines_inside_an_article_are_not_claims():
    text = ("Senators voted 52-48 on Tuesday to cut the program's budget by $2 billion.\n"
            "Watch The Best Moments From The Fox Business GOP Debate\n"
            "The bill now goes to the House, which passed a similar measure in 2019.")
    got = [c.text for c in extract(text).claims]
    assert got == ["Senators voted 52-48 on Tuesday to cut the program's budget by $2 billion",
                   "The bill now goes to the House, which passed a similar measure in 2019"]


def test_days_become_dates_on_facts():
    got = {t: [(f.year, f.date) for f in extract_facts(t, 0, len(t))] for t in (
        "The summit was held on October 7, 2021.", "Talks ended on Oct. 21.",
        "The office opened on 7 October 2021.", "It closed on 2021-10-07.", "The office opened in 2005.")}
    assert list(got.values()) == [[(2021, "2021-10-07")], [(None, "--10-21")], [(2021, "2021-10-07")],
                                  [(2021, "2021-10-07")], [(2005, "")]]
    (f,) = extract_facts(t := "NATO cut the delegation from 30 to 20 on Oct. 6, 2021.", 0, len(t))
    assert (f.from_value, f.to_value, f.date) == (30, 20, "2021-10-06")


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=30),
       st.integers(0, 220), st.integers(1, 80))
def test_the_quote_a_claim_reports_is_found_as_trying_every_quote_would(spans, s, length):
    """Claims look up the quote they report by bisection; the answer is the first quote, in
    article order, that a try of every quote would give."""
    from claims.checkworthy import _QuoteCover
    from claims.records import Quote

    quotes = tuple(Quote(f"q{i}", a, a + n, "direct", f"speaker {i}", "", "", "person", "said", 0.9, a, a + n)
                   for i, (a, n) in enumerate(spans))
    e = s + length
    brute = next((q for q in quotes if q.content_start <= s < q.content_end
                  or s <= q.content_start < e and q.content_end <= e + 2), None)
    assert _QuoteCover(quotes)(s, e) == brute
