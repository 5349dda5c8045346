from claims.segment import segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_scraped_joins_split_without_changing_offsets(seed_text):
    segs = segment(seed_text)
    texts = [seed_text[s.start : s.end] for s in segs]
    assert any(t.startswith("MOSCOW — Russia is shuttering") for t in texts)
    assert any(t.startswith("Moscow’s move comes") for t in texts)  # after "Kremlin.Moscow"
    assert any(t.startswith("Official talks between NATO") for t in texts)  # after "spiesOfficial"
    for s in segs:
        assert seed_text[s.start : s.end].strip() == seed_text[s.start : s.end]


def test_guards_keep_names_and_domains_whole():
    assert sentences("He bought an iPhone at McDonald's.Then he left.") == [
        "He bought an iPhone at McDonald's.", "Then he left."]
    assert sentences("Atlantic.Net said it grew. Mr. Smith agreed.") == [
        "Atlantic.Net said it grew.", "Mr. Smith agreed."]
    assert sentences("LinkedIn and YouTube said 3.5 percent rose.") == [
        "LinkedIn and YouTube said 3.5 percent rose."]
    assert sentences("The U.S. Army said so. Gov. DeSantis disagreed.") == [
        "The U.S. Army said so.", "Gov. DeSantis disagreed."]


def test_an_abbreviation_that_can_end_a_sentence_ends_one_before_a_clear_opener():
    assert sentences("Officers were called at 2 a.m. “There is no threat,” the chief said.") == [
        "Officers were called at 2 a.m.", "“There is no threat,” the chief said."]
    assert sentences("The meeting ended at 2 p.m. The mayor left. He works for Acme Inc. The firm said no. "
                     "The board voted 5-2 on item No. 2 and left.") == [
        "The meeting ended at 2 p.m.", "The mayor left.", "He works for Acme Inc.", "The firm said no.",
        "The board voted 5-2 on item No. 2 and left."]
    # inside a sentence, or before a name, they stay
    assert sentences("Officers arrived at 2 a.m. on Sunday. The U.S. Army and Acme Inc. Canada agreed. "
                     "Sen. Ann Ruiz met Dr. Tom Lee.") == [
        "Officers arrived at 2 a.m. on Sunday.", "The U.S. Army and Acme Inc. Canada agreed.",
        "Sen. Ann Ruiz met Dr. Tom Lee."]


def test_headlines_footer_and_credit_tail_are_boilerplate(seed_text):
    flagged = {seed_text[s.start : s.end] for s in segment(seed_text) if s.boilerplate}
    for noise in [
        "Russia shutters its mission to NATO in retaliation for expulsion of its diplomats",
        "NATO expels eight Russian diplomats, alleging they were working as spies",
        "Thebault reported from Brussels.",
        "What would a Russia-NATO war look like?",
        "Russia’s wargaming it right now.",
        "By signing up you agree to our Terms of Use and Privacy\xa0Policy",
    ]:
        assert noise in flagged
    kept = [seed_text[s.start : s.end] for s in segment(seed_text) if not s.boilerplate]
    assert any("from 30 to 20" in k for k in kept)


def test_credit_rule_does_not_eat_attributions():
    text = "CNN reported that the president left. Officials said he would return on Monday."
    assert not any(s.boilerplate for s in segment(text))


def test_empty_and_whitespace():
    assert segment("") == ()
    assert segment("   \n\n ") == ()


def test_attribution_after_a_quoted_question_stays_with_it():
    text = "“Have I started writing my speech?” Sanders replied. “Look, the answer is yes.”"
    assert sentences(text)[0] == "“Have I started writing my speech?” Sanders replied."
    # a new sentence after a full stop inside the quotation is still a new sentence
    text = "“We regret these steps.” Obama said on Monday that talks would go on."
    assert len(sentences(text)) == 2
    assert len(sentences("“We regret these steps.” Lungescu said.")) == 1


BOILERPLATE_SAMPLES = [
    "Officials met on Monday.\nSign up for our newsletter to get the day's news.\nMore talks are due.",
    "The vote passed. © 2024 Example Media. All rights reserved.",
    "Share this article\nThe mayor said the bridge would reopen.\nCookies help us deliver our services.",
    "Jane Doe contributed reporting from Kyiv.",
    "ADVERTISEMENT\nPrices rose 3% in May. (AP Photo/John Smith) Newsletters: subscribe here.",
]


def test_anchors_from_the_word_scan_flag_the_same_segments(seed_text):
    """extract() passes the boilerplate anchors found by its one word scan; the result must
    equal segmentation's own substring search."""
    from claims.lexicon import lower_same_length
    from claims.scan import scan

    for text in [seed_text, *BOILERPLATE_SAMPLES]:
        anchors = scan(lower_same_length(text)).anchors
        assert segment(text, anchors) == segment(text)
    reasons = [[s.reason for s in segment(t, scan(lower_same_length(t)).anchors)] for t in BOILERPLATE_SAMPLES]
    assert reasons == [["", "boilerplate", ""], ["boilerplate", "boilerplate"], ["boilerplate", "", "boilerplate"],
                       ["credit line"], ["boilerplate", "", "boilerplate"]]


def test_hostile_runs_of_dots_and_camel_case_are_read_in_linear_time():
    """Boundary checks read a word either side; unbounded, "U.S.U.S.…" or "aBaB…" made them
    quadratic: minutes for one hostile 100 KB page, which would stall a whole `track` batch."""
    import time

    for text in ("U.S." * 25_000, "aB" * 50_000):
        t0 = time.perf_counter()
        segment(text)
        assert time.perf_counter() - t0 < 5
