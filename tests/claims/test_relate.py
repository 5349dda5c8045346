from hypothesis import given
from hypothesis import strategies as st

from claims.facts import extract_facts
from claims.relate import Side, compare_facts, relate
from warehouse.rows import fact_row

SEED_C3 = "NATO reduced the maximum size of the Russian delegation from 30 to 20 in 2018"


def side(text: str, kind: str = "claim", speaker: str = "") -> Side:
    return Side(text, kind, speaker, tuple(fact_row(f) for f in extract_facts(text, 0, len(text))))


def test_consistent_and_conflicting_numbers():
    assert relate(side("delegation cut from 30 to 20"), side(SEED_C3)).relation == "consistent"
    assert relate(side("NATO cut the Russian delegation from 30 to 10 in 2018"), side(SEED_C3)).relation == "conflicting"


def test_nearly_the_same_words_with_a_changed_number_conflict():
    """A reprint is a repeat only while its numbers agree."""
    new = side("NATO cut the Russian delegation from 30 to 20")
    assert relate(new, side("NATO cut the Russian delegation from 30 to 10 in 2018")).relation == "conflicting"
    assert relate(new, side("NATO cut the Russian delegation from 30 to 20 in 2018")).relation == "repeat"
    assert relate(side("Russia expelled 8 NATO staff, the ministry said"),
                  side("Russia expelled 10 NATO staff, the ministry said")).relation == "conflicting"


def test_no_shared_number_is_never_a_conflict():
    r = relate(side("NATO shrank the Russian delegation after the Skripal poisoning"), side(SEED_C3))
    assert r.relation != "conflicting"


def test_repeat_and_misattributed_quotes():
    a = Side("We regret these steps,", "quote", "Oana Lungescu")
    assert relate(Side("We regret these steps", "quote", "Lungescu"), a).relation == "repeat"
    assert relate(Side("We regret these steps", "quote", "Dmitry Peskov"), a).relation == "misattributed"


@given(st.floats(min_value=1, max_value=1e6), st.floats(min_value=1, max_value=1e6))
def test_compare_facts_symmetric(a, b):
    fa = ({"value": a, "unit": "members"},)
    fb = ({"value": b, "unit": "members"},)
    assert compare_facts(fa, fb) == compare_facts(fb, fa)


def test_bounds_and_approximations_are_not_conflicts():
    """"More than 30" allows 35; "nearly half" allows 48 percent; a third is 33 percent."""
    assert compare_facts(side("More than 30 diplomats were expelled").facts, side("35 diplomats were expelled").facts) == 1.0
    assert compare_facts(side("More than 30 diplomats were expelled").facts, side("25 diplomats were expelled").facts) == -1.0
    assert compare_facts(side("Up to 40 diplomats were expelled").facts, side("25 diplomats were expelled").facts) == 1.0
    assert compare_facts(side("Nearly half of voters backed it").facts, side("48 percent of voters backed it").facts) == 1.0
    assert compare_facts(side("Nearly half of voters backed it").facts, side("40 percent of voters backed it").facts) == -1.0
    assert compare_facts(side("A third of voters backed it").facts, side("33 percent of voters backed it").facts) == 1.0
    assert compare_facts(side("Exactly 50 diplomats left").facts, side("48 diplomats left").facts) == -1.0


def test_a_plural_scale_is_a_lower_bound():
    """"Millions of Americans" agrees with 3 million of them and not with 900,000."""
    assert compare_facts(side("Millions of Americans lost coverage").facts,
                         side("3 million Americans lost coverage").facts) == 1.0
    assert compare_facts(side("Millions of Americans lost coverage").facts,
                         side("900,000 Americans lost coverage").facts) == -1.0


def test_a_count_pairs_by_its_noun_not_its_adjective():
    """"eight Russian diplomats" counts diplomats, so ten diplomats is a different number of them."""
    assert side("NATO expelled eight Russian diplomats").facts[0]["unit"] == "diplomats"
    assert compare_facts(side("NATO expelled eight Russian diplomats").facts,
                         side("NATO expelled ten diplomats").facts) == -1.0
    assert side("It took 2 weeks after that").facts[0]["unit"] == "weeks"


def test_years_and_days_are_facts_of_the_event():
    """When something happened is checkable: the same event in another year conflicts, in the
    same year agrees; a day is compared when both sides name one."""
    opened = side("The city's needle exchange opened in 2005, health officials said.")
    assert relate(side("The city's needle exchange opened in 2009, health officials said."), opened).relation == "conflicting"
    assert relate(side("Health officials said the city's needle exchange opened in 2005."), opened).relation == "consistent"
    assert relate(side("Formal cooperation was suspended in 2016"),
                  side("Formal cooperation was suspended in 2014, after Russia's invasion of Crimea")).relation == "conflicting"
    met = side("Defence ministers met in Brussels on October 21, 2021.")
    assert relate(side("Defence ministers met in Brussels on October 22, 2021."), met).relation == "conflicting"
    assert relate(side("Defence ministers met in Brussels on 21 October 2021."), met).relation in ("consistent", "repeat")
    assert relate(side("Defence ministers met in Brussels on Oct. 21."), met).relation in ("consistent", "repeat")
    # a year beside a number is the number's year, as before: 30 to 20 in 2018 vs in 2019
    assert relate(side("NATO cut the Russian delegation from 30 to 20 in 2019"), side(SEED_C3)).relation == "conflicting"


def test_a_time_alone_against_a_statement_whose_time_comes_with_a_count():
    """"Skripal was poisoned in Britain in 2016" against the seed's "reduced ... from 30 to 20 in
    2018, after ... Skripal was poisoned": a year mismatch must not come out consistent (it did:
    a time alone was compared only with times alone). One year of the old statement agreeing is
    enough, so a statement of two dated events does not conflict with either."""
    seed = side(SEED_C3 + ", after double-agent Sergei Skripal was poisoned in Britain in what Western "
                "intelligence agencies say was an assassination attempt by Russian agents")
    poisoned = side("Sergei Skripal, a former double agent, was poisoned in Britain in 2016.")
    assert relate(poisoned, seed).relation == "conflicting"
    assert relate(side("Former double agent Sergei Skripal was poisoned in Britain in 2018."), seed).relation == "consistent"
    two = side("The mayor cut the police budget from $30 million to $20 million in 2018 and raised it to "
               "$25 million in 2021.")
    assert relate(side("The mayor cut the police budget in 2018."), two).relation == "consistent"


def test_a_quote_restated_with_its_speaker_is_that_quote():
    jones = Side("We will not resign", "quote", "Tom Jones")
    assert relate(side("Jones said: we will not resign."), jones).relation == "consistent"
    assert relate(side("“We will not resign,” the party's spokesman said on Monday."), jones).relation == "consistent"
    assert relate(side("Smith said: “We will not resign.”"), jones).relation == "misattributed"
    longer = side("“We will not resign,” Jones said, adding that the party would fight the vote in court "
                  "and call for new elections next spring.")
    assert relate(longer, jones).relation == "consistent"
    # the same speaker's longer quote holding the words is a repeat
    assert relate(Side("We will not resign under any circumstances", "quote", "Tom Jones"), jones).relation == "repeat"
    assert relate(Side("We will not resign under any circumstances", "quote", "Ann Smith"), jones).relation == "misattributed"
    # two words in common are not a restatement
    assert relate(side("Jones said he would not resign his membership of the golf club."), jones).relation != "repeat"


def test_a_short_partial_quote_quoted_whole_with_another_speaker_is_misattributed():
    """Lungescu's two-word partial quote "remains consistent", quoted whole in a claim that names
    Lavrov, is misattributed; with her name it is consistent. Two quoted words that are only
    part of a quote stay too few to tell whose they are."""
    lungescu = Side("remains consistent", "quote", "Oana Lungescu")
    assert relate(Side("Lavrov said NATO's Russia policy “remains consistent.”", "claim", "Sergei Lavrov"),
                  lungescu).relation == "misattributed"
    assert relate(Side("Lungescu said NATO's Russia policy “remains consistent.”", "claim", "Oana Lungescu"),
                  lungescu).relation == "consistent"
    longer = Side("remains consistent and open to dialogue with Moscow", "quote", "Oana Lungescu")
    assert relate(Side("Lavrov said NATO's Russia policy “remains consistent.”", "claim", "Sergei Lavrov"),
                  longer).relation != "misattributed"


def test_a_name_that_qualifies_a_job_is_not_who_restated_the_quote():
    peskov = Side("There will be no talks until the sanctions are lifted", "quote", "Dmitry Peskov")
    assert relate(side("“There will be no talks until the sanctions are lifted,” the Kremlin spokesman "
                       "said on Tuesday."), peskov).relation == "consistent"
    assert relate(side("Zelensky said: “There will be no talks until the sanctions are lifted.”"),
                  peskov).relation == "misattributed"


def test_sides_remembered_by_content_keep_their_numbers_apart():
    """`track` remembers relations by the two sides (warehouse.match.relate_quick): a reprint's
    side equals the original's, but the same words with other numbers must not share its answer."""
    from warehouse.match import relate_quick

    old = side("Russia expelled 10 NATO staff on Tuesday, the ministry said")
    reprint = side("Russia expelled 10 NATO staff on Tuesday, the ministry said")
    assert reprint == old and hash(reprint) == hash(old) and reprint is not old
    changed = Side(old.text, old.kind, old.speaker, ({**old.facts[0], "value": 8.0},))
    assert hash(changed) == hash(old) and changed != old  # facts are compared, not hashed
    assert relate_quick(reprint, old).relation == "repeat"
    assert relate_quick(changed, old).relation == "conflicting"
    assert relate_quick(reprint, old) == relate(reprint, old, quick=True)


PAIRS = [
    ("NATO cut the Russian delegation from 30 to 20 in 2018", SEED_C3),
    # a shortened reprint: the ratio is low, the shorter text is found almost whole in the longer
    ("the maximum size of the Russian delegation from 30 to 20",
     "In 2018 NATO reduced the maximum size of the Russian delegation from 30 to 20, officials said on Monday"),
    ("The office opened in 2005 after a long campaign", "The office opened in 2009 after a long campaign"),
    ("Unemployment fell to 4.1 percent in March, the bureau said",
     "Unemployment rose to 4.3 percent in March, according to the bureau"),
    ("The council approved the budget on Tuesday night", "The mayor said the budget would pass easily"),
    ("Prices of bread rose sharply across the region", "NATO reduced the Russian delegation in 2018"),
]


def test_quick_answers_every_kept_relation_exactly():
    """`track` relates with quick=True and keeps no "related" rows: quick must give the full
    answer (relation and every score) for every other relation, and only "related" without scores."""
    for a, b in PAIRS:
        for new, old in ((side(a), side(b)), (side(b), side(a)), (side(a, "quote", "Ana Ruiz"), side(b, "quote", "Tom Reed"))):
            full, quick = relate(new, old), relate(new, old, quick=True)
            if full.relation == "related":
                assert quick.relation == "related" and quick.fuzzy == 0.0
            else:
                assert quick == full, (a, b)
    # a stock phrase in quotation marks, in a claim sharing little else with a quote: related in
    # both modes, not a misattribution in one of them
    kasich = side('Ohio Gov. John Kasich has also broadly called for "boots on the ground."', speaker="John Kasich")
    obama = Side("No boots on the ground, I think the American people understood that we would not send "
                 "ground troops", "quote", "Barack Obama")
    assert relate(kasich, obama).relation == relate(kasich, obama, quick=True).relation == "related"
    shortened = relate(side(PAIRS[1][0]), side(PAIRS[1][1]), quick=True)
    assert shortened.relation == "repeat" and shortened.fuzzy > 0.6  # found by the partial ratio's cutoff


def test_wire_style_puts_the_new_level_before_the_old():
    """"fell to 3.9 percent from 4.1 percent": from/to facts, as "from 4.1 to 3.9" gives."""
    def ft(text):
        return [(f["from"], f["to"], f["change"]) for f in side(text).facts if f["from"] is not None]

    assert ft("Unemployment fell to 3.9 percent from 4.1 percent in March.") == [(4.1, 3.9, "decrease")]
    assert ft("The company raised its forecast to $2.1 billion, from $1.8 billion.") == [(1.8e9, 2.1e9, "increase")]
    assert ft("In 2018 NATO shrank the Russian delegation to 20 members from 30.") == [(30.0, 20.0, "decrease")]
    # a noun and a "from" that is no number: the states are not a level
    assert ft("The state cut funding to 20 schools from its budget.") == []
    assert relate(side("In 2018 NATO shrank the Russian delegation to 20 members from 30."), side(SEED_C3)).relation == "consistent"
    assert relate(side("In 2018 NATO shrank the Russian delegation to 10 members from 30."), side(SEED_C3)).relation == "conflicting"


def test_derived_forms_of_a_word_state_the_same_proposition():
    old = side("Relations between the military bloc and Moscow have grown progressively worse since "
               "Russia’s annexation of Ukraine’s Crimean Peninsula in 2014")
    new = side("Relations between NATO and Moscow have worsened since Russia annexed Crimea in 2014.")
    assert relate(new, old).relation == "consistent"
    assert relate(new, old, quick=True).relation == "consistent"
    # on the looser path of agreeing numbers, words count only when equal: who expelled whom
    assert relate(side("Russia expelled eight NATO staff, the ministry said."),
                  side("NATO expelled eight members of the Russian delegation.")).relation == "related"


def test_another_name_in_the_same_place_is_another_proposition():
    old = side("Tensions spiked this spring when Russia increased its military presence along the Ukrainian border")
    assert relate(side("Russia increased its military presence along the Finnish border this spring."), old).relation == "related"
    assert relate(side("Russia increased its military presence along the Finnish border this spring."), old,
                  quick=True).relation == "related"
    assert relate(side("This spring Russia’s military presence along the Ukrainian border increased."), old).relation == "consistent"
    # who says it is no part of what is said: speakers are judged apart (misattribution)
    assert relate(side('Mayor Maria Lopez disagreed. "That is simply not true," Lopez said, adding that about 123 '
                       'million dollars were affected.'),
                  side("Governor Daniel Okafor disagreed. “That is simply not true,” Okafor said, adding that about "
                       "123 million dollars were affected.")).relation == "consistent"
    # a possessive is the name itself, not another one
    assert relate(side("NATO’s Russia policy remains consistent, Oana Lungescu said."),
                  side("Oana Lungescu said NATO's policy on Russia remains consistent.")).relation in ("consistent", "repeat")


def test_part_of_a_quote_quoted_with_another_speaker_is_misattributed():
    from warehouse.match import said_by

    lavrov = Side("If NATO has any urgent affairs, they might address our ambassador to Belgium on those matters",
                  "quote", "Sergei Lavrov")

    def checked(text):
        return relate(side(text, speaker=said_by(text)), lavrov).relation

    assert checked("Lungescu said NATO “might address our ambassador to Belgium” on urgent matters.") == "misattributed"
    assert checked("Lavrov said NATO “might address our ambassador to Belgium” on urgent matters.") == "consistent"
    # the name before a quoted part is its clause's subject, not who said it
    assert checked("NATO “might address our ambassador to Belgium” on urgent matters, the minister said.") == "consistent"
    # three quoted words are too few to be the quote's
    assert checked("Lungescu said NATO “might address us” soon.") == "related"


def test_a_month_is_when_an_event_happened():
    deadline = side("NATO gave the Russian diplomats an end-of-October deadline to leave Brussels, where the "
                    "alliance is headquartered")
    assert relate(side("NATO gave the Russian diplomats until the end of November to leave Brussels."),
                  deadline).relation == "conflicting"
    assert relate(side("NATO gave the Russian diplomats until the end of October to leave Brussels."),
                  deadline).relation in ("consistent", "repeat")
    began = side("The peace talks began in March 2019 in Geneva.")
    assert relate(side("The peace talks began in April 2019 in Geneva."), began).relation == "conflicting"
    assert relate(side("The peace talks began in 2019 in Geneva."), began).relation in ("consistent", "repeat")
    # a name or a verb is no month
    assert side("Theresa May said the talks would march on.").facts == ()


def test_how_much_is_left_compares_across_ways_of_saying_it():
    assert relate(side("NATO halved the Russian delegation in 2018."), side(SEED_C3)).relation == "conflicting"
    assert relate(side("NATO cut the Russian delegation by a third in 2018."), side(SEED_C3)).relation == "consistent"
    assert relate(side("NATO cut the maximum size of the Russian delegation to 10 in 2018."), side(SEED_C3)).relation == "conflicting"
    assert relate(side("NATO cut the maximum size of the Russian delegation to 20 in 2018."), side(SEED_C3)).relation == "consistent"


def test_a_shouted_quotation_is_read_in_linear_time():
    """A long run of capitals in quotation marks (hostile or shouty copy) once sent a title
    pattern with nested repeats into exponential backtracking."""
    import time

    shout = "NO" * 40
    quote = Side(f"{shout} MORE TAXES FOR WORKING FAMILIES now", "quote", "Ann Lee")
    claim = Side(f"Tom Reed said “{shout} MORE TAXES FOR WORKING families” at the rally", "claim", "Tom Reed")
    t0 = time.perf_counter()
    assert relate(claim, quote).relation == "misattributed"
    assert time.perf_counter() - t0 < 5


def test_a_reprint_with_one_name_swapped_is_not_a_repeat():
    """Nearly the same words, a different place or people between the same words: another
    proposition, however high the fuzzy score."""
    for a, b in [
        ("Troops were moved along the Finnish border on Monday, officials said.",
         "Troops were moved along the Ukrainian border on Monday, officials said."),
        ("Lungescu said NATO would not expel the Russian diplomats this year.",
         "Lungescu said NATO would not expel the Belarusian diplomats this year."),
    ]:
        assert relate(Side(a), Side(b)).relation == "related"
        assert relate(Side(a), Side(b), quick=True).relation != "repeat"
    # a name written in full or shortened is the same reprint
    assert relate(Side("NATO expelled eight Russian diplomats, Lungescu said."),
                  Side("NATO expelled eight Russian diplomats, Oana Lungescu said.")).relation == "repeat"


def test_a_capital_stands_for_its_country():
    """News names a government by its capital ("Moscow accused NATO"): the same proposition as
    "Russia accused NATO", and no name swap; another capital is another proposition."""
    old = side("Moscow has regularly accused NATO of deploying troops and weapons close to its border")
    assert relate(side("Russia has accused NATO of moving troops and weapons near its border."), old).relation == "consistent"
    old = side("Tensions spiked this spring when Russia increased its military presence along the Ukrainian border")
    new = side("Tensions rose in the spring when Moscow built up its military presence on the border with Ukraine.")
    assert relate(new, old).relation == "consistent"
    assert relate(new, old, quick=True).relation == "consistent"
    # another country or capital, even as the sentence's first word, is another proposition
    for new, old in (("Beijing has accused Washington of moving warships close to its coast.",
                      "Tokyo has accused Washington of moving warships close to its coast."),
                     ("China has accused NATO of moving troops near its border.",
                      "Russia has accused NATO of moving troops near its border.")):
        assert relate(side(new), side(old)).relation == "related"
        assert relate(side(new), side(old), quick=True).relation == "related"


def test_an_organisation_named_by_acronym_or_by_what_it_is():
    """"the alliance" restates "NATO"; an acronym of another organisation in the same place does not."""
    old = side("NATO’s early October move also cut the maximum size of the Russian delegation in half")
    new = side("The alliance's October decision cut the cap on Russia's delegation by half.")
    assert relate(new, old).relation == "consistent"
    assert relate(side("The WHO said the agency had sent 40 tonnes of supplies to Gaza."),
                  side("The agency said it had sent 40 tonnes of supplies to Gaza.")).relation != "related"
    # the alliance is not the union: an acronym opening the sentence is a name like any other
    assert relate(side("The EU cut the maximum size of the Russian delegation in half in October."),
                  side("NATO cut the maximum size of the Russian delegation in half in October.")).relation == "related"


def test_a_different_subject_opening_the_statement_is_another_proposition():
    for new, old in (("Canada imposed a 25 percent tariff on steel from China.",
                      "Mexico imposed a 25 percent tariff on steel from China."),
                     ("Wages rose 5 percent in May, the agency said.", "Prices rose 5 percent in May, the agency said."),
                     ("The UN sent 40 trucks of aid to Gaza on Sunday.", "The WHO sent 40 trucks of aid to Gaza on Sunday.")):
        assert relate(side(new), side(old)).relation == "related"
        assert relate(side(new), side(old), quick=True).relation == "related"
    # the same subject, reprinted, stays a repeat
    text = "Mexico imposed a 25 percent tariff on steel from China."
    assert relate(side(text), side(text + " ")).relation == "repeat"


def test_words_of_one_sense_state_one_proposition():
    """Paraphrase sets G, J and L: restatements change the verbs and nouns, not the claim
    ("closing" for "shuttering", "shutting" for "close"; claims/data/synonyms.txt). A word of
    one sense standing where another name stands is still a swap ("eight Chinese diplomats" /
    "the Russian delegation")."""
    old = side("Russia is shuttering its permanent mission to NATO, Foreign Minister Sergei Lavrov said Monday")
    assert relate(side("Moscow is closing its permanent mission to the North Atlantic alliance, Lavrov said on Monday"),
                  old).relation == "consistent"
    assert relate(side("The city is shutting three libraries to save money."),
                  side("The city will close three libraries to cut costs, the mayor said.")).relation == "consistent"
    delegation = side("Moscow’s move comes less than two weeks after NATO expelled eight members of the Russian delegation")
    assert relate(side("NATO expelled eight Chinese diplomats last year."), delegation).relation == "related"


def test_a_restated_clause_and_a_spelled_out_acronym():
    """A statement may restate only the clause after "after" ("NATO expelled eight Russian
    envoys" against "Moscow’s move comes ... after NATO expelled eight members of the Russian
    delegation"); an acronym spelled out is the same name ("World Health Organization" / "WHO"),
    another acronym is not."""
    delegation = side("Moscow’s move comes less than two weeks after NATO expelled eight members of the Russian delegation")
    assert relate(side("NATO expelled eight Russian envoys in early October"), delegation).relation == "consistent"
    assert relate(side("The storm closed the port of Halifax."),
                  side("Fuel prices rose after the storm closed the refinery in Saint John.")).relation == "related"
    who = side("The WHO declared the outbreak over in May.")
    assert relate(side("The World Health Organization declared the outbreak over in May."), who).relation == "consistent"
    assert relate(side("The United Nations sent 40 trucks of aid to Gaza."),
                  side("The WHO sent 40 trucks of aid to Gaza.")).relation == "related"


def test_opposite_changes_conflict_without_numbers():
    """"raised its prices" against "cut its prices", the same month: a contradiction, not the
    same statement; a sentence with both directions is read by its clause."""
    assert relate(side("The firm raised its prices in March."),
                  side("The firm cut its prices in March.")).relation == "conflicting"
    assert relate(side("The firm raised its prices in March."),
                  side("Sales fell by a third after the firm cut its prices in March.")).relation == "conflicting"
    assert relate(side("The firm cut its prices in March."),
                  side("Sales fell by a third after the firm cut its prices in March.")).relation in ("consistent", "repeat")
