from hypothesis import given, settings
from hypothesis import strategies as st

from claims.checkworthy import score_sentence
from claims.extract import extract
from claims.segment import segment
from claims.turns import find_turns

DEBATE = """Transcript of the third presidential debate, Oct. 22, 2012.

MR. SCHIEFFER: Governor, you said in 2011 that the Navy had shrunk to its smallest size since 1917. Is that right?
MITT ROMNEY: Our Navy is smaller now than at any time since 1917. The Navy said they needed 313 ships to carry out their mission. We're now at under 285.
PRESIDENT OBAMA: Well, Governor, we also have fewer horses and bayonets. I said “We have cut the deficit by $1 trillion,” and we did.
MR. SCHIEFFER: Mr. President, what do you say? Would you cut the Navy again?
MR. ROMNEY:The budget cuts 497 billion dollars from the military over ten years.
"""


def _turns(text):
    return find_turns(text, segment(text))


def test_debate_turns_carry_speakers_and_mark_the_moderator():
    turns = _turns(DEBATE)
    assert [t.label for t in turns] == ["MR. SCHIEFFER", "MITT ROMNEY", "PRESIDENT OBAMA", "MR. SCHIEFFER", "MR. ROMNEY"]
    # titles dropped, all-caps names title-cased, a bare surname joined to the full name
    assert [t.speaker for t in turns] == ["Schieffer", "Mitt Romney", "Obama", "Schieffer", "Mitt Romney"]
    assert [t.interviewer for t in turns] == [True, False, False, True, False]
    for t in turns:
        assert DEBATE[t.start : t.body_start].rstrip(" :") == t.label
        assert not DEBATE[t.body_start].isspace()


def test_claims_in_a_transcript_are_said_by_the_turn_speaker():
    claims = extract(DEBATE).claims
    by_text = {c.text: c for c in claims}
    assert by_text["Our Navy is smaller now than at any time since 1917"].speaker == "Mitt Romney"
    # reported speech inside a turn keeps its own speaker
    assert by_text["The Navy said they needed 313 ships to carry out their mission"].speaker == "Navy"
    budget = next(c for c in claims if "497 billion" in c.text)
    assert budget.speaker == "Mitt Romney" and budget.text.startswith("The budget")  # "TRUMP:We" glued
    assert not any(c.text.startswith(("MR.", "MITT", "PRESIDENT")) for c in claims)
    # a first-person quote in a turn is the turn speaker's, and so is the claim inside it
    quote = next(q for q in extract(DEBATE).quotes if "deficit" in q.text)
    assert quote.speaker == "Obama" and quote.speaker_mention == "I"
    assert next(c for c in claims if "deficit" in c.text).speaker == "Obama"


def test_the_interviewers_framing_scores_lower_than_the_same_words_from_a_candidate():
    """The moderator's framing is marked as the interviewer's and weighs against the sentence
    (the learned weight is strongly negative), so it stays out of the claims while the same
    words from a candidate are one."""
    line = "Governor, you said in 2011 that the Navy had shrunk to its smallest size since 1917."
    asked, kinds, why = score_sentence(line, interviewer=True)
    assert asked < score_sentence(line)[0] and any(w.startswith("interviewer -") for w in why)
    assert not any(c.text.endswith(line.rstrip(".")) for c in extract(DEBATE).claims)
    said = DEBATE.replace("MR. SCHIEFFER: Governor, you said", "MITT ROMNEY: Governor, you said", 1)
    assert any("smallest size since 1917" in c.text for c in extract(said).claims)


def test_question_and_answer_interview():
    text = ("Q&A with the mayor, edited for length.\n\nQ: Why did the city cut its police budget?\n"
            "A: We cut it from $1.2 billion to $1.05 billion in 2020 because revenue fell 12 percent.\n"
            "Q: Will you restore it?\nA: Not this year, but we will hire 200 officers by 2023.\n")
    turns = _turns(text)
    assert [(t.label, t.speaker, t.interviewer) for t in turns] == [("Q", "", True), ("A", "", False)] * 2
    claim = next(c for c in extract(text).claims if "1.05 billion" in c.text)
    assert claim.text.startswith("We cut it") and claim.speaker == ""


def test_the_answers_of_a_q_and_a_belong_to_the_person_its_introduction_is_about():
    intro = ("NATO Secretary General Jens Stoltenberg spoke to Reuters in Brussels on Thursday. The "
             "interview was conducted by John Irish. Stoltenberg, a former Norwegian prime minister, "
             "has led the alliance since 2014.\n\n")
    text = intro + ("Q: Has Russia told you it is closing its mission?\n"
                    "A: Russia suspended its mission on Nov. 1, and I said “We expelled eight officers in October.”\n"
                    "Q: Will NATO respond?\nA: We cut the Russian delegation from 30 to 20 in 2018.\n")
    assert [t.speaker for t in _turns(text)] == ["", "Jens Stoltenberg"] * 2
    x = extract(text)
    assert next(c for c in x.claims if "from 30 to 20" in c.text).speaker == "Jens Stoltenberg"
    assert next(q for q in x.quotes if "expelled" in q.text).speaker == "Jens Stoltenberg"  # "I said"


def test_articles_are_not_transcripts(seed_text):
    assert _turns(seed_text) == ()
    furniture = ("Who: NATO foreign ministers meet in Brussels this week.\nWhat: A vote on the new mission.\n"
                 "When: Thursday, from 9 a.m. local time.\nNote: This story has been updated.\n"
                 "Related: NATO expels eight Russian diplomats.\n")
    assert _turns(furniture) == ()
    counts = "Delegate count in the Democratic race.\nHillary Clinton: 1,769.\nBernie Sanders: 1,501.\nClinton: 547.\nSanders: 46.\n"
    assert _turns(counts) == ()
    headline = ("Fallin: Trump Is ‘Trying To Campaign As A Racial Healer’\nTAPPER: Do you think he has campaigned as a healer?\n"
                "FALLIN: I think he is trying to, and that has been part of his message.\n"
                "TAPPER: Governor, thank you for joining us today.\n")
    assert [t.label for t in _turns(headline)] == ["TAPPER", "FALLIN", "TAPPER"]
    # one labelled line among prose is a heading, not a conversation
    assert _turns("Moscow said on Monday it would respond.\nKREMLIN: no comment was given to reporters today.\n") == ()


NAMES = ["SMITH", "MS. JONES", "Dana Lee", "O'BRIEN"]
SENTENCES = [
    "Unemployment fell from 10 percent to 4.9 percent in 2016.",
    "We built 1,200 homes last year.",
    "Why did exports fall by a third?",
    "I think that is right.",
    "The city spent $3bn on roads since 2010.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(NAMES), st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3)),
                min_size=3, max_size=8))
def test_every_claim_is_said_by_the_turn_it_sits_in(turn_specs):
    text = "\n".join(f"{name}: {' '.join(sents)}" for name, sents in turn_specs) + "\n"
    turns = _turns(text)
    for c in extract(text).claims:
        assert text[c.start : c.end] == c.text
        holders = [t for t in turns if t.start <= c.start < t.end]
        if turns:
            (turn,) = holders
            assert c.start >= turn.body_start and c.speaker == turn.speaker
        else:
            assert c.speaker == ""
