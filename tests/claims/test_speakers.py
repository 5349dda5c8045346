"""Speaker resolution on the error classes seen on unseen news: pronouns and gender, places and
days that are not speakers, documents, descriptions ("the mayor", "the company") that point to
someone named before, and acronyms of organisations. Abstaining beats naming the wrong person."""

import pytest

from claims.extract import extract


def speaker(text: str) -> tuple[str, str, float]:
    q = extract(text).quotes[-1]
    return q.speaker, q.speaker_type, q.confidence


@pytest.mark.parametrize("text, who", [
    # "she" is the woman of the two, whichever was named last
    ("Maria Lopez met Tom Reed in Madrid on Monday. “We disagree on almost everything,” she said.", "Maria Lopez"),
    ("Tom Reed met Maria Lopez in Madrid on Monday. “We disagree on almost everything,” she said.", "Maria Lopez"),
    ("Maria Lopez met Tom Reed in Madrid on Monday. “We disagree on almost everything,” he said.", "Tom Reed"),
    # an honorific gives the gender of a surname
    ("Ms. Reed and Mr. Lopez spoke after the vote. “I am disappointed,” she said.", "Reed"),
    # Alex is given to both sexes, Daniel is a man's name: "she" is Moreno, and stays Moreno
    ("Alex Moreno and Daniel Park met reporters. “We will decide by Friday,” she said. "
     "“Nothing is ruled out,” she added.", "Alex Moreno"),
])
def test_pronouns_follow_gender(text, who):
    assert speaker(text)[0] == who


def test_a_pronoun_that_fits_nobody_abstains():
    name, kind, conf = speaker("Tom Reed met Paul Wong in Madrid. “We disagree on almost everything,” she said.")
    assert name == "" and conf < 0.3


@pytest.mark.parametrize("text", [
    "“The bridge is safe,” Li’s spokesman said on Sunday.",
    "“We will not resign,” Sunday’s statement said.",
    "The company issued a statement on Friday. “We will appeal the ruling,” the statement said.",
    "“Turnout was lower than expected,” a report by the commission said.",
])
def test_possessives_days_and_documents_are_not_speakers(text):
    name, _, conf = speaker(text)
    assert name in ("", "commission") and conf <= 0.5


def test_a_place_before_a_job_and_name_is_not_the_speaker():
    assert speaker("“It is a masterpiece of the form,” says Cambridge cartoonist Ana Li.")[0] == "Ana Li"
    assert speaker("“Prices will rise,” said Chicago economist Raj Patel.")[0] == "Raj Patel"
    # a verb after a name is no job title: the speaker is still the first name
    assert speaker("Todd pressed Chairman Reince Priebus, who said “we will release them.”")[0] != "Todd pressed"


@pytest.mark.parametrize("text, who, kind", [
    ("Mayor Jane Ortiz opened the session. “We are ready for the storm,” the mayor said.", "Jane Ortiz", "person"),
    ("NATO spokesperson Oana Lungescu spoke in Brussels. “We regret these steps,” the spokesperson said.",
     "Oana Lungescu", "person"),
    ("Acme Corp. reported a loss. “We expect to recover next year,” the company said.", "Acme Corp.", "organisation"),
    ("Senator Ann Ruiz issued a statement saying the bill “will not pass this year.”", "Ann Ruiz", "person"),
    # a title as well as a job: "the premier" after "Premier Danielle Smith", not the prime minister
    ("Premier Danielle Smith met with Prime Minister Mark Carney on Monday. “We had a frank conversation about "
     "pipelines,” the premier told reporters afterwards.", "Danielle Smith", "person"),
    ("Prime Minister Mark Carney met Premier Danielle Smith on Monday. “We had a frank conversation about "
     "pipelines,” the prime minister told reporters.", "Mark Carney", "person"),
    # a title's abbreviation and the word a description uses
    ("Sen. Maria Cantwell questioned the airline's chief executive. “Passengers deserve better,” the senator "
     "said.", "Maria Cantwell", "person"),
    ("Gen. Wayne Eyre said the military is short of recruits. “We are not where we need to be,” the general "
     "told MPs.", "Wayne Eyre", "person"),
    ("Capt. Rebecca MacLeod inspected the harbour. “The main channel is clear,” the captain said.",
     "Rebecca MacLeod", "person"),
    # a company known by one word, which spoke before
    ("Rogers said the outage was caused by a maintenance update. “We sincerely apologize,” the company said.",
     "Rogers", "organisation"),
])
def test_descriptions_point_to_who_was_named_before(text, who, kind):
    name, k, _ = speaker(text)
    assert (name, k) == (who, kind)


def test_acronyms_resolve_to_their_organisation():
    text = ("Statistics Canada (StatCan) published the figures on Tuesday. “Prices rose in every province,” "
            "StatCan said. “Rents rose fastest,” the agency added.")
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes][:1] == ["Statistics Canada"]
    assert quotes[0].speaker_type == "organisation"


def test_a_city_or_state_is_no_speaker_but_a_country_speaks_for_its_government():
    assert speaker("Lawmakers met on Tuesday. “The vote is final,” Ohio said.")[0] == ""
    assert speaker("“We stand ready,” said Cambridge on Monday.")[0] == ""
    assert speaker("Japan branded North Korea an “outlaw nation in the neighborhood.”")[0] == "Japan"
    # a clause opener or a day is not part of a name
    assert speaker("When Trump spoke, he said “we will win.”")[0] != "When Trump"


# Attribution shapes where the speaker sat next to the quotation but no cue rule read it.
@pytest.mark.parametrize("text, who", [
    # a job in lowercase words between an inverted cue and the name
    ("“The port will reopen on Monday,” said harbour master Alan Briggs.", "Alan Briggs"),
    # an age between the name and the cue: the person speaks, not the outlet told
    ("“It was never about the money,” Ruth Okafor, 71, told WNYC on Tuesday when asked about the sale.",
     "Ruth Okafor"),
    # a verb no cue list holds, after a quotation that opens the sentence
    # (the neighbouring quotation is Ostby's: borrowing its speaker would be wrong)
    ("Sen. Dana Whitfield and Sen. Paul Ostby questioned the bank's chief.\n\n“It is a scandal,” Ostby said."
     "\n\n“Why is this not proof that the bank is too big to manage?” Whitfield demanded.", "Dana Whitfield"),
    ("Sen. Dana Whitfield and Sen. Paul Ostby questioned the bank's chief.\n\n“It is a scandal,” Ostby said."
     "\n\n“How many more customers must be cheated, and for how long?” Whitfield asked.", "Dana Whitfield"),
    ("Grace Molina performed with Tom Reyes at the rally.\n\n“Keep your hands where I can see them,” Molina sings to the "
     "crowd before asking them, “Where do we go from here?”", "Grace Molina"),
    # a cue that opens the sentence, with its subject after it
    ("Critics say the plan is too complex. Said Lena Hart: “I do not see any interest in reform here.”", "Lena Hart"),
    # a surname that is also a title word, after an honorific
    ("Alan King runs the group's outreach. \"It is all about enthusiasm for the race,\" Mr. King added.",
     "Alan King"),
    # an abbreviated title ("Del." for a delegate) is not the name, nor a sentence end
    ("\"This is a waste of the committee's time,\" said Del. Ruth Amara of the Virgin Islands.", "Ruth Amara"),
    # "Hours later," opens the clause whose subject goes on "telling Reuters, “…”"
    ("Ivan Petrov met Sheldon Marsh in May. Hours later, Petrov returned the favour, telling Reuters, "
     "“Sheldon and I have been friends for a long time.”", "Ivan Petrov"),
])
def test_speaker_next_to_the_quotation(text, who):
    assert speaker(text)[0] == who


def test_a_day_before_a_participle_cue_is_not_the_speaker():
    text = ("Oscar Delgado is doubling down.\n\nDelgado posted a series of messages early Friday saying that "
            "his rival had shown bad judgment in using the mayor “as a model of good government.”")
    name, kind, _ = speaker(text)
    assert (name, kind) == ("Oscar Delgado", "person")


def test_a_cue_noun_after_a_possessive_is_a_document_not_a_speaker():
    # "report" is a noun here: the host who stated it speaks, not "the Treasury IG's"
    text = ("Later in the show, Bill Ferris stated of the audit that the Treasury IG’s report "
            "“was not good for anyone involved.”")
    name, _, _ = speaker(text)
    assert name == "Bill Ferris"
    assert not any("’s" in (q.speaker or "") for q in extract(text).quotes)


def test_a_restrictive_who_clause_is_not_an_attribution():
    # "anybody who complains" describes people; the earlier "saying" attributes the quotation
    text = ("The debate ended late.\n\nRival Karen Voss had mocked the complaint, saying anybody who "
            "complains about a microphone “is not having a good night.”")
    quotes = extract(text).quotes
    assert quotes and all(q.speaker == "Karen Voss" for q in quotes)
    # with a comma the clause names its antecedent, who speaks
    q = extract("The panel heard from Omar Said, who said the plan was “simply unworkable.”").quotes[-1]
    assert q.speaker == "Omar Said"


def test_a_possessive_name_is_the_person():
    # "Grace Molina's new show" names Grace Molina; a later "Molina" is the same person
    text = "In a clip from Grace Molina’s new show, she talks politics.\n\n“We need you to vote,” Molina said."
    assert speaker(text)[0] == "Grace Molina"


def test_a_participle_right_after_a_name_is_that_persons():
    q = extract("The new ad uses footage of Paul Ostrander asking, “Why are we not twenty points ahead?”").quotes[-1]
    assert (q.speaker, q.cue) == ("Paul Ostrander", "asking")


def test_a_signature_on_the_line_under_a_quotation():
    text = ("Here is what the candidates said this week.\n\n"
            "“Almost all new income and wealth is going to the top one percent.”\n\n- Rosa Delgado.\n\n"
            "The figure is out of date.\n\n“I will look into it, and I will certainly get back to you.”\n\n"
            "-Governor Tom Baxter, at a town hall in Ames.\n\nHe has not.\n\n"
            "“We are not going anywhere soon.”\n\n- Read more")
    quotes = extract(text).quotes
    assert [(q.speaker, q.cue) for q in quotes[:2]] == [("Rosa Delgado", "-"), ("Tom Baxter", "-")]
    assert quotes[2].confidence < 0.5  # "- Read more" is a list item, not a signature


def test_the_owner_of_a_claim_speaks_but_not_the_owner_of_a_report():
    q = extract("Gov. Ken Mills blamed the media for making an issue of Dana Cole’s claim that the mayor "
                "“wrecked the budget,” saying reporters had missed the point.").quotes
    assert [x.speaker for x in q if "wrecked" in x.text] == ["Dana Cole"]
    assert any(x.speaker == "Ken Mills" and x.cue == "saying" for x in q)


@pytest.mark.parametrize("text, words, who", [
    # a middle initial does not cut the name short, so the object after "to" is not the subject
    ("Mayor Greg Santos wrote a letter to Attorney General Loretta E. Lynn asking her office to "
     "investigate the \"fiasco.\"", "fiasco", "Greg Santos"),
    # a cue verb no list holds, before the name that ends the sentence
    ("Ed Marsh spoke on Sunday.\n\n“What sport is he talking about, and who? Is he profiling?” reacted Tom Grady.",
     "sport", "Tom Grady"),
    # "stated" followed directly by its clause is a cue, not a guess from the sentence's subject
    ("Ana Tiegen asked about the files on Monday.\n\nFBI Director Sam Ortega stated the team was "
     "“extremely careless with the files.” Ortega left at noon.", "careless", "Sam Ortega"),
])
def test_more_attribution_shapes(text, words, who):
    q = next(q for q in extract(text).quotes if words in q.text and q.kind != "indirect")
    assert q.speaker == who and q.confidence >= 0.5


# "He"/"she" is who the text is about: a speaker, or the person a sentence opens with; a person
# named in passing (an object, a later clause) is not. PolNeAR leaves pronouns unresolved, so
# benchmarks/pronouns.py measures these on written paragraphs.
@pytest.mark.parametrize("text, who", [
    # a person introduced after an earlier speaker of the same gender
    ("“The port will reopen on Monday,” said Alan Briggs, the harbour master.\n\nShipping agent Colin Marsh "
     "counted a week of lost trade. “Nobody will pay us back for this,” he said.", "Colin Marsh"),
    # the subject, not the object, of the sentence before
    ("Chancellor Rishi Sunak met Governor Andrew Bailey at the Treasury. “We are in full agreement "
     "on inflation,” he said.", "Rishi Sunak"),
    # a surname alone opening a sentence after an adverbial, when someone else of the gender spoke last
    ("Minister Karen Vecchio tabled the bill on Monday.\n\nLawyer Anne Roy called it vague. “It will "
     "end up in court,” she said.\n\nOn Tuesday, Vecchio defended the wording. “It is clear to anyone "
     "who reads it,” she said.", "Karen Vecchio"),
    # a sentence that opens with "he" continues with the same person, whoever it names after
    ("“We will not sell,” said Omar Haddad, who owns the bakery. He rejected an offer from developer "
     "Victor Lam last year. “This shop is my father's life,” he said.", "Omar Haddad"),
    # two joined by "and": the second is what the sentence is about too
    ("“Good luck to both of them,” said Carlos Bernardes, the umpire.\n\nSerena Williams and Roger Federer "
     "played an exhibition match. “It felt like the old days,” he said.", "Roger Federer"),
    # nobody spoke yet and no sentence opens with a man: the last man named
    ("The award went to Lucy Ortiz, who thanked coach Daniel Reyes. “She earned every point,” he said.",
     "Daniel Reyes"),
])
def test_pronouns_follow_who_the_text_is_about(text, who):
    assert speaker(text)[0] == who


def test_a_long_chain_of_pronoun_sentences_resolves_without_recursion():
    # thousands of sentences opening with "He" (a transcript pasted as prose, a spam page):
    # each is settled from the ones before it, in order
    text = "Tom Reed spoke at the meeting. " + " ".join(["He walked to the door."] * 3000) + " “We will win,” he said."
    assert speaker(text)[0] == "Tom Reed"


@pytest.mark.parametrize("text, who", [
    # accented given names and surnames with a capital inside are names; a long title before them too
    ("Foreign Affairs Minister Mélanie Joly met Dominic LeBlanc in Ottawa. “We are ready for the talks,” "
     "she said.", "Mélanie Joly"),
    ("Premier François Legault spoke after the mayor. “Quebec will defend its workers,” Legault said.",
     "François Legault"),
    ("Kevin McCarthy met Erin O’Toole in Washington. “It was a productive meeting,” McCarthy said.",
     "Kevin McCarthy"),
    ("Émilie Tremblay spoke after Łukasz Nowak. “We are ready,” Tremblay said.", "Émilie Tremblay"),
    # two subjects joined by "and" when the first opens with an accented capital; the given
    # names' genders are known with or without their accents ("Andrés" is "andres")
    ("Élise Martin and Andrés Ruiz arrived in Lyon on Monday. “We came to listen,” he said.", "Andrés Ruiz"),
    ("Élise Martin and Andrés Ruiz arrived in Lyon on Monday. “We came to listen,” she said.", "Élise Martin"),
    # a quotation signed with a dash and an accented name
    ("“We will not give up on this town.” — Élise Martin, mayor of Lyon\n", "Élise Martin"),
])
def test_european_names_and_inner_capitals(text, who):
    assert speaker(text)[0] == who


def test_a_company_in_apposition_and_a_described_speaker_who_is_not_named():
    text = ("The company, Loblaw Companies Ltd., said in a statement that prices would rise. "
            "\"We understand the frustration,\" the grocer said.\n\nGalen Weston, the chairman, defended the "
            "decision. \"Our margins are thin,\" he told the committee.")
    quotes = extract(text).quotes
    assert quotes[0].speaker.startswith("Loblaw Companies Ltd")
    # "the grocer" names nobody here: an empty speaker, not the chairman's name borrowed
    assert [(q.speaker, q.speaker_mention) for q in quotes if "frustration" in q.text] == [("", "the grocer")]


def test_a_speaker_phrase_does_not_run_back_over_a_cue():
    text = ("Vancouver police Sgt. Steve Addison said officers responded at 2 a.m. "
            "\"The suspect was arrested without incident,\" Addison said.")
    assert all("said" not in q.speaker_mention for q in extract(text).quotes)


def test_a_short_sentence_quoted_on_its_own_is_speech_and_const_is_a_title():
    quotes = extract("\"I do not think anyone saw this coming,\" says Karen Lee, who owns a bakery on Main "
                     "Street. \"We lost everything.\"\n\nHer neighbour agreed.").quotes
    assert [(q.text, q.speaker) for q in quotes][-1] == ("We lost everything.", "Karen Lee")
    # a short title in quotation marks inside a sentence is still no quote
    assert not any("Cats" in q.text for q in extract("She saw \"Cats\" on Broadway last year with friends.").quotes)
    q = extract("\"This was a targeted attack,\" said Const. Jason Doucette, a spokesperson for the police.").quotes[0]
    assert q.speaker == "Jason Doucette"


def test_an_organisation_named_with_of_and_an_age_before_an_appositive():
    q = extract("In a statement, the Ministry of Health said it was \"monitoring the situation closely.\"").quotes[0]
    assert (q.speaker, q.speaker_type) == ("Ministry of Health", "organisation")
    q = extract("Sarah Ahmed, 45, a teacher at the school, said the students were frightened.").quotes[0]
    assert (q.speaker, q.text) == ("Sarah Ahmed", "the students were frightened")


def test_a_surname_of_two_words_is_linked_to_the_full_name():
    text = ("Dr. Maria Van Kerkhove, the WHO technical lead, said the virus was still circulating. "
            "\"This is not over,\" Van Kerkhove said. Hillary Clinton spoke next. \"We will win,\" Bill Clinton said.")
    assert [q.speaker for q in extract(text).quotes][1:] == ["Maria Van Kerkhove", "Bill Clinton"]


def test_an_organisation_with_of_before_a_name_and_a_province_that_speaks():
    q = extract("\"The economy is slowing,\" said Bank of Canada Governor Tiff Macklem in a speech.").quotes[0]
    assert q.speaker == "Tiff Macklem"
    # "for" after a person is no organisation's name
    q = extract("“The impact of the debate is small,” wrote Cameron Easley for Morning Consult.").quotes[0]
    assert q.speaker == "Cameron Easley"
    # "the province said": a government the article never names; nobody, not the company named before
    text = ("Acme Corp. reported a loss. In a news release, the province said it was \"disappointed\" "
            "by the ruling on the plant.")
    q = [q for q in extract(text).quotes if "disappointed" in q.text][0]
    assert (q.speaker, q.speaker_mention) == ("", "the province")


def test_many_descriptions_of_a_company_are_resolved_in_linear_time():
    """Each "the company said" once searched the text from its start for an organisation's
    name: quadratic on a long page of them (100 KB: about 13 s)."""
    import time

    text = "Acme Corp. said it would appeal. “We disagree,” the company said. " * 1500
    t0 = time.perf_counter()
    quotes = extract(text).quotes
    assert time.perf_counter() - t0 < 5
    assert quotes and quotes[-1].speaker == "Acme Corp."


@pytest.mark.parametrize("text, who, kind", [
    # a role set before a name in apposition, for a later "the spokeswoman"
    ("A spokeswoman for the Port of Montreal, Renée Gauthier, said the strike had ended. “Ships are moving "
     "again,” the spokeswoman said.", "Renée Gauthier", "person"),
    # the description comes first and the name opens the next sentence
    ("“We will not back down,” the mayor said on Tuesday. Mayor Olivia Chow spoke after council rejected "
     "the transit plan.", "Olivia Chow", "person"),
    # "the statement" is the one the sentence before brought in, and speaks for who said it
    ("In a statement on Friday, the Canadian Medical Association said wait times were growing. “Patients "
     "are paying the price,” the statement said.", "Canadian Medical Association", "organisation"),
    # "the company" after a one-word name whose own "its" says it is an organisation
    ("Ubisoft cut 10 per cent of its workforce on Wednesday. “These decisions were difficult,” the company "
     "said in an email.", "Ubisoft", "organisation"),
    # a name in apposition closing an opening phrase is not what the sentence is about; "he" is
    ("Premier Wab Kinew defended the budget. Asked about the Progressive Conservative leader, Obby Khan, he "
     "smiled. “He has not read it,” he said.", "Wab Kinew", "person"),
])
def test_descriptions_found_around_the_quotation(text, who, kind):
    name, k, _ = speaker(text)
    assert (name, k) == (who, kind)


@pytest.mark.parametrize("text", [
    # an unnamed aide is nobody named later
    "Clinton will visit Charlotte on Sunday, according to a campaign aide. Donald Trump, her opponent, "
    "stayed in New York.",
    # a minister named later inside another clause is someone else
    "“Talks will resume,” the minister said, rejecting a call from opposition critic and former minister Ann Lee.",
    # a place's "its" makes no company
    "Paris raised its parking fees on Monday. “Drivers must adapt,” the company said.",
    # a sentence before that never named the speaker of "the statement"
    "The company issued a statement on Friday. “We will appeal the ruling,” the statement said.",
])
def test_descriptions_nobody_named_for_abstain(text):
    name, _, conf = speaker(text)
    assert name == "" and conf <= 0.5


@pytest.mark.parametrize("text, who, kind", [
    # a job or a nationality the title list lacks is not part of the name
    ("Quarterback Justin Herbert threw for 300 yards. “We left points on the field,” Herbert said.",
     "Justin Herbert", "person"),
    ("“We are making progress,” Australian Treasurer Jim Chalmers told the ABC.", "Jim Chalmers", "person"),
    # a given name after another stays whole
    ("“The vote was fair,” said Mary Ann Hughes, the county clerk.", "Mary Ann Hughes", "person"),
    # a news agency is an organisation
    ("According to the Canadian Press, the deal was signed late Sunday.", "Canadian Press", "organisation"),
    # an epithet of the person the story is about
    ("Dr. Bonnie Henry briefed reporters in Victoria. “We are not out of the woods,” the province’s top "
     "health official said.", "Bonnie Henry", "person"),
    # someone who speaks for an organisation: the organisation's words
    ("A spokesperson for Via Rail said trains would resume on Tuesday.", "Via Rail", "organisation"),
    ("Lawyers for Acme Mining said they would appeal the ruling.", "Acme Mining", "organisation"),
    # a title of an organisation followed by its holder's name: the holder speaks
    ("Director of the FBI Christopher Wray said the threat was growing.", "Christopher Wray", "person"),
])
def test_who_a_speaker_phrase_names(text, who, kind):
    name, k, _ = speaker(text)
    assert (name, k) == (who, kind)


@pytest.mark.parametrize("text", [
    # people of a place do not speak for it
    "Residents of Lytton say they are still waiting for help.",
    # a person's words through a lawyer or a spokesman are not that person's
    "Donald Trump met donors on Monday. A lawyer for Trump said the case was closed.",
    "A spokesman for Prime Minister Justin Trudeau said the trip was cancelled.",
    "“We will appeal,” a lawyer for the family said.",
    # an unnamed chief executive after an analyst is nobody named, not the analyst
    "Analyst Bob Lee said the shares fell. “We will recover,” the company’s chief executive said.",
    # an epithet with someone else named in between
    "Dr. Bonnie Henry briefed reporters after meeting Premier David Eby. “We are not out of the woods,” "
    "the province’s top health official said.",
])
def test_speaker_phrases_that_name_nobody(text):
    q = extract(text).quotes
    assert q, "the quotation is found"
    assert q[-1].speaker == "" and q[-1].confidence <= 0.5


# Error classes of the tenth session's held-out paragraphs (benchmarks/data/description_speakers.jsonl).
def _speakers(text: str) -> list[str]:
    return [q.speaker for q in extract(text).quotes]


def test_an_acronym_that_spells_a_pronoun_is_the_organisation():
    text = ("The World Health Organization (WHO) warned of a new wave of cholera cases. “The situation is "
            "deteriorating rapidly,” WHO said in a statement.")
    assert _speakers(text) == ["World Health Organization", "World Health Organization"]


def test_a_surname_that_is_also_a_job_is_the_person_named_before():
    text = ("Coach Sarah Nurse watched from the bench as her team lost 3-1. “We did not show up tonight,” Nurse "
            "said after the game.")
    assert _speakers(text) == ["Sarah Nurse"]


def test_the_spokesperson_speaks_for_whom_a_spokesperson_spoke_for_before():
    text = ("A spokesperson for Amazon said the company would appeal the fine. “We strongly disagree with the "
            "decision,” the spokesperson said.")
    assert _speakers(text) == ["Amazon", "Amazon"]
    # with nobody spoken for before, "the spokesperson" stays unnamed
    assert _speakers("“We strongly disagree with the decision,” the spokesperson said.") == [""]


def test_an_industry_noun_is_the_company_named_before():
    text = ("Toyota Motor Corp. raised its profit forecast. “Demand in North America remains strong,” chief "
            "financial officer Kenta Kon told analysts on a call. The automaker said it expected to sell 11 "
            "million vehicles this year.")
    assert _speakers(text) == ["Kenta Kon", "Toyota Motor Corp."]  # and "on a call" is no second quotation


def test_an_organisation_named_with_of_and_several_words():
    text = "According to the Bureau of Labor Statistics, the economy added 150,000 jobs in October."
    assert _speakers(text) == ["Bureau of Labor Statistics"]
    # a title after the name is the person's: "Bank of Canada Governor Tiff Macklem"
    assert _speakers("“The economy is slowing,” said Bank of Canada Governor Tiff Macklem.") == ["Tiff Macklem"]


def test_asking_not_to_be_named_is_no_quotation():
    text = "A neighbour, who asked not to be named, said she heard two shots."
    assert [q.text for q in extract(text).quotes] == ["she heard two shots"]
    text = "An official, speaking on condition of anonymity, said the talks had stalled."
    assert [q.text for q in extract(text).quotes] == ["the talks had stalled"]


def test_a_company_abbreviation_ends_its_name_not_the_sentence():
    text = "The union voted to strike. Ford Motor Co. said it was disappointed."
    assert _speakers(text) == ["Ford Motor Co."]


def test_an_apposition_that_opens_with_a_possessive():
    text = ("Dr. Theresa Tam, Canada's chief public health officer, said case counts were falling. “We are "
            "cautiously optimistic,” Tam said.")
    assert _speakers(text) == ["Theresa Tam", "Theresa Tam"]


def test_a_possessive_subject_names_its_owner():
    """"Ms. Lopez's voice cracked as she ...": the sentence is about Lopez, not "Lopez's"."""
    text = ("Ms. Lopez's voice cracked as she thanked the volunteers and urged residents to stay home. "
            "“Please be patient,” she said.")
    assert _speakers(text) == ["Lopez"]


# Error classes of the eleventh session's held-out paragraphs (benchmarks/data/description_speakers.jsonl).
def test_a_knight_or_dame_is_named_by_the_given_name():
    text = ("Dame Emma Walmsley, chief executive of GSK, presented the results. Dame Emma told investors the "
            "drug pipeline was the strongest in a decade.")
    assert _speakers(text) == ["Emma Walmsley"]
    text = "Keir Starmer met union leaders in Leeds. “We will fix the NHS,” Sir Keir said."
    assert _speakers(text) == ["Keir Starmer"]


def test_the_judge_after_a_justice():
    text = ("Justice Michael Tulloch delivered the ruling in Toronto. “The Crown has not met its burden,” the "
            "judge said.")
    assert _speakers(text) == ["Michael Tulloch"]


def test_a_company_named_with_an_industry_word_is_the_company():
    text = "United Airlines cancelled 300 flights on Friday. “Safety comes first,” the company said."
    assert _speakers(text) == ["United Airlines"]
    assert speaker("Rogers Communications said the outage was caused by a maintenance update.")[1] == "organisation"


def test_it_is_the_organisation_a_sentence_before_was_about():
    text = ("The Federal Reserve held its key rate steady on Wednesday. “Inflation remains elevated,” it said in "
            "a statement.")
    assert _speakers(text) == ["Federal Reserve"]
    # "its" after a person's name, or an adjective opening the sentence, names no organisation
    assert _speakers("Maria Lopez sold its shares. “We are done,” it said.") == [""]
    assert _speakers("Russian hackers stole its files. “We were breached,” it said.") == [""]


def test_an_employer_before_a_job_is_not_the_person():
    text = "Blue Jays manager John Schneider was blunt after the loss. “We did not hit,” he said."
    assert _speakers(text) == ["John Schneider"]
    text = "Tesla chief executive Elon Musk was defiant on Wednesday. “We will not back down,” he said."
    assert _speakers(text) == ["Elon Musk"]


def test_a_document_speaks_for_whoever_issued_it():
    assert _speakers("A report by Statistics Canada said rents rose 8 per cent in a year.") == ["Statistics Canada"]
    text = ("The study, published Monday by the Heart and Stroke Foundation, said one in three adults had high "
            "blood pressure. “Most of them do not know it,” the study said.")
    assert _speakers(text) == ["Heart and Stroke Foundation", "Heart and Stroke Foundation"]


def test_an_office_that_issues_a_report_is_no_person():
    """An office written like a name ("the Parliamentary Budget Officer") is an organisation;
    a person's name, with a given name known or not, stays a person."""
    text = ("Ottawa will run a deficit of $40 billion next year. A report by the Parliamentary Budget Officer said "
            "“the fiscal anchor is at risk.” A study by the Auditor General found that “the program failed.” "
            "A report by economist Jane Doe said “rates will fall.” A report by Thandiwe Nkosi said “costs rose.”")
    assert [(q.speaker, q.speaker_type) for q in extract(text).quotes] == [
        ("Parliamentary Budget Officer", "organisation"), ("Auditor General", "organisation"),
        ("Jane Doe", "person"), ("Thandiwe Nkosi", "person")]


def test_an_organisation_named_with_for():
    text = "The Institute for Fiscal Studies said taxes would reach a record high."
    assert _speakers(text) == ["Institute for Fiscal Studies"]


def test_the_outlet_told_is_not_the_content():
    text = "The bank will close 40 branches this year, chief executive Dave McKay told Reuters."
    x = extract(text).quotes
    assert [(q.text, q.speaker) for q in x] == [("The bank will close 40 branches this year", "Dave McKay")]


def test_unnamed_sources_are_quoted_with_nobody_named():
    text = "The deal could be announced as early as Friday, two people familiar with the talks said."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("The deal could be announced as early as Friday", "")]
    # whoever the sources are close to is not the speaker
    text = "Clinton spoke in Ohio. People close to Clinton said she would not debate again."
    assert _speakers(text) == [""]
    text = "Shell will cut jobs, according to people familiar with the plans."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("Shell will cut jobs", "")]


def test_the_company_whose_shares_moved():
    """Market stories name the company by its shares ("Shares of Nvidia fell"); a verb "shares"
    ("Saudi Arabia shares intelligence") names none."""
    text = "Shares of Nvidia fell 4 per cent after the company said it would miss its revenue target."
    assert _speakers(text) == ["Nvidia"]
    text = "Suncor shares jumped 6 per cent on Tuesday. The company said output reached a record."
    assert _speakers(text) == ["Suncor"]
    text = "Saudi Arabia shares intelligence with Washington. The government said the arrests were lawful."
    assert _speakers(text) == [""]


# Error classes of the eleventh session's third held-out set (British, Australian and wire styles).
def test_an_office_or_a_past_one_describes_the_person_the_text_is_about():
    text = ("Boris Johnson has defended his record on the economy. Speaking to the BBC’s Today programme, the "
            "former prime minister said the UK had “grown faster than France and Germany”.")
    # "has defended his record" is reported speech too (PolNeAR reads verbs of evaluation so)
    assert _speakers(text) == ["Boris Johnson", "Boris Johnson"]
    text = "Justin Trudeau toured the plant in Windsor. “This is good news,” the prime minister said."
    assert _speakers(text) == ["Justin Trudeau"]
    # nobody when the person the text is about holds another office, or someone else came up
    text = "Opposition leader Pierre Poilievre attacked the plan. “It is a scam,” the prime minister said."
    assert _speakers(text) == [""]
    text = "Anthony Albanese met Joe Biden in Washington. “We agreed on everything,” the president said."
    assert _speakers(text) == [""]
    # a job, not an office: the suspect is not the officer
    assert _speakers("John Smith was arrested on Monday. “He ran,” the officer said.") == [""]


def test_an_organisation_named_before_its_spokesperson():
    text = ("A Downing Street spokesperson said the prime minister had full confidence in the home secretary. "
            "“She is doing an excellent job,” the spokesperson added.")
    assert _speakers(text) == ["Downing Street", "Downing Street"]
    # a nationality or a person's spokesman names no organisation
    assert _speakers("A Chinese official said the talks had stalled.") == [""]
    assert _speakers("Cameron’s spokesman said the prime minister stood by his comments.") == [""]


def test_the_company_a_sentence_opens_with():
    text = "Amazon will hire 250,000 seasonal workers in the United States, the company said on Tuesday."
    assert _speakers(text) == ["Amazon"]
    text = ("Health Canada approved the vaccine for children aged six months and older. “The benefits outweigh the "
            "risks,” the department said in a statement.")
    assert _speakers(text) == ["Health Canada"]
    # a campaign belongs to someone; a person opening the sentence is no company
    assert _speakers("Prime Minister Justin Trudeau will visit Kyiv, the company said.") == [""]


def test_a_body_named_with_its_place_and_a_document_with_its_author():
    text = "Police in Manchester said two men had been arrested after a stabbing in the city centre."
    assert _speakers(text) == ["Manchester Police"]  # "Police" alone would make every force one speaker
    text = ("Narendra Modi met Xi Jinping at the summit. According to a statement from India’s foreign ministry, "
            "the two leaders agreed to keep the border calm.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("the two leaders agreed to keep the border calm", "India")]
    text = "The hospital said the patient was in stable condition."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("the patient was in stable condition", "")]


def test_a_nationality_an_age_or_what_a_person_is_known_for_describes_who_the_text_is_about():
    text = ("“The ball was in,” Novak Djokovic insisted after the match. The Serbian, who lost in four sets, "
            "said the line judge had made “a terrible mistake”.")
    assert _speakers(text) == ["Novak Djokovic", "Novak Djokovic"]
    text = "Sidney Crosby scored twice in the win. “We found our legs,” the 36-year-old said."
    assert _speakers(text) == ["Sidney Crosby"]
    text = "Greta Thunberg addressed the crowd in Stockholm. “You are stealing our future,” the activist said."
    assert _speakers(text) == ["Greta Thunberg"]
    # nobody when the sentence before is about two people, or about no one
    assert _speakers("John Smith and Maria Lopez spoke. The Canadian said the plan would fail.") == [""]
    assert _speakers("Protesters gathered outside. “We will not leave,” the activist said.") == [""]
    # a nationality before a body is no owner of it
    assert _speakers("“The curfew stays,” the Azerbaijani authorities said.") == [""]


# Error classes of the eleventh session's fourth held-out set.
def test_a_job_and_a_title_before_the_name_after_the_cue():
    text = ("Researchers at McMaster University tested the drug on mice. “We were surprised by how strong the "
            "effect was,” said lead author Dr. Priya Nair.")
    assert _speakers(text) == ["Priya Nair"]
    text = "“The decision was not taken lightly,” said Director-General Tedros Adhanom Ghebreyesus."
    assert _speakers(text) == ["Tedros Adhanom Ghebreyesus"]


def test_why_a_source_is_unnamed_and_its_article_are_no_content():
    text = "The talks will resume in Geneva next week, a senior U.S. official said on condition of anonymity."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("The talks will resume in Geneva next week", "")]
    text = "The talks will resume next week, the top U.S. diplomat said."
    assert [q.text for q in extract(text).quotes] == ["The talks will resume next week"]


def test_a_cue_noun_after_a_describing_word_is_no_cue():
    text = ("Environment Canada issued a heat warning for Toronto on Monday. Meteorologist Gerald Cheng said "
            "temperatures would feel like 40 C.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("temperatures would feel like 40 C", "Gerald Cheng")]


# Error classes of the eleventh session's fifth held-out set.
def test_names_with_an_ampersand_or_a_rank_in_apposition():
    text = ("Margaret Atwood died on Tuesday at 86. Her publisher, McClelland & Stewart, said she died peacefully "
            "at home.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("she died peacefully at home", "McClelland & Stewart")]
    text = ("A spokesman for the Israel Defense Forces, Lt. Col. Peter Lerner, said troops had entered the area "
            "overnight. The army said it had destroyed several tunnels.")
    assert _speakers(text) == ["Peter Lerner", "Israel Defense Forces"]


def test_analysts_at_a_firm_and_a_bank_named_with_of():
    text = "Apple unveiled a foldable iPhone. Analysts at Wedbush said the phone could sell 20 million units."
    assert _speakers(text) == ["Wedbush"]
    text = ("The Bank of England cut interest rates on Thursday. The bank said inflation was expected to rise "
            "slightly next year.")
    assert _speakers(text) == ["Bank of England"]


def test_a_relative_named_by_the_given_name_alone():
    text = "Serena Williams retired on Friday. Her sister Venus said she was proud beyond words."
    assert _speakers(text) == ["Venus Williams"]
    text = "Justin Trudeau spoke first. His brother Alexandre said the family was proud."
    assert _speakers(text) == ["Alexandre Trudeau"]


def test_a_sum_added_is_no_remark():
    text = "Eskom, the state power utility, said it had added 2,000 megawatts to the grid."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("it had added 2,000 megawatts to the grid", "Eskom")]
    # the report speaks ("…, records show." is an attribution in all 11 PolNeAR articles that have it); "added" does not
    assert [(q.text, q.speaker) for q in extract("The economy added 255,000 jobs in July, the report showed.").quotes] == [
        ("The economy added 255,000 jobs in July", "")]


def test_names_with_lowercase_particles_are_whole():
    text = ("European Commission President Ursula von der Leyen said the EU would respond. “We are ready,” von der "
            "Leyen said.")
    assert _speakers(text) == ["Ursula von der Leyen", "Ursula von der Leyen"]
    assert _speakers("“We are ready,” said Ursula von der Leyen.") == ["Ursula von der Leyen"]
    text = "Crown Prince Mohammed bin Salman said the kingdom would invest $600 billion."
    assert _speakers(text) == ["Mohammed bin Salman"]
    # a lowercase "de" outside a name stays in the content
    assert [q.text for q in extract("The minister said de facto control had passed to the army.").quotes] == [
        "de facto control had passed to the army"]


def test_a_job_of_any_ending_between_a_description_and_the_name():
    """"says Olympic gymnast Simone Biles": the job noun need not end like "cartoonist"; a verb
    ("Time Magazine chose German Chancellor Angela Merkel") or a plural ("Trailing contenders Ted
    Cruz and John Kasich") between the words is no job."""
    text = "“It was the hardest year of my life,” says Olympic gymnast Simone Biles, who withdrew in Tokyo."
    assert _speakers(text) == ["Simone Biles"]
    text = "“We did not see it coming,” said Republican party boss Reince Priebus on Sunday."
    assert _speakers(text) == ["Reince Priebus"]
    text = "Time Magazine chose German Chancellor Angela Merkel as its “Person of the Year” on Wednesday."
    assert "Angela Merkel" not in _speakers(text)


def test_a_party_member_described_by_state_is_the_person_the_text_is_about():
    text = ("Sen. John Fetterman broke with his party on the vote. “I’m not going to apologize for supporting "
            "Israel,” the Pennsylvania Democrat told reporters.")
    assert _speakers(text) == ["John Fetterman"]
    # nobody named before: abstain rather than name "Texas Republican"
    assert _speakers("“We will win this seat,” the Texas Republican said.") == [""]


def test_the_company_whose_officer_spoke():
    """"Google’s vice president of regulatory affairs" makes Google an organisation the text
    names, for a later "the company"; a country's minister does not make a company."""
    text = ("Google is appealing the ruling. “We disagree with the court’s decision,” Lee-Anne Mulholland, "
            "Google’s vice president of regulatory affairs, said in a blog post. The company said it would "
            "continue to offer its services.")
    assert _speakers(text) == ["Lee-Anne Mulholland", "Google"]
    text = ("Talks stalled on Monday. “We are far apart,” said Mark Carney, Canada’s prime minister. The company "
            "said it would wait.")
    assert _speakers(text) == ["Mark Carney", ""]


def test_a_peerage_title_is_the_person_the_text_is_about():
    text = ("Prince Harry arrived at the High Court on Tuesday. The Duke of Sussex told the court that the "
            "tabloids had “blood on their hands.”")
    assert _speakers(text) == ["Prince Harry"]
    # nobody to point to: the title names the person (not "Sussex"), as "The Prince of Wales" does
    assert _speakers("“We will fight on,” the Duke of Sussex said.") == ["Duke of Sussex"]
    text = "Jane Goodall has died at 91. The Prince of Wales described her as “a true pioneer.”"
    assert _speakers(text) == ["Prince of Wales"]


def test_the_hospital_is_the_one_named_with_that_word():
    """"The hospital said" after "St. Michael’s Hospital", though an outlet ("CBC News") was named since."""
    text = ("Jasmine Tran, a nurse at St. Michael’s Hospital, said staff were exhausted. “We are running on "
            "empty,” Tran told CBC News. The hospital said it was hiring 200 nurses.")
    assert _speakers(text) == ["Jasmine Tran", "Jasmine Tran", "St. Michael’s Hospital"]
    text = "Students at the University of Toronto walked out. The university said classes would resume."
    assert _speakers(text) == ["University of Toronto"]


def test_a_name_with_its_alias_after_it():
    """"Transport for London (TfL) said": the whole name, not the place inside it; a party or a
    state in parentheses after a person is no alias of theirs."""
    text = ("Transport for London (TfL) said the strike would close most of the Underground. “Please plan "
            "ahead,” TfL said on its website.")
    assert _speakers(text) == ["Transport for London", "Transport for London"]
    text = "Jagmeet Singh (NDP) said the bill would pass. The NDP said it would vote no."
    assert _speakers(text) == ["Jagmeet Singh", "NDP"]
    assert _speakers("Sen. John Cornyn (R-Texas) told reporters the bill would pass.") == ["John Cornyn"]


def test_given_names_of_younger_people_have_a_gender():
    """Given names common in births since 2000 (and "Harry") are in the shipped list: "she"
    after "Harry Kane met Jasmine Tran" is Tran, and "he" after "Ella Hart met Luke Ward" is Ward."""
    text = "Harry Kane met Jasmine Tran at the rally. “We have waited long enough,” she said."
    assert _speakers(text) == ["Jasmine Tran"]
    text = "Ella Hart met Luke Ward at the rally. “We have waited long enough,” he said."
    assert _speakers(text) == ["Luke Ward"]


def test_she_prefers_the_woman_of_two_named_together():
    """Two people open the sentence, one known to be a woman and one whose gender no list gives:
    "she" is the woman, not the last named."""
    text = "Jasmine Tran and Alex Moreno spoke at the rally. “We have waited long enough,” she said."
    assert _speakers(text) == ["Jasmine Tran"]
    # with nobody known to be a woman, the last named who may be one, as before
    text = "Alex Moreno and Daniel Park met reporters. “We will decide by Friday,” she said."
    assert _speakers(text) == ["Alex Moreno"]


def test_an_apposition_name_with_a_particle():
    """"The city’s chief medical officer, Dr. Eileen de Villa, urged residents": the apposition,
    particle and all, is the subject (it was read as content before an inverted cue, with
    "residents" for the speaker)."""
    text = ("The city’s chief medical officer, Dr. Eileen de Villa, urged residents to get vaccinated. “The best "
            "time to get your shot is now,” de Villa said.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("residents to get vaccinated", "Eileen de Villa"), ("The best time to get your shot is now", "Eileen de Villa")]


def test_a_name_known_by_the_word_before_its_particle():
    """"Lula said" after "Brazil’s President Luiz Inácio Lula da Silva": the country's possessive
    before a title is no name, and the word before "da" is what the name is known by."""
    text = ("Brazil’s President Luiz Inácio Lula da Silva told the UN General Assembly that rich countries had "
            "failed the planet. “The bill for climate change has arrived,” Lula said.")
    assert _speakers(text) == ["Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"]


def test_a_nationality_describing_the_player_the_text_is_about():
    text = ("Carlos Alcaraz won his second Wimbledon title on Sunday. “I dreamed about this as a kid,” the "
            "Spanish star said.")
    assert _speakers(text) == ["Carlos Alcaraz"]
    text = "Kylian Mbappé joined the club on Monday. “It’s a dream come true,” the French striker said."
    assert _speakers(text) == ["Kylian Mbappé"]
    # a nationality before an office is someone else's office
    text = ("In Mexico City, Trump endured a lecture from the Mexican president, who said that NAFTA had been "
            "good for both countries.")
    assert "Donald Trump" not in _speakers(text) and "Trump" not in _speakers(text)


def test_a_national_body_is_named_as_written():
    """"The Israeli military said": a nationality is nobody's name."""
    text = ("The Israeli military said it had struck more than 40 targets overnight. The Chinese foreign ministry "
            "said the visit was provocative.")
    assert [(q.speaker, q.speaker_type) for q in extract(text).quotes] == [
        ("Israeli military", "organisation"), ("Chinese foreign ministry", "organisation")]


def test_a_description_then_its_name_in_apposition():
    text = ("The union representing the nurses, the Ontario Nurses’ Association, said its members would strike "
            "on Monday.")
    assert _speakers(text) == ["Ontario Nurses’ Association"]
    assert _speakers("Hugh Hill, the doctor, said the clinic was full.") == ["Hugh Hill"]


def test_the_province_is_the_one_the_text_named():
    text = ("The union representing the nurses, the Ontario Nurses’ Association, said its members would strike "
            "on Monday. The province said it was disappointed.")
    assert _speakers(text) == ["Ontario Nurses’ Association", "Ontario"]
    # no province named: nobody, not the last organisation
    assert _speakers("Acme Corp. cut 200 jobs. The province said it would appeal.")[-1] == ""


def test_the_name_after_a_possessor_and_a_role_speaks():
    """"said Nicolás Maduro’s main challenger, Edmundo González": the challenger, not Maduro;
    "noted that Cruz’s campaign manager, Jeff Roe, is ..." is content, not a speaker."""
    text = "“The elections were neither free nor fair,” said Nicolás Maduro’s main challenger, Edmundo González, from exile."
    assert _speakers(text) == ["Edmundo González"]
    assert _speakers("“We will appeal,” said Trump’s lawyer, Rudy Giuliani.") == ["Rudy Giuliani"]
    assert _speakers("“We will appeal,” said Trump’s lawyer.") == [""]


def test_an_office_holders_office_speaks_for_the_country():
    text = "Israel’s prime minister’s office said it was studying the response."
    assert [(q.speaker, q.speaker_mention) for q in extract(text).quotes] == [
        ("Israel", "Israel’s prime minister’s office")]


def test_a_group_in_an_organisation_speaks_unnamed():
    text = "Officials in the administration said the plan was dead."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("the plan was dead", "")]


def test_the_opposition_speaks_unnamed():
    text = ("Venezuela’s electoral council declared Maduro the winner. The opposition said its own tallies "
            "showed González had won by a wide margin.")
    assert [(q.speaker, q.speaker_mention) for q in extract(text).quotes] == [
        ("Venezuela", "Venezuela’s electoral council"), ("", "The opposition")]


def test_an_event_named_with_a_nationality_is_nobody():
    """"the Dutchman" after "Max Verstappen won the Japanese Grand Prix": the race is no other person."""
    text = ("Max Verstappen won the Japanese Grand Prix from pole. “The car was unbelievable today,” the "
            "Dutchman said.")
    assert _speakers(text) == ["Max Verstappen"]


def test_a_plural_abbreviation_is_people_of_a_kind():
    text = "Labour MPs said privately that the budget had gone badly."
    assert [(q.speaker, q.speaker_mention) for q in extract(text).quotes] == [("", "Labour MPs")]


def test_a_short_form_of_a_company_named_before_is_that_company():
    """Business pages name a company once in full and then by its first word or initials: "Drexel
    said", "A GM spokesman said". One organisation, one canonical name."""
    text = ("In a statement, General Motors Corp. said the recall covers 1.2 million cars built between 1985 and "
            "1987. A GM spokesman said no injuries had been reported.")
    assert _speakers(text) == ["General Motors Corp.", "General Motors Corp."]
    text = ("A federal judge refused to dismiss the case against Drexel Burnham Lambert Inc. on Tuesday. "
            "Drexel said it would appeal the ruling.")
    assert _speakers(text) == ["Drexel Burnham Lambert Inc."]
    # a surname is no company's first word: the Clinton campaign is not the Clinton Foundation's
    text = ("The Clinton Foundation released its tax returns on Friday. Hillary Clinton spoke in Ohio. "
            "The Clinton campaign said the returns showed nothing new.")
    assert _speakers(text)[-1] != "Clinton Foundation"


def test_a_name_joined_by_and_is_one_organisation():
    assert _speakers("The Securities and Exchange Commission said the officers had lied to auditors.") == [
        "Securities and Exchange Commission"]
    assert _speakers("Japan’s Ministry of International Trade and Industry said exports rose 8% in September.") == [
        "Ministry of International Trade and Industry"]
    # two people, or a person after an institution, stay apart
    assert _speakers("Clinton and Sanders said they would debate again in April.") == ["Sanders"]
    text = ("A study by Thomas Covert of the University of Chicago and Professor Knittel concluded that oil "
            "would have to cost $350 a barrel.")
    assert _speakers(text) == ["Knittel"]


def test_a_public_body_is_not_the_company_named_last():
    """"The agency said" after the SEC charged officers of a company: the agency, not the company."""
    text = ("The Securities and Exchange Commission charged three former officers of Crazy Eddie Inc. with "
            "inflating the retailer’s profits. The agency said the officers created phony inventory worth $65 million.")
    assert _speakers(text) == ["Securities and Exchange Commission"]


def test_the_concern_and_a_company_spokeswoman_speak_for_the_company():
    text = ("Consolidated Freightways Inc. posted a third-quarter loss of $12.5 million. The trucking concern "
            "said higher fuel costs and a strike at its Canadian unit hurt results. “We expect the fourth "
            "quarter to be better,” a company spokeswoman said.")
    assert _speakers(text) == ["Consolidated Freightways Inc.", "Consolidated Freightways Inc."]
    text = ("Japan’s Ministry of Finance said exports rose 8% in September. A ministry official said the figures reflected "
            "strong demand for cars.")
    assert _speakers(text) == ["Ministry of Finance", "Ministry of Finance"]


def test_plural_people_of_a_trade_are_nobody_named():
    text = ("“There’s just no buying interest out there,” said Richard Hayes, a trader. Traders said program "
            "selling accelerated the decline. Economists in Tokyo said the yen’s weakness was the main cause.")
    assert _speakers(text) == ["Richard Hayes", "", ""]


def test_one_of_a_group_speaks_unnamed():
    assert [(q.text, q.speaker) for q in extract("A lawyer for one of the men said his client would fight the "
                                                 "charges.").quotes] == [("his client would fight the charges", "")]


def test_a_generation_suffix_is_part_of_the_name():
    """"Charles Keating Jr." speaks (the dot is no sentence end), keeps his "Jr." (Donald Trump Jr.
    is not his father) and is who "Mr. Keating" means."""
    text = ("Charles Keating Jr., the thrift’s former chairman, said the seizure was “an outrage.” Mr. Keating "
            "said he would sue the regulators.")
    assert _speakers(text) == ["Charles Keating Jr.", "Charles Keating Jr."]
    text = "Donald Trump spoke on Monday. His son Donald Jr. said the delegates had delivered the votes."
    assert _speakers(text) == ["Donald Trump Jr."]
    text = "Donald Trump Jr. spoke first. Donald Trump said the delegates had delivered. Mr. Trump said more was coming."
    assert _speakers(text)[-1] == "Donald Trump"


def test_it_is_never_a_person():
    text = ("Twitter suspended 125,000 accounts on Friday. James B. Comey Jr. said in December that the "
            "bureau was watching. “We have worked with groups that counter extremist messages,” it said.")
    assert _speakers(text) == ["James B. Comey Jr.", ""]
    text = ("The Justice Department said on Friday that 125,000 accounts were suspended. James B. Comey Jr. said "
            "in December that the bureau was watching. “We have worked with groups that counter extremist "
            "messages,” it said.")
    assert _speakers(text)[-1] == "Justice Department"


def test_a_participle_after_a_conjunction_and_a_time_opener():
    """"But a few days later, Trump reversed himself, telling CBS that ...": Trump speaks, though
    the sentence opens with a conjunction before its adverbial."""
    text = ("Supporters cheered Trump in Iowa on Monday. But a few days later, Trump reversed himself yet again, "
            "telling CBS that the laws on abortion “are set… And I think we have to leave it that way.”")
    assert _speakers(text) == ["Trump"]


def test_a_pronoun_with_a_contraction_is_the_pronoun():
    """"He's said he gets his ideas from ...": a pronoun, never a person named "He"."""
    text = ("Just look at House Speaker Paul D. Ryan. He's said he gets his ideas about monetary policy from a "
            "speech in a novel.")
    assert _speakers(text) == ["Paul D. Ryan"]


def test_a_spokesman_somewhere_speaks_for_his_company():
    text = ("Sony Corp. agreed to acquire Columbia Pictures Entertainment Inc. for $3.4 billion. A Sony spokesman "
            "in Tokyo said the company would keep Columbia’s management.")
    assert _speakers(text) == ["Sony Corp."]


def test_the_title_word_before_a_name_describes_its_holder_later():
    text = ("Treasury Secretary Nicholas Brady said the administration would oppose any new tax on securities "
            "trades. The Treasury chief told a House panel that such a tax would drive trading overseas.")
    assert _speakers(text) == ["Nicholas Brady", "Nicholas Brady"]


def test_officials_of_a_body_speak_for_it_and_of_a_country_for_nobody():
    text = ("“I’m not going to speculate,” said Jack Kemp, secretary of Housing and Urban Development. HUD "
            "officials said the agency had referred 15 cases to the Justice Department.")
    assert _speakers(text) == ["Jack Kemp", "HUD"]
    assert _speakers("Chinese officials said the talks had been useful.") == [""]
    assert _speakers("U.S. officials said the talks had been useful.") == [""]
    # a common noun opening the sentence is no body's name
    assert _speakers("Administration officials said the talks had been useful.") == [""]


def test_a_roman_numeral_generation_and_initials_in_apposition():
    text = ("American Express Co.’s chairman, James D. Robinson III, said the company would take a $100 million "
            "charge. Mr. Robinson said the charge reflected losses at its Shearson unit.")
    assert _speakers(text) == ["James D. Robinson III", "James D. Robinson III"]


def test_military_ranks_are_abbreviations_of_a_title():
    text = ("A Pentagon spokesman, Maj. Gen. Pat Ryder, said the strikes had hit their targets. Iran’s foreign "
            "ministry condemned the attack.")
    assert _speakers(text) == ["Pat Ryder", "Iran"]  # "condemned the attack" reports speech, as PolNeAR reads it


def test_officials_with_a_body_speak_for_it():
    text = ("Officials with the National Weather Service said the storm could bring up to a foot of snow. The "
            "agency urged residents to stay off the roads.")
    assert _speakers(text) == ["National Weather Service", "National Weather Service"]


def test_an_organisation_word_inside_a_name():
    assert _speakers("Major League Baseball said the game was postponed because of rain.") == ["Major League Baseball"]
    assert _speakers("The Premier League said the game was postponed because of rain.") == ["Premier League"]


def test_a_clause_subject_with_a_generation_speaks():
    text = ("Adm. Harry B. Harris Jr., who leads the United States Pacific Command, makes no apologies for accusing "
            "the Chinese of militarizing disputed waters.")
    assert _speakers(text) == ["Harry B. Harris Jr."]


def test_the_cm_and_pm_are_the_minister_named_before():
    text = ("Chief Minister Yogi Adityanath told reporters that the state had recorded no new cases. The CM also "
            "said schools would reopen next week.")
    assert _speakers(text) == ["Yogi Adityanath", "Yogi Adityanath"]
    text = ("Prime Minister Narendra Modi on Sunday said the government would double farmers’ income. “We have "
            "taken many steps,” PM Modi said at a rally in Varanasi.")
    assert _speakers(text) == ["Narendra Modi", "Narendra Modi"]


def test_a_family_name_written_first():
    """"Mr Ong" after "Ong Ye Kung": Chinese, Korean and Singaporean names put the family name first."""
    text = ("Singapore’s Health Minister Ong Ye Kung said on Tuesday that the country would not reimpose "
            "restrictions. Mr Ong said hospitals had enough capacity.")
    assert _speakers(text) == ["Ong Ye Kung", "Ong Ye Kung"]
    # a headline's capitalised words are no one's name
    text = "Obama Sees Personal Insult in Vote\nMr. Obama said the ballot carried his record."
    assert _speakers(text) == ["Obama"]


def test_the_newspaper_is_the_paper_that_spoke():
    text = ("The Straits Times reported that the man, 34, had been charged with fraud. He is expected to plead "
            "guilty, the newspaper said.")
    assert _speakers(text) == ["Straits Times", "Straits Times"]
    # a news agency is no newspaper
    text = ("The Associated Press reported that the man had been charged. He is expected to plead guilty, the "
            "newspaper said.")
    assert _speakers(text)[-1] != "Associated Press"


def test_a_country_owning_a_name_is_not_part_of_it():
    text = ("South Africa’s Eskom said it would suspend power cuts over the weekend. The state utility said its "
            "generation fleet had improved.")
    assert _speakers(text) == ["Eskom", "Eskom"]


def test_a_company_named_with_its_possessive():
    assert _speakers("Last month, rival Sainsbury’s said it would cut 3,000 jobs.") == ["Sainsbury’s"]
    # an owner's "’s" before a noun cue stays the owner's
    assert _speakers("Trump’s claim that he won was false, the Times said.")[0] != "Trump’s"


def test_people_say_inside_a_reduced_relative_clause():
    text = ("Britain’s finance minister raised employers’ contributions in October, a move retailers say will add "
            "billions to their costs.")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("will add billions to their costs", "")]


def test_the_office_of_the_person_who_spoke_in_the_paragraph_before():
    """"the prime minister" in the next paragraph, after an opener that names a place."""
    text = ("Keir Starmer has insisted the government will not “take the easy way out” on welfare reform.\n\n"
            "Speaking at a factory in the West Midlands on Thursday, the prime minister said the system was "
            "“broken” and needed to change.")
    assert _speakers(text) == ["Keir Starmer", "Keir Starmer"]


def test_long_names_before_a_description():
    text = ("A Department for Work and Pensions spokesperson said: “We are committed to supporting people into "
            "work.” The Resolution Foundation thinktank said the changes could leave 700,000 households worse off.")
    assert _speakers(text) == ["Department for Work and Pensions", "Resolution Foundation"]


def test_a_local_dateline_and_police_before_a_force_is_named():
    """The lede's "police said" is the force the next paragraph names (the fifteenth session's
    lede rule; before it, nobody). Further on, with no force named after it, it stays nobody."""
    text = ("SPRINGFIELD, Ill. (WICS) — Two people were killed in a shooting outside a downtown bar early Sunday, "
            "police said.\n\nOfficers were called to the 300 block of South Fifth Street around 1:45 a.m., "
            "according to a news release from the Springfield Police Department.")
    quotes = extract(text).quotes
    assert quotes[0].text == "Two people were killed in a shooting outside a downtown bar early Sunday"
    assert [q.speaker for q in quotes] == ["Springfield Police Department"] * 2
    assert quotes[0].confidence < quotes[1].confidence
    assert quotes[1].text.startswith("Officers were called")
    later = ("A bar owner said the street had been quiet for years.\n\nHe said he had called for more patrols.\n\n"
             "The city agreed to add lights.\n\nTwo people were killed in a shooting outside the bar, police said.")
    assert _speakers(later)[-1] == ""


def test_an_opening_adverbial_of_place_before_a_participle():
    text = ("Bob Menendez was sentenced on Monday. Outside the courthouse, Menendez blamed the Justice Department, "
            "saying he had been targeted for his politics.")
    assert _speakers(text) == ["Bob Menendez"]


def test_an_honorific_chooses_between_two_people_of_one_surname():
    text = ("Bill Clinton spoke first. Hillary Clinton spoke next. Mrs. Clinton said she would win the nomination. "
            "Mr. Clinton said he agreed with the plan.")
    assert _speakers(text) == ["Hillary Clinton", "Bill Clinton"]


def test_a_person_of_a_state_or_an_institution():
    text = ("Senator Joe Manchin III of West Virginia said on Sunday that he would not support the bill. “I cannot "
            "vote for it,” Mr. Manchin said. The senator said he had tried everything.")
    assert _speakers(text) == ["Joe Manchin III"] * 3
    assert _speakers("Robert Gordon of Northwestern University said workers were harder to replace.") == ["Robert Gordon"]
    # an office or a body "of" somewhere is no person
    assert _speakers("The Bank of Canada said rates would rise in the spring.") == ["Bank of Canada"]


def test_a_manner_and_a_place_are_no_content():
    assert extract("The White House responded with unusual sharpness.").quotes == ()
    text = "Mr. Manchin, a conservative Democrat in a state that Donald J. Trump won by 40 points, has long doubted the bill."
    assert extract(text).quotes == ()


def test_data_closing_a_sentence_report_it():
    text = "The UK's inflation rate has fallen to 2.3%, its lowest level in nearly three years, official figures show."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("The UK's inflation rate has fallen to 2.3%, its lowest level in nearly three years", "")]


def test_an_apposition_then_a_relative_clause():
    text = ("Dr Daniel Bailey, a reader in sedentary behaviour at Brunel University, who was not involved in the "
            "study, said the findings were “reassuring”.")
    assert _speakers(text) == ["Daniel Bailey"]


def test_an_age_for_the_person_titled_otherwise():
    text = ("Brighton head coach Fabian Hurzeler praised his players’ resilience. “To come here and get a point "
            "shows how far we have come,” the 31-year-old said.")
    assert _speakers(text) == ["Fabian Hurzeler", "Fabian Hurzeler"]  # "praised his players’ resilience" too


def test_a_cue_word_as_a_noun_after_a_name():
    text = ("Apple said on Thursday that iPhone sales rose 6% in the September quarter, beating Wall Street "
            "estimates, as demand held up in China.")
    assert [q.speaker for q in extract(text).quotes] == ["Apple"]


def test_a_quotation_after_a_participle_is_the_participles():
    text = ("Prime Minister Mark Carney defended the spending plan, saying it would “build the strongest economy in "
            "the G7.”")
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [
        ("build the strongest economy in the G7.", "Mark Carney")]


def test_a_text_reads_for_whoever_issued_it():
    text = "Acme Corp. issued a statement on Monday. “We regret the error,” the statement read."
    assert _speakers(text) == ["Acme Corp."]
    text = "The Cruz campaign sent a fundraising email Wednesday. “Friend, let me be blunt,” the email read."
    assert _speakers(text) == ["Cruz campaign"]
    # a person who reads a report says nothing
    assert extract("He read the report carefully before the vote on Friday.").quotes == ()


def test_a_state_and_an_office_for_the_person_the_text_ties_to_that_state():
    text = "Sen. Marco Rubio (R-Fla.) spoke in Iowa on Monday. “We will win,” the Florida senator said."
    assert _speakers(text) == ["Marco Rubio"]
    # nothing ties Sanders to Florida: nobody rather than the wrong senator
    text = "Sen. Bernie Sanders spoke in Florida on Monday. “We will win,” the Florida senator said."
    assert _speakers(text) == [""]


def test_a_spokesperson_for_the_company_named_before():
    text = ("Ticketmaster said it had received more than 2 million requests for tickets. A spokesperson for the "
            "company said a verified fan system would be used.")
    assert _speakers(text) == ["Ticketmaster", "Ticketmaster"]


def test_a_description_in_the_paragraph_after_the_lede():
    text = ("Taylor Swift has added three more dates to her tour in London.\n\nThe singer said in an Instagram post "
            "that she was “beyond grateful” for the support of her fans.")
    assert _speakers(text) == ["Taylor Swift"]


def test_a_press_release_dateline_and_today():
    text = ("TORONTO, June 3, 2025 /CNW/ - Northwind Energy Inc. (TSX: NWE) today announced that it has closed its "
            "acquisition of Bluewater Solar Ltd. for $410 million.")
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Northwind Energy Inc."]
    assert all(not c.text.startswith("TORONTO") for c in extract(text).claims)


def test_police_is_the_force_the_text_named():
    text = "Greater Manchester Police opened an inquiry. Police said two people were hurt in the crash."
    assert _speakers(text) == ["Greater Manchester Police"]
    # with no force named, "Police" as written (PolNeAR's annotators name it so)
    assert _speakers("Police said two people were hurt in the crash on the M60.") == ["Police"]


def test_a_document_finds_or_shows_without_that():
    """"The poll showed Trump leading ...": an attribution in 39 of 40 such PolNeAR sentences."""
    text = "The latest Reuters/Ipsos poll showed Trump leading the field with 31 percent of Republican voters."
    assert [q.text for q in extract(text).quotes] == ["Trump leading the field with 31 percent of Republican voters"]
    text = "One poll shows Ted Cruz 16 points ahead of Trump in Indiana."
    assert [(q.text, q.speaker) for q in extract(text).quotes] == [("Ted Cruz 16 points ahead of Trump in Indiana", "")]


def test_plural_offices_a_family_and_letters_after_a_name():
    text = "“The grounds of appeal are not arguable,” the judges said in their ruling on Thursday."
    assert _speakers(text) == [""]
    text = ("Her barrister, Benjamin Myers KC, had argued that new expert evidence cast doubt on the convictions. "
            "Letby’s family said in a statement that they were “devastated.”")
    assert _speakers(text) == ["Benjamin Myers", ""]


def test_no_apposition_is_read_inside_a_quotation():
    text = ("“For rank-and-file teachers, he’s saying a lot of the right things” about fixing inequality, said Marla "
            "Kilfoyle, executive director of the activist group Badass Teachers Association.")
    assert _speakers(text) == ["Marla Kilfoyle"]


def test_the_group_is_the_body_that_spoke_last():
    text = ("Israel’s military says it has killed a senior Hezbollah commander in Tyre. Hezbollah confirmed that he "
            "had been killed but did not say how. The group later said it had fired dozens of rockets in response.")
    assert _speakers(text) == ["Israel", "Hezbollah", "Hezbollah"]


def test_a_brand_in_camel_case_is_one_word_and_the_company_it_names():
    text = ("OpenAI on Tuesday released a new version of its ChatGPT app that can see, hear and speak.\n\nThe company "
            "said the model, called GPT-5, made fewer factual errors than its predecessor.")
    assert _speakers(text) == ["OpenAI"]


def test_a_relative_named_in_apposition():
    text = ("Ms. Rodriguez, a 34-year-old nurse, said she was voting for the first time. Her husband, Luis, said he "
            "was not.")
    assert _speakers(text) == ["Rodriguez", "Luis Rodriguez"]


def test_a_title_modifier_ending_a_name_and_a_passive_cue():
    assert _speakers("Environmental Defence called the plan “a boondoggle.”") == ["Environmental Defence"]
    # asked, told: the subject hears, it does not speak
    assert extract("Harbaugh was asked about his quarterback’s injury after the game.").quotes == ()


def test_thanking_with_a_quotation_is_speech():
    text = ("It has become such a presence on the trail that Sanders during a Sunday thanked its members “for their "
            "support in my campaign” and called it a movement.")
    assert _speakers(text) == ["Sanders"]


def test_a_long_dateline_line_is_no_headline_and_a_channel_before_that():
    """"Yoon said" after "SEOUL, Dec 3 (Reuters) - South Korean President Yoon Suk Yeol declared
    ...": the family name first, though the line opens in capitals; "in a televised address" is
    how, not what."""
    text = ("SEOUL, Dec 3 (Reuters) - South Korean President Yoon Suk Yeol declared emergency martial law on Tuesday, "
            "saying the country needed protecting.\n\nYoon said in a televised address that the opposition had "
            "paralysed the government.")
    quotes = extract(text).quotes
    assert quotes[-1].speaker == "Yoon Suk Yeol"
    assert quotes[-1].text == "the opposition had paralysed the government"


def test_the_four_time_mvp_is_the_player_the_text_is_about():
    text = ("LeBron James scored 32 points as the Lakers beat the Warriors on Saturday.\n\n“We just kept fighting,” "
            "James said. The four-time MVP added that the team’s defense had “finally clicked.”")
    assert _speakers(text) == ["LeBron James", "LeBron James"]


def test_the_subject_of_a_clause_opened_by_after_speaks():
    """"The dollar fell after the Federal Reserve held rates and said ...": the subordinate
    clause's subject, not the sentence's (without a comma "and" joins the nearer verb); a clause
    without a named subject leaves the main one."""
    text = ("The US dollar fell to a three-month low on Thursday after the Federal Reserve held rates and said it "
            "could cut them in September.")
    assert _speakers(text) == ["Federal Reserve"]
    assert _speakers("Senator Smith left the room after the vote and said the count was rigged.") == ["Smith"]


def test_the_family_of_someone_unnamed_is_nobody_named():
    text = "Police found the car on Friday. The family of the victim said in a statement that they were “heartbroken.”"
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("", "The family of the victim")]
    # named after someone, the family is still not that person
    text = "The family of Breonna Taylor said in a statement that they were heartbroken by the ruling."
    assert [(q.speaker, q.speaker_mention) for q in extract(text).quotes] == [("", "The family of Breonna Taylor")]


def test_an_industry_maker_is_the_company_and_the_lawmaker_the_legislator():
    """"the planemaker" after "Shares of Boeing", "The drugmaker" after Pfizer; "The lawmaker"
    after "Sen. Ron Wyden" (any member of a legislature), not after a mayor."""
    assert _speakers("Shares of Boeing fell 3% after the planemaker said deliveries slowed in the third quarter.") == [
        "Boeing"]
    assert _speakers("Pfizer cut its forecast on Tuesday. The drugmaker said demand for its COVID-19 vaccine had "
                     "fallen.") == ["Pfizer"]
    assert _speakers("Sen. Ron Wyden spoke first. The lawmaker said the bill was dead.") == ["Ron Wyden"]
    assert _speakers("Mayor Eric Adams spoke first. The lawmaker said the bill was dead.") == [""]


def test_a_name_in_apposition_after_a_role_and_dotted_initials_after_the_cue():
    """"said the U.N. secretary-general, António Guterres": the name, not the body the role
    belongs to; "said U.N. Secretary-General António Guterres" reads on past "U.N."; "said the
    company, which ..." is still the company."""
    assert _speakers("“There is no military solution,” said the U.N. secretary-general, António Guterres.") == [
        "António Guterres"]
    assert _speakers("“There is no military solution,” said the U.S. ambassador, Linda Thomas-Greenfield, on "
                     "Monday.") == ["Linda Thomas-Greenfield"]
    assert _speakers("“There is no military solution,” said U.N. Secretary-General António Guterres.") == [
        "António Guterres"]
    assert _speakers("“We are ready,” said U.S. Trade Representative Katherine Tai on Monday.") == ["Katherine Tai"]
    assert _speakers("Acme Corp. sued in May. “We will appeal,” said the company, which makes the drug.") == [
        "Acme Corp."]


def test_dotted_initials_and_acronyms_keep_their_last_full_stop():
    """Names as the text writes them: "Rep. G.K. Butterfield" is G.K. Butterfield, not "G.K
    Butterfield"; "F.A.A. records show" is the F.A.A. and the quotation is what follows the
    parenthetical, not "During the same stretch, F.A.A"; "entering the U.S." still ends its
    sentence; "a U.S. official" names nobody (it was "U.S")."""
    assert _speakers("“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the caucus.") == [
        "G.K. Butterfield"]
    assert _speakers("Prices rose 3% in May, the U.S. Labor Department said on Friday.") == ["U.S. Labor Department"]
    assert _speakers("Prices rose 3% in May, said a U.S. official.") == [""]
    assert _speakers("The F.B.I. said it had no record of the suspect.") == ["F.B.I."]
    assert _speakers("The rules will change, according to the F.A.A.") == ["F.A.A."]  # the stop ends the sentence
    q = extract("According to F.A.A. records, the Boeing has flown about 333 hours since June. Trump said he "
                "rarely used it to fly into the U.S. The jet stays in New York.").quotes
    assert [(x.speaker, x.text) for x in q][:1] == [("F.A.A.", "the Boeing has flown about 333 hours since June")]


def test_data_from_a_body_is_the_body_and_a_titled_office_reads_on_to_the_name():
    """"according to data from the Department of Education" is the department (it was
    "Education"); "said Secretary of State John Kerry" and "said Minister of Finance Chrystia
    Freeland" are the people (they were "Secretary" and "Minister")."""
    assert _speakers("Borrowers owe $1.3 trillion, according to data from the U.S. Department of Education.") == [
        "U.S. Department of Education"]
    assert _speakers("Borrowers owe $1.3 trillion, according to figures from Statistics Canada.") == [
        "Statistics Canada"]
    assert _speakers("“We will not back down,” said Secretary of State John Kerry.") == ["John Kerry"]
    assert _speakers("“We will not back down,” said U.S. Secretary of State Antony J. Blinken on Monday.") == [
        "Antony J. Blinken"]
    assert _speakers("“The deficit will fall,” said Minister of Finance Chrystia Freeland.") == ["Chrystia Freeland"]


def test_a_role_in_apposition_before_the_name_is_attribution_not_content():
    """In "“…,” the presumptive GOP presidential nominee, Donald Trump, tweeted" the role is
    part of who spoke: the content is the quotation alone and it is direct (it was partial, and
    with "U.N." in the role the speaker was right only by luck)."""
    text = ("“Is President Obama going to finally mention the words radical Islamic terrorism?” the presumptive "
            "GOP presidential nominee, Donald Trump, tweeted Sunday after a lone-wolf attack on an Orlando nightclub.")
    [q] = extract(text).quotes
    assert (q.speaker, q.kind) == ("Donald Trump", "direct")
    assert text[q.content_start : q.content_end].endswith("terrorism?”")
    [q] = extract("“There is no military solution,” the U.N. secretary-general, António Guterres, said on "
                  "Tuesday.").quotes
    assert (q.speaker, q.kind) == ("António Guterres", "direct")


def test_a_sentence_adverb_or_conjunction_is_no_part_of_a_name():
    """"Then Brafman exposed ..." is Brafman (it was the speaker "Then Brafman" on 24 PolNeAR
    quotations); "When Trump held rallies ... he" is about Trump; "Although Mr. Cruz ..." made
    "Although Mr" a name and "he" resolved to "Mr"."""
    text = ("Benjamin Brafman took the case in May. Then Brafman exposed the government’s tactics. "
            "“This is not ordinary,” he said.")
    assert _speakers(text) == ["Benjamin Brafman"]
    text = ("Donald Trump called them thugs.\n\nWhen Trump held rallies in the southwest he was met by protesters. "
            "Luis Osuna, a lawyer in San Diego, said the rallies were tense.\n\nWhen Trump spoke again in Phoenix, he "
            "was blunt. “The protesters are thugs,” he said.")
    assert _speakers(text) == ["Luis Osuna", "Donald Trump"]
    text = ("Ted Cruz leads in Iowa. Although Mr. Cruz has courted pastors for months, his rivals have not. "
            "“We built this church by church,” he said.")
    assert _speakers(text) == ["Ted Cruz"]


def test_a_possessive_in_s_apostrophe_a_party_adjective_and_a_noun_cue_after_a_possessive():
    """"Sanders' charge that ..." is Sanders's (it was "Sanders'"); "Republican politicians ...
    arguing" names no speaker "Republican"; "Donald Trump's first tweet Sunday morning was a
    fairly measured comment" is no quotation ("morning was ..." was one); "the Trump Train" is
    a thing, not Trump's full name."""
    assert _speakers("In response to Sanders' charge that she has been weak on climate change, Clinton said she "
                     "had made progress.") == ["Sanders", "Clinton"]
    from claims.speakers import Resolver

    assert not Resolver.plausible("Republican") and not Resolver.plausible("Mr")  # "Other Republican candidates ..."
    assert Resolver.plausible("Republican National Committee")
    quotes = extract("Presumptive GOP nominee Donald Trump's first tweet Sunday morning was a fairly measured "
                     "comment. \"Really bad shooting in Orlando,\" he wrote.").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Donald Trump", "Really bad shooting in Orlando")]
    assert _speakers("For those of you not yet on the Trump Train, listen. Trump said the wall would be built.") == [
        "Trump"]


def test_a_surname_speaker_is_the_full_name_written_before_of_the_pronouns_gender():
    """"Trump’s campaign said" after "Donald Trump" is Donald Trump, as "Trump said" is (it was
    "Trump": one person under two names in the warehouse); "she" after Bill and Hillary Clinton
    is Hillary Clinton, not the last Clinton named; a paragraph break ends a name ("time for
    Plan B.\\n\\nSanders hasn't said" made the speaker "Plan B. Sanders")."""
    text = ("Donald Trump held a rally in Ohio on Monday. Trump’s campaign said the event drew 10,000 people.")
    assert _speakers(text) == ["Donald Trump"]
    text = ("Hillary Clinton and Bill Clinton arrived together. Later, Clinton spoke alone. She said the plan "
            "would work.")
    assert _speakers(text) == ["Hillary Clinton"]
    text = ("Democrats have told Bernie Sanders it is time for Plan B.\n\nSanders hasn't said whether he has one. "
            "He said he would stay in the race.")
    assert _speakers(text)[-1] == "Bernie Sanders"


def test_a_state_and_party_describe_a_person_and_name_nobody():
    """"the Wisconsin Republican" is a description of Paul Ryan, never a name ("Wisconsin
    Republican" was the speaker of "he"); a live blog's time line ends its sentence, so
    "Republican presidential candidate Donald Trump" is about Trump, not "Arizona Republican"."""
    text = ("House Speaker Paul Ryan met Donald Trump on Thursday. The Wisconsin Republican left without an "
            "endorsement. “We don’t always nominate a Lincoln or a Reagan,” he said.")
    assert _speakers(text) == ["Paul Ryan"]
    text = ("1:05 p.m.\n\nThe Arizona Republican newspaper endorsed Hillary Clinton.\n\n1:18 p.m.\n\nRepublican "
            "presidential candidate Donald Trump attacked Jeb Bush in Salem.\n\nHe says, “Here’s a guy you wouldn’t "
            "hire to do anything.”")
    assert _speakers(text)[-1:] == ["Donald Trump"]


def test_an_outlets_reporter_is_the_person_and_a_contraction_is_nobody():
    """"CNN’s Dana Bash said" is Dana Bash (the speaker was "CNN’s Dana Bash", one person under
    a name per outlet); "Reuters’ Luciana Lopez wrote" likewise; a title after the possessive
    still names its holder ("Brazil’s President Lula"); "I’d" is no name."""
    assert _speakers("“It is over,” CNN’s Dana Bash said.") == ["Dana Bash"]
    assert _speakers("“It is over,” Reuters’ Luciana Lopez wrote on Monday.") == ["Luciana Lopez"]
    assert _speakers("“It is over,” said the Washington Post’s Ishaan Tharoor.") == ["Ishaan Tharoor"]
    assert _speakers("“We are out,” said Sainsbury’s Chief Executive Simon Roberts.") == ["Simon Roberts"]
    from claims.speakers import Resolver

    assert not Resolver.plausible("I’d") and not Resolver.plausible("You’re Voting") and Resolver.plausible("Beto O'Rourke")


def test_a_role_before_the_name_and_a_body_spoken_for():
    """Set 19's misses: "Her opponent, former police chief Mark Hensley, said" is Hensley
    (nobody was named); "a spokeswoman for the Scottish government" speaks for it (nobody was
    named). A country's body keeps the owner convention ("Iran’s foreign ministry" is Iran)."""
    assert _speakers("Rosa Delgado said she would focus on housing. Her opponent, former police chief Mark Hensley, "
                     "said in a statement that the city needed “experience, not slogans.”") == [
        "Rosa Delgado", "Mark Hensley"]
    assert _speakers("Hugh Hill, a doctor at Mount Sinai, said the risk was low.") == ["Hugh Hill"]
    assert _speakers("“We were not consulted,” a spokeswoman for the Scottish government said.") == [
        "Scottish government"]
    assert _speakers("Iran’s foreign ministry said the report was “politically motivated.”") == ["Iran"]


def test_set_20_datelines_units_the_force_and_a_recall():
    """Set 20's misses: "NEW DELHI:" made "DELHI" an organisation that "the home ministry" then
    stood for; "District 751, which represents the strikers, said" found no speaker; "the force
    said" after "the Metropolitan Police said" found no quotation; "Ford recalled 240,000 SUVs"
    was Ford remembering."""
    text = ("NEW DELHI: The Supreme Court on Monday sought a response.\n\nAn official in the home ministry, who "
            "did not wish to be named, said the government would file its reply within four weeks.")
    assert _speakers(text) == [""]
    text = ("The International Association of Machinists and Aerospace Workers District 751, which represents the "
            "strikers, said in a statement that the layoffs were “a scare tactic.”")
    assert _speakers(text) == ["International Association of Machinists and Aerospace Workers District 751"]
    text = ("A teenager has died after being stabbed in east London, the Metropolitan Police said.\n\nTwo men, aged "
            "18 and 19, have been arrested on suspicion of murder, the force said.")
    assert _speakers(text) == ["Metropolitan Police", "Metropolitan Police"]
    quotes = extract("Ford recalled 240,000 SUVs over a faulty seat belt, the National Highway Traffic Safety "
                     "Administration said on Friday.").quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("National Highway Traffic Safety Administration", "Ford recalled 240,000 SUVs over a faulty seat belt")]


def test_set_21_an_order_and_riders():
    """Set 21's misses: "ordered government agencies to speed up relief" is reported speech
    (PolNeAR marks "ordered" as a cue 11 times), and "Riders told CBS News" names nobody, as
    "Traders said" does (it was the speaker "Riders")."""
    text = ("President Ferdinand Marcos Jr. ordered government agencies to speed up relief. He told reporters in "
            "Manila that the military would deliver food to isolated towns.")
    assert _speakers(text) == ["Ferdinand Marcos Jr.", "Ferdinand Marcos Jr."]
    assert _speakers("Riders told CBS News they had been stranded for hours.") == [""]


def test_set_23_groups_a_society_and_they():
    """Set 23's misses: "Rights groups said ..." found no quotation (plural bodies such as
    groups, agencies and advocates are unnamed speakers, as critics are); "The Law Society of
    Kenya" was "Kenya" (a society is a body's name); and, found on the way, "They" after "Muslim
    groups objected" was Wesley Clark, who spoke last ("they" is a body or a group, never one
    person named before)."""
    text = "Rights groups said at least 23 people were killed when police opened fire on protesters."
    assert [(q.speaker, q.speaker_mention) for q in extract(text).quotes] == [("", "Rights groups")]
    assert _speakers("The Law Society of Kenya said the killings must be investigated independently.") == [
        "Law Society of Kenya"]
    text = "Wesley Clark said the plan was wise. Muslim groups objected. They urged Clinton to “lead by example.”"
    assert _speakers(text) == ["Wesley Clark", ""]


def test_a_brand_with_a_short_lowercase_prefix():
    """Set 30's miss: "a spokesman for easyJet said" split the sentence at "easy|Jet" (read as two
    glued sentences, as "diplomatsMOSCOW" is) and named "Jet"; "saidThe" still splits."""
    text = ("The airline apologised to passengers. “We understand how frustrating this is,” a spokesman for "
            "easyJet said, adding that all flights would resume on Saturday.")
    assert _speakers(text) == ["easyJet", "easyJet"]
    assert _speakers("A spokesman for eBay said the site was working again.") == ["eBay"]
    from claims.segment import segment

    glued = "The minister resigned on Monday. He saidThe plan had failed."
    assert [glued[s.start : s.end] for s in segment(glued)][-1] == "The plan had failed."


def test_set_31_a_giant_a_told_audience_and_a_condemnation():
    """Set 31's misses: "the company told subscribers in an email" took "subscribers in an email on
    Monday" for what was said; "The Swedish streaming giant said" found no quotation (a giant is a
    company, and a nationality before a company word is no owner: the company named before)."""
    text = ("Spotify will raise prices in the U.S. for the second time in a year, the company told subscribers in "
            "an email on Monday.\n\nThe Swedish streaming giant said the increase reflected the cost of new "
            "features such as audiobooks.")
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Spotify", "Spotify"]
    assert quotes[0].text == "Spotify will raise prices in the U.S. for the second time in a year"
    assert _speakers("Volkswagen cut its forecast. The German carmaker said demand had weakened in China.") == [
        "Volkswagen"]


def test_set_32_a_citys_department_an_aged_nationality_and_the_union():
    """Set 32's misses: "according to the city’s fire department" found no quotation; "the
    37-year-old Serb told reporters" was the speaker "Serb" (a nationality after an age is the
    person the text is about, as "the Serbian" is); "The union said" after Boeing's deal with "its
    machinists union" was Boeing (a company is no union)."""
    quotes = extract("A fire destroyed more than 100 shops overnight. No one was injured, according to the city’s "
                     "fire department.").quotes
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("", "the city’s fire department")]
    text = ("Novak Djokovic lost the Wimbledon final again. “He was the better player today,” the 37-year-old Serb "
            "told reporters.")
    assert _speakers(text) == ["Novak Djokovic"]
    text = ("Shares of Boeing rose 2% after the company said it had reached a deal with its machinists union. The "
            "union said members would vote on Monday.")
    assert _speakers(text) == ["Boeing", ""]


def test_set_33_a_number_in_a_relative_clause_and_a_role_word_in_a_bodys_name():
    """Set 33's misses: the comma of "5,200" ended the relative clause of "The Air Line Pilots
    Association, which represents about 5,200 Air Canada pilots, said", so nobody was found and
    the content was read as the speaker; "the Ontario College of Family Physicians" was a person
    called "Physicians" ("family" is a role noun, as in "the family said", but no person follows
    it); "Air Canada" was a person, so "the airline" found nobody."""
    text = ("The Air Line Pilots Association, which represents about 5,200 Air Canada pilots, said the vote was a "
            "message to management.")
    quotes = extract(text).quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Air Line Pilots Association", "the vote was a message to management")]
    assert _speakers("Unifor, which represents 5,200 workers at the plant, said the offer fell short.") == ["Unifor"]
    quote = extract("About 2.5 million Ontarians do not have a family doctor, according to the Ontario College of "
                    "Family Physicians.").quotes[0]
    assert (quote.speaker, quote.speaker_type) == ("Ontario College of Family Physicians", "organisation")
    assert _speakers("Bank of Canada Governor Tiff Macklem said the bank expected to cut rates again.") == [
        "Tiff Macklem"]
    text = ("Air Canada said it was disappointed by the result of the strike vote. The airline has said it is "
            "prepared to offer raises in line with recent agreements.")
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_type) for q in quotes] == [("Air Canada", "organisation")] * 2


def test_set_33_police_a_company_an_apposition_and_a_name_with_commas():
    """Set 33's misses: "according to police" far after "Peel Regional Police said" named nobody
    (only a force within a few sentences counted); "the company" was the tenants' federation
    (an association's acronym is no company; "Starlight Investments" is one); "Morris’s
    neighbour, Daniel Ferreira, is less patient. ... he said" gave the minister who spoke before
    (the sentence is about the neighbour, not Morris); "Immigration, Refugees and Citizenship
    Canada (IRCC)" lost its alias at the comma."""
    filler = " Officers arrested one suspect a short distance away and seized two hammers and a bag." * 8
    text = (f"A 24-year-old man has been charged after a jewelry store robbery, Peel Regional Police said.{filler} "
            "It is the third robbery at a jewelry store in the region since October, according to police.")
    assert _speakers(text) == ["Peel Regional Police", "Peel Regional Police"]
    text = ("Geordie Dent, the FMTA’s executive director, said increases had become a business model. The strike "
            "was organized by the Federation of Metro Tenants’ Associations (FMTA). The building’s owner, "
            "Starlight Investments, did not respond. In a notice to tenants, the company said the increase had "
            "been approved by the board.")
    assert _speakers(text) == ["Geordie Dent", "Starlight Investments"]
    text = ("Housing Minister Rob Flack said the province had strong protections for tenants. Morris’s neighbour, "
            "Daniel Ferreira, is less patient. “If they want to take us to the board, let them,” he said.")
    assert _speakers(text) == ["Rob Flack", "Daniel Ferreira"]
    text = ("A spokesperson for Immigration, Refugees and Citizenship Canada (IRCC) said applications would be "
            "processed in order. IRCC said it could not say how long processing would take.")
    assert _speakers(text) == ["Immigration, Refugees and Citizenship Canada"] * 2


def test_set_34_findings_and_data_issued_by_a_named_body():
    """Set 34's misses: "A poll released last week by the Angus Reid Institute found ..." was no
    quotation (only "the poll found" was), and "according to data compiled by LSEG" named
    nobody. A data provider cited is then no candidate for "the company" (it was the company
    the article is about before, and it must stay so)."""
    quote = extract("A poll released last week by the Angus Reid Institute found 64 per cent of Albertans opposed "
                    "leaving the pension plan.").quotes[0]
    assert (quote.speaker, quote.text) == ("Angus Reid Institute", "64 per cent of Albertans opposed leaving the pension plan")
    text = ("Revenue rose 26 per cent to US$2.16-billion in the quarter, Shopify Inc. said. Analysts had expected "
            "US$2.1-billion, according to data compiled by LSEG. The company said its chief executive was travelling.")
    assert _speakers(text) == ["Shopify Inc.", "LSEG", "Shopify Inc."]
    assert _speakers("The audit found the agency had overpaid contractors by $3 million last year.") == [""]
    assert _speakers("Christie ran up a bill of $80,000, according to a New Jersey Watchdog report released by the "
                     "governor’s office.") == ["New Jersey Watchdog"]


def test_set_34_an_unnamed_mother_then_she_and_the_city():
    """Set 34's misses: "the mother of one of the children said" was no quotation (the children
    were taken for the subject, an object of "of"), and the "she" after it was the prosecutor
    named before; "told court" took "court" for what was said; "The city said" after "Toronto
    city council" named nobody; "an air quality warning for much of Alberta" was a quotation."""
    text = ("Crown prosecutor Breanne Mousseau told court the children could not speak for themselves.\n\n"
            "In a statement read in court, the mother of one of the children said her son still woke up crying "
            "at night.\n\n“I will never forgive myself for leaving him there,” she said.")
    quotes = extract(text).quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [
        ("Breanne Mousseau", "the children could n"), ("", "her son still woke u"), ("", "I will never forgive")]
    text = ("Toronto city council voted 19-6 to double the number of speed cameras. The city said revenue from the "
            "cameras goes to road safety programs.")
    assert _speakers(text) == ["Toronto"]
    assert extract("Environment Canada has issued an air quality warning for much of west-central Alberta.").quotes == ()
    text = ("Ivanka Trump noted the rule in an interview last week. “It is meant to benefit every family,” the "
            "34-year-old mother of three said.")
    assert _speakers(text)[-1] == "Ivanka Trump"


def test_set_35_a_lede_names_its_speaker_in_the_next_paragraph():
    """Set 35's misses: a lede attributes by description and the next paragraph names the
    speaker ("..., the local health unit said Monday" then "Southwestern Public Health said";
    "..., its chief said" then "Chief Derek Fox ... said"); "the local health unit" was no
    speaker at all (a unit is a body), "Southwestern Public Health" was a person, and the
    chief's attribution was lost under the First Nation's "declared"."""
    text = ("Measles cases climb to 41\n\nThe number of measles cases linked to an outbreak has risen to 41, the local "
            "health unit said Monday, as officials urged parents to check vaccination records.\n\nSouthwestern Public "
            "Health said 29 of the cases are in children and teens.")
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [
        ("Southwestern Public Health", "the local health unit"), ("", "officials"),
        ("Southwestern Public Health", "Southwestern Public Health")]
    assert quotes[-1].speaker_type == "organisation"
    text = ("A northern Ontario First Nation has declared a state of emergency after five people died of suspected "
            "overdoses, its chief said Tuesday.\n\nChief Derek Fox of Bearskin Lake First Nation said the community "
            "needed help within days.")
    quotes = extract(text).quotes
    assert quotes[0].speaker == "Derek Fox" and quotes[0].text.startswith("A northern Ontario First Nation has declared")
    assert len(quotes) == 3  # the chief's report, the declaration inside it, the chief again
    # a description the next paragraph does not name stays unnamed
    text = ("The number of cases has risen to 41, the local health unit said Monday.\n\nDr. Ninh Tran said the clinics "
            "would open on weekends.")
    assert _speakers(text) == ["", "Ninh Tran"]


def test_set_35_unnamed_people_an_age_and_an_interpreter():
    """Set 35's misses: "who asked that only her first name, Rebecca, be used" was a quotation;
    "A neighbour, who did not want to be named because she feared for her safety, said" and the
    "she said" after it went to the officer named before, and so did the second half of her split
    quotation; "the 26-year-old slugger said" found no quotation; "said through an interpreter
    that" put the interpreter into what was said."""
    text = ("One mother, who asked that only her first name, Rebecca, be used, said she had brought her two sons in for "
            "their shots.")
    assert [(q.speaker, q.text[:12]) for q in extract(text).quotes] == [("Rebecca", "she had brou")]
    text = ("Sgt. Freda Fong said investigators believe the shooting was targeted.\n\nA neighbour, who did not want to "
            "be named because she feared for her safety, said she heard four or five shots. “This is a quiet "
            "street,” she said. “Kids play hockey out here.”")
    assert _speakers(text) == ["Freda Fong", "", "", ""]
    text = ("Vladimir Guerrero Jr. hit two home runs on Friday.\n\nGuerrero said through an interpreter that he had been "
            "working on staying back on breaking balls. “I feel good,” the 26-year-old slugger said.")
    quotes = extract(text).quotes
    assert [(q.speaker, q.text[:10]) for q in quotes] == [
        ("Vladimir Guerrero Jr.", "he had bee"), ("Vladimir Guerrero Jr.", "I feel goo")]


def test_set_36_a_surname_that_is_a_title_and_a_clause_about_the_speaker():
    """Set 36's misses: "state Sen. Phil King" named nobody ("King" is also a title word, but
    after a given name it is a surname); ", who wrote the law, said" made the clause a
    quotation; "A federal judge ... blocked a Texas law, saying ..." found none (a person
    described, named as "Judge Fred Biery" in the next paragraph)."""
    text = ("Republican state Sen. Phil King, who wrote the law, said he was confident it would be upheld by the "
            "Supreme Court.")
    assert [(q.speaker, q.text[:12]) for q in extract(text).quotes] == [("Phil King", "he was confi")]
    assert _speakers("Prime Minister Mark Carney met the King on Monday. The King said he was pleased with the visit.") == [
        "King"]
    text = ("A federal judge on Tuesday blocked a Texas law that would require the Ten Commandments in every "
            "classroom, saying it likely violates the First Amendment.\n\nU.S. District Judge Fred Biery wrote that "
            "the law “would have the effect of coercing students” into religious observance.")
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [
        ("Fred Biery", "A federal judge"), ("Fred Biery", "U.S. District Judge Fred Biery")]


def test_set_36_places_bodies_and_a_press_conference():
    """Set 36's misses: "Montreal police say" named nobody (a place's police is a force);
    "Businesses along Eglinton Avenue said" was the avenue; "The provincial transit agency said"
    after "Metrolinx announced" was an acronym named in between ("LRT"); "told a press
    conference in Sydney the board had not ..." put the conference into what was said."""
    assert _speakers("Montreal police say they have arrested three men in connection with a series of arsons.") == [
        "Montreal police"]
    assert _speakers("Businesses along Eglinton Avenue said the years of construction had driven away customers.") == [""]
    text = ("After years of delays, the Eglinton Crosstown LRT will open on Nov. 15, Metrolinx announced Monday. The "
            "provincial transit agency said trains had completed weeks of testing without passengers.")
    assert _speakers(text) == ["Metrolinx", "Metrolinx"]
    quote = extract("Governor Michele Bullock told a press conference in Sydney the board had not discussed a rate "
                    "rise.").quotes[0]
    assert (quote.speaker, quote.text) == ("Michele Bullock", "the board had not discussed a rate rise")


def test_set_37_company_abbreviations_a_surname_that_is_a_body_and_an_aside():
    """Set 37's misses: "Loblaw Cos. Ltd. says" found no quotation (two abbreviations of a
    company's name, each with its dot); "Company president Per Bank said on a conference call
    with analysts Thursday that" was the company "Company Per Bank" (a job before two
    capitalised words names a person, even one called Bank) and put the analysts into what was
    said; "Mayor Denise O’Connor — no relation — said" found none (an aside between dashes)."""
    quote = extract("Loblaw Cos. Ltd. says it will lower prices on about 1,500 grocery items starting next month.").quotes[0]
    assert (quote.speaker, quote.speaker_type) == ("Loblaw Cos. Ltd.", "organisation")
    quote = extract("Company president Per Bank said on a conference call with analysts Thursday that the cuts would "
                    "average about five per cent.").quotes[0]
    assert (quote.speaker, quote.speaker_type, quote.text) == (
        "Per Bank", "person", "the cuts would average about five per cent")
    assert _speakers("The World Bank said growth would slow to 2.3 per cent this year.") == ["World Bank"]
    quote = extract("Mayor Denise O’Connor — no relation — said the slow pace was largely due to archaeological "
                    "work.").quotes[0]
    assert (quote.speaker, quote.text) == ("Denise O’Connor", "the slow pace was largely due to archaeological work")


def test_set_38_a_deck_names_the_office_not_a_person_called_mayor():
    """Set 38 (pages with bylines, captions and footers): the deck "Mayor says increase needed
    to fund transit, housing" gave a speaker called "Mayor"; an office alone is nobody's name
    unless someone has it as a surname, and the deck's mayor is the one named below it."""
    text = ("Halifax council approves 8% tax hike after marathon budget debate\n\nSocial Sharing\n\nMayor says "
            "increase needed to fund transit, housing\n\nHaley Ryan · CBC News · Posted: Mar 04, 2025 6:00 AM AST\n\n"
            "Halifax regional council has approved an eight per cent increase to the average tax bill.\n\nMayor Andy "
            "Fillmore said the increase was \"not something anyone wanted\" but was needed to keep buses running.")
    assert _speakers(text) == ["Andy Fillmore", "Andy Fillmore"]
    assert _speakers("Sen. Angus King of Maine spoke first. King says the bill will pass the Senate this week.") == [
        "Angus King"]


def test_set_37_a_restrictive_clause_between_subject_and_cue():
    """Set 37's last miss: "A group that organized a boycott of Loblaw stores last year said"
    found no quotation (the clause's words stood between the group and "said"); an indefinite
    "a group" is a body brought in there, not the last organisation that spoke."""
    text = ("Statistics Canada said grocery prices rose 3.4 per cent. A group that organized a boycott of Loblaw "
            "stores last year said it would not call off future protests.")
    quotes = extract(text).quotes
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [
        ("Statistics Canada", "Statistics Canada"), ("", "A group")]
    assert _speakers("A woman who lives nearby said she heard four shots before midnight.") == [""]
    # "that" opening what was said is no clause: "... said Monday that the plan ..."
    assert extract("Officials said Monday that the plan would cost $4 billion.").quotes[0].text == (
        "the plan would cost $4 billion")


def test_set_39_a_french_body_its_alias_and_an_unnamed_woman():
    """Set 39's misses: "The Fédération interprofessionnelle de la santé du Québec (FIQ),
    which represents about 80,000 nurses, said" named nobody (a French name with lowercase
    words, and an alias between the name and its clause), so the lede's "their union said"
    found nobody either; "One 82-year-old woman, who asked not to be identified, told Global
    News ... “I felt so stupid,” she said" gave the sergeant named before; "Police say" after
    "Calgary police are warning" was "Police"."""
    text = ("Thousands of nurses across Quebec walked off the job Tuesday, their union said.\n\nThe Fédération "
            "interprofessionnelle de la santé du Québec (FIQ), which represents about 80,000 nurses, said the strike "
            "would not affect emergency care.")
    name = "Fédération interprofessionnelle de la santé du Québec"
    assert _speakers(text) == [name, name]
    text = ("Staff Sgt. Kelly Kemp said at least 30 people had lost money since January.\n\nOne 82-year-old woman, who "
            "asked not to be identified, told Global News she sent $9,000 in cash with a courier. “I felt so "
            "stupid,” she said.")
    assert _speakers(text) == ["Kelly Kemp", "", ""]
    text = ("Calgary police are warning seniors about a phone scam that has cost them $400,000.\n\nPolice say anyone "
            "who gets such a call should hang up and call the family member directly.")
    assert _speakers(text) == ["Calgary police", "Calgary police"]


def test_set_40_analysts_at_a_firm_a_state_agency_and_a_heading():
    """Set 40's misses: "according to analysts at TD Cowen" named nobody; "Floods caused by ...,
    the state’s civil defense agency said" gave "Floods" (the sentence's first word taken for the
    body "the agency" means, though the agency's owner is written); "Hospital says it will close
    maternity ward" heading a page gave a body called "Hospital" (a description, named in the
    lede by Nova Scotia Health)."""
    assert _speakers("The company has lost an estimated $5 billion since the strike began, according to analysts at "
                     "TD Cowen.") == ["TD Cowen"]
    text = ("Floods caused by days of torrential rain have killed at least 40 people in the southern Brazilian state "
            "of Rio Grande do Sul, the state’s civil defense agency said on Friday.")
    assert _speakers(text) == [""]
    assert _speakers("Amazon will hire 250,000 workers for the holidays, the company said.") == ["Amazon"]
    text = ("Hospital says it will close maternity ward in rural Nova Scotia\n\nA hospital in rural Nova Scotia will "
            "temporarily close its maternity ward next month because it does not have enough nurses, Nova Scotia "
            "Health said Monday.")
    assert _speakers(text) == ["Nova Scotia Health", "Nova Scotia Health"]


def test_the_lede_rule_stays_in_the_lede_of_a_text_without_blank_lines():
    """A scraped text may have no blank lines at all; its lede is then its first characters,
    and a description far into it is not named by whoever speaks next."""
    filler = " The line runs 19 kilometres under Eglinton Avenue and has 25 stations and stops." * 12
    text = (f"Metrolinx said the line would open in the fall.{filler} The union said its members were ready. "
            "The Amalgamated Transit Union said the operators had been trained.")
    assert _speakers(text) == ["Metrolinx", "", "Amalgamated Transit Union"]
    assert _speakers("The union said its members were ready. The Amalgamated Transit Union said the operators had "
                     "been trained.") == ["Amalgamated Transit Union"] * 2  # in the lede, it is named


def test_set_41_bodies_named_with_of_and_and_and_an_office_holder():
    """Set 41's names (the last word fitted, so the benchmark counted them right, but a user
    saw fragments): "The Edmonton Chamber of Commerce said" gave "Commerce" (a chamber or board
    was no body word before "of"); "The B.C. Ferry and Marine Workers' Union" gave "Marine
    Workers' Union" ("Marine" is a given name, so the "and" read as two speakers); "Public
    Safety Minister Dominic LeBlanc's office said" gave "Safety Dominic LeBlanc"."""
    assert _speakers("The Edmonton Chamber of Commerce said the increase would hit small businesses already "
                     "struggling with high rents.") == ["Edmonton Chamber of Commerce"]
    assert _speakers("The Toronto Region Board of Trade said the levy would drive employers out of the "
                     "city.") == ["Toronto Region Board of Trade"]
    assert _speakers("The Ontario Landlord and Tenant Board said hearings would move online in "
                     "January.") == ["Ontario Landlord and Tenant Board"]
    assert _speakers("The Assembly of First Nations said the bill ignored treaty rights.") == ["Assembly of First Nations"]
    assert _speakers("The B.C. Ferry and Marine Workers' Union has warned for months that staffing levels were "
                     "unsustainable.") == ["B.C. Ferry and Marine Workers' Union"]
    assert _speakers("Public Safety Minister Dominic LeBlanc's office said it was reviewing the "
                     "decision.") == ["Dominic LeBlanc"]
    assert _speakers("Sen. Elizabeth Warren’s office said she would vote against the bill.") == ["Elizabeth Warren"]


def test_a_body_shortened_in_a_headline_is_the_one_named_in_full():
    """"Supreme Court rules ..." heading "..., the Supreme Court of Canada ruled Friday" is one
    court: the shorter name takes the longer "<name> of ..." the text gives it, up to a title
    ("Royal Bank of Canada Chief Executive ..."); "of the" inside a name keeps it whole."""
    text = ("Supreme Court rules police need warrant to get IP addresses\n\nOTTAWA — Police must get judicial "
            "authorization before they obtain the IP address linked to a person's online activity, the Supreme "
            "Court of Canada ruled Friday.")
    assert _speakers(text) == ["Supreme Court of Canada"] * 2
    text = ("Royal Bank said profits rose 12 per cent in the quarter to a record. Royal Bank of Canada Chief "
            "Executive Dave McKay told analysts the bank was cautious.")
    assert _speakers(text)[0] == "Royal Bank of Canada"
    assert _speakers("The Supreme Court of the United States said that the law stands.") == [
        "Supreme Court of the United States"]
    assert _speakers("The University of the Fraser Valley said that classes would resume on Monday.") == [
        "University of the Fraser Valley"]


def test_set_42_a_described_surname_an_office_and_irish_names():
    """Set 42's misses: "The 28-year-old Swayman made 31 saves. He said ..." gave the coach who
    spoke before (a surname after an age was no sentence subject); "the Minister for Housing has
    conceded" gave a person called "Housing"; "Eoin Ó Broin" was written "Eoin Ó. Broin" (a
    one-letter word taken for an initial), and "Mr Ó Broin" was then someone else."""
    text = ("Auston Matthews scored 2:14 into overtime, one-timing a pass past Jeremy Swayman.\n\n“We had them,” "
            "Bruins coach Joe Sacco said.\n\nThe 28-year-old Swayman made 31 saves. He said the overtime goal was a "
            "perfect shot.")
    assert _speakers(text) == ["Joe Sacco", "Jeremy Swayman"]
    text = ("The Government will fall short of its target of 33,450 new homes this year, the Minister for Housing "
            "has conceded.")
    assert _speakers(text) == [""]
    text = ("Housing Minister James Browne visited a site in Cork on Monday. The Government will fall short of its "
            "target this year, the Minister for Housing has said.")
    assert _speakers(text) == ["James Browne"]
    text = ("Sinn Féin's housing spokesman Eoin Ó Broin said the Government had “completely lost control” of the "
            "crisis.\n\n“Every year it is the same story,” Mr Ó Broin said.")
    assert _speakers(text) == ["Eoin Ó Broin", "Eoin Ó Broin"]
    assert _speakers("“I was there,” said John F Kennedy.") == ["John F. Kennedy"]


def test_a_reflexive_after_a_shared_surname_says_which_one():
    """"Clinton herself also signaled that ..." after Bill Clinton spoke is Hillary Clinton."""
    text = ("Bill Clinton spoke in Philadelphia. “He’ll get used to it,” the former president said.\n\nHillary "
            "Clinton hit Sanders on guns. Clinton herself also signaled that she is girding for a fight.")
    assert _speakers(text) == ["Bill Clinton", "Hillary Clinton"]


def test_census_given_names_end_a_job_before_the_name():
    """With the 1990 Census given names (claims/data/census_first_names.txt) a job or title the
    lists do not know no longer opens the name: "Quarterback Josh Allen", "FEMA Administrator
    Deanne Criswell", "Det Supt Andy Knowles" (each kept its first words before)."""
    text = ("Quarterback Josh Allen, who threw an interception late in the fourth quarter, took the blame. “That’s "
            "on me,” Allen said.")
    assert _speakers(text) == ["Josh Allen"]
    text = ("FEMA Administrator Deanne Criswell toured the damage in North Carolina. “This is going to be a long "
            "recovery,” Criswell told reporters.")
    assert _speakers(text) == ["Deanne Criswell"]
    assert _speakers("Det Supt Andy Knowles said the force was “supporting the family at this devastating "
                     "time.”") == ["Andy Knowles"]


def test_census_given_names_leave_out_places_months_and_words():
    """The derived list keeps out what a capital makes look like a name in news: a word of a
    place ("Carolina" of "South Carolina", "the South Carolina Republican" stays whole), months,
    virtues and flowers, and common surnames ("Clinton said" stays the surname)."""
    from claims.names import data_lines, given_gender

    census = {line.split("\t")[0] for line in data_lines("census_first_names.txt")}
    assert {"josh", "andy", "deanne", "tony"} <= census
    assert not census & {"carolina", "june", "april", "dawn", "joy", "iris", "clinton", "warren", "nova", "meta"}
    assert given_gender("Clinton") is None and given_gender("Josh") == "m" and given_gender("Deanne") == "f"


def test_whole_names_of_bodies_and_of_people_named_below_a_headline():
    """Speakers right by their last word but wrong as names (benchmarks.descriptions' "whole
    names"): "Canada’s largest lender" and "The bank" gave "Canada"; "The agency" after
    "Environment Canada has issued a warning" gave the Parks Canada that spoke before; "The
    Village of Lytton" gave the place; "Court of King’s Bench Justice Anne Turner" was a body; a
    headline's "Poilievre says" stayed a surname though the story names him in full."""
    text = ("Royal Bank of Canada beat analysts’ expectations for third-quarter profit on Wednesday.\n\nCanada’s "
            "largest lender said it earned $4.9 billion, up 21 per cent from a year earlier.\n\nNot all of the news "
            "was good. The bank said expenses rose 8 per cent.")
    assert _speakers(text) == ["Royal Bank of Canada"] * 2
    text = ("Parks Canada said the park would stay closed until further notice.\n\nEnvironment Canada has issued an "
            "air quality warning for much of west-central Alberta. The agency said smoke could reach Edmonton by "
            "Tuesday afternoon.")
    assert _speakers(text) == ["Parks Canada", "Environment Canada"]
    assert _speakers("Amazon will hire 250,000 workers for the holidays, the company said.") == ["Amazon"]
    assert _speakers("The Village of Lytton said 28 homes have been rebuilt so far.") == ["Village of Lytton"]
    assert _speakers("The Hostages and Missing Families Forum said in a statement that time was running "
                     "out.") == ["Hostages and Missing Families Forum"]
    text = ("Court of King’s Bench Justice Anne Turner handed down the sentence Friday, calling the assaults “a "
            "profound breach of trust.”")
    assert _speakers(text) == ["Anne Turner"]
    assert _speakers("According to the Bureau of Labor Statistics, the economy added 150,000 jobs in "
                     "October.") == ["Bureau of Labor Statistics"]
    text = ("Poilievre says Conservatives would repeal online news law\n\nConservative Leader Pierre Poilievre said "
            "Tuesday a government led by him would repeal the Online News Act.")
    assert _speakers(text) == ["Pierre Poilievre"] * 2


def test_a_title_case_headline_run_is_nobody_for_she():
    """"..., Instantly Has Everyone’s Attention" in a title-case headline is no person a later
    "she" can mean (it was the fallback once the headline's "Trump" was known to be a man)."""
    text = ("Trump Supporter Screams 1 Controversial Word At Rally, Instantly Has Everyone’s Attention.\n\nThe "
            "woman who started it all identified herself to CNN as a resident of Salem, N.H.\n\n“He truly cares about "
            "the American people,” she said of Donald Trump.")
    assert _speakers(text) == [""]


def test_a_body_known_by_its_last_words_takes_the_one_longer_name():
    """"First Nation declares ..." and "the First Nation" in a story about Bearskin Lake First
    Nation are that First Nation (a province before it only describes one: "A northern Ontario
    First Nation"); "International New York Times" is another paper than "The New York Times";
    British police ranks before a name are titles ("Det Ch Insp Gemma Stone")."""
    text = ("First Nation declares state of emergency over drug deaths\n\nA northern Ontario First Nation has "
            "declared a state of emergency after six overdose deaths.\n\nChief Derek Fox of Bearskin Lake First "
            "Nation said the community was overwhelmed. He said the First Nation had asked for a mobile treatment "
            "team.")
    speakers = _speakers(text)
    assert speakers[0] == "Bearskin Lake First Nation" and speakers[-2:] == ["Derek Fox", "Bearskin Lake First Nation"]
    text = ("The International New York Times runs the story on its front page.\n\nThe New York Times said its "
            "reporters had obtained the records.")
    assert _speakers(text) == ["New York Times"]
    assert _speakers("Det Ch Insp Gemma Stone said: “Our thoughts are with the woman’s family at this terrible "
                     "time.”") == ["Gemma Stone"]


def test_set_43_a_utility_a_title_before_of_a_government_spokesperson_and_a_lede_title():
    """Set 43's misses: "The utility said" after "Nova Scotia Power customers" (no company word
    ended the name); "Rep. Chip Roy of Texas, one of the Republicans ..., said" (nobody: "Roy"
    is a given name, so the "of" read as part of a place); "A UK government spokesperson"
    (nobody); "Scotland's First Minister has accused ..." in the lede, with "John Swinney told
    MSPs" opening the next paragraph (nobody); "The minister blamed ..., and said ..." (no
    quotation at all)."""
    text = ("More than 40,000 Nova Scotia Power customers were still without electricity Sunday.\n\nThe utility said "
            "crews from New Brunswick had arrived to help restore service.")
    assert _speakers(text) == ["Nova Scotia Power"]
    assert _speakers("“Power to the people!” the group shouted from the street.") == [""]
    text = ("Rep. Chip Roy of Texas, one of the Republicans who opposed the measure, said it was “another kick of the "
            "can down the road.”")
    assert _speakers(text) == ["Chip Roy"]
    assert _speakers("A UK government spokesperson said the payment was being targeted at those who needed it "
                     "most.") == ["UK government"]
    text = ("Scotland's First Minister has accused Labour of betraying pensioners after the UK government cut winter "
            "fuel payments.\n\nJohn Swinney told MSPs at Holyrood that the decision would push thousands of "
            "pensioners into fuel poverty.")
    assert _speakers(text) == ["John Swinney"] * 2
    text = ("Delhi Environment Minister Gopal Rai said schools would close.\n\nThe minister blamed stubble burning in "
            "neighbouring states for the spike, and said the Delhi government had written to the Centre.")
    assert _speakers(text) == ["Gopal Rai"] * 3


def test_his_campaign_is_whose_he_means():
    """"His campaign said" is the campaign of whom "he" means, named as "Trump’s campaign" is;
    with nobody a speaker or subject before, nobody (not "Truth Social")."""
    text = "Bernie Sanders proposed a debate in Brooklyn. His campaign said Clinton aides were being disingenuous."
    assert _speakers(text) == ["Bernie Sanders"]
    text = ("In a post on Truth Social, the former president said the verdict was “rigged.” His campaign called it "
            "“a travesty.”")
    assert _speakers(text) == ["", ""]


def test_set_44_a_quotation_before_a_described_speaker_a_demonym_company_and_a_spelled_acronym():
    """Set 44's misses: "“…,” EU antitrust chief Margrethe Vestager told a news conference." (no
    speaker: the words before the phrase read, and the conference after "told"); "A spokesperson
    for the Swedish company" (a company called "Swedish company"); "The RFS said" after "NSW Rural
    Fire Service Commissioner Rob Rogers" (the acronym as written, never spelled out in brackets)."""
    text = ("“For a decade, Apple abused its dominant position in the market,” EU antitrust chief Margrethe Vestager "
            "told a news conference.")
    assert _speakers(text) == ["Margrethe Vestager"]
    text = ("Spotify welcomed the decision. A spokesperson for the Swedish company said the fine would not on its "
            "own change Apple's behaviour.")
    assert _speakers(text) == ["Spotify"]
    text = ("NSW Rural Fire Service Commissioner Rob Rogers said the fire had grown overnight.\n\nThe RFS said more "
            "than 300 firefighters were working to contain the blaze.")
    assert _speakers(text) == ["Rob Rogers", "NSW Rural Fire Service"]
    text = ("“I’m not going to speculate,” said Jack Kemp, secretary of Housing and Urban Development. HUD officials "
            "said the agency had referred 15 cases to the Justice Department.")
    assert _speakers(text) == ["Jack Kemp", "HUD"]  # a portfolio spelled out is no body's name


def test_set_45_a_crown_corporation_a_sum_added_and_an_acronym_with_of():
    """Set 45's misses: "as the Crown corporation said the union's demands would add $3 billion"
    (no quotation: "would add $3 billion" read as a remark that cut the content, and
    "corporation" headed no speaker); "the BOJ said" after "The Bank of Japan" ("BOJ": a small
    "of" among the acronym's letters)."""
    text = ("Canada Post said it had offered raises of 11.5 per cent over four years.\n\nThe Crown corporation said "
            "the union's demands would add $3 billion in costs.")
    assert _speakers(text) == ["Canada Post", "Canada Post"]
    text = ("The Bank of Japan kept interest rates unchanged on Thursday. Eight of the nine members of the policy "
            "board voted to keep rates on hold, the BOJ said.")
    assert _speakers(text) == ["Bank of Japan"]
    assert _speakers("The Department of Justice filed suit in May. The DOJ said the merger was illegal.") == [
        "Department of Justice"]


def test_set_46_a_spokesperson_who_declined_but_said_and_a_department_with_and():
    """Set 46's misses: "A Meta spokesperson declined to comment on the plans but said ..." (no
    quotation: the clause's subject, a described person with a company's name in it, was not
    read) and "according to the California Department of Forestry and Fire Protection" (the
    name cut at "and", the rest read as the content)."""
    text = ("Meta Platforms is planning to lay off employees. A Meta spokesperson declined to comment on the plans "
            "but said the company was “always evaluating” how best to allocate resources.")
    assert _speakers(text) == ["Meta Platforms"]
    quotes = extract("The Mountain Fire had burned more than 14,000 acres, according to the California Department of "
                     "Forestry and Fire Protection, known as Cal Fire.").quotes
    assert [(q.speaker, q.text[:18]) for q in quotes] == [
        ("California Department of Forestry and Fire Protection", "The Mountain Fire ")]


def test_set_47_a_storm_that_slams_a_described_acronym_an_office_and_a_leader_named_below():
    """Set 47's misses: "Super Typhoon Man-yi slammed into the northern Philippines" (a storm
    read as criticising someone); "the state weather service PAGASA said" ("service PAGASA": a
    lowercase description taken into the name); "..., his office said in a statement" (the
    last organisation, not the man "his" means); "..., its leader said on Monday" in a lede,
    then "“…,” Claus Weselsky told a press conference" (nobody: "its" was cut off the
    mention, and the name comes with no job); "the German Chambers of Industry and Commerce
    (DIHK)" ("Commerce": a body's word in the plural)."""
    quotes = extract("Typhoon Kong-rey slammed into eastern Taiwan on Thursday, tearing roofs off homes, the central "
                     "weather administration said.").quotes
    assert [(q.speaker, q.text[:14]) for q in quotes] == [("", "Typhoon Kong-r")]
    text = ("Heavy rain flooded parts of Manila overnight, the state weather service PAGASA said.\n\nPresident "
            "Ferdinand Marcos suspended classes in the capital, his office said in a statement.")
    assert _speakers(text) == ["PAGASA", "Ferdinand Marcos"]
    text = ("Dockworkers to strike at Hamburg port\n\nHAMBURG (Reuters) - Germany's ver.di union will call out "
            "dockworkers at the port of Hamburg for 48 hours from Friday, its leader said on Tuesday.\n\n“The "
            "employers have left us no choice,” Frank Werneke told reporters in Berlin.")
    quotes = extract(text).quotes
    assert [q.speaker for q in quotes] == ["Frank Werneke", "Frank Werneke"]
    assert text[quotes[0].content_start : quotes[0].content_end].endswith("from Friday")  # not "..., its"
    text = ("Exporters have cut orders, which the British Chambers of Industry and Commerce said would cost "
            "thousands of jobs.")
    assert _speakers(text) == ["British Chambers of Industry and Commerce"]
    # a name given bare after a lede's "a company engineer" or "a veteran diplomat" need not be
    # theirs (and "a company engineer" is someone described, whose words are a quotation)
    text = ("Ford to fix SUVs\n\nDETROIT (AP) - Ford will replace the brakes on 90,000 SUVs, a company engineer "
            "said on Monday.\n\n“This is a serious defect,” Sean Tucker told reporters.")
    assert _speakers(text) == ["", "Sean Tucker"]


def test_set_48_a_watchdog_with_an_acronym_a_based_company_universities_and_a_colon_dateline():
    """Set 48's misses: "The Office for Budget Responsibility (OBR) has cut ..." then "the
    watchdog said" ("OBR": the letters, not the name they stand for); "The Bengaluru-based
    company reported" after "BENGALURU: Infosys on Thursday raised its ..." (a company called
    "Bengaluru-based", and the dateline hid the subject); "Universities warn of job losses" (a
    kind of institution read as one called "Universities")."""
    text = ("The Office for Budget Responsibility (OBR) has cut its growth forecast to 1.1%.\n\nIn its report, the "
            "watchdog said weaker productivity was the main reason.")
    assert _speakers(text) == ["Office for Budget Responsibility"]
    text = ("Wipro beats estimates\n\nBENGALURU: Wipro on Friday raised its revenue forecast for the year.\n\nThe "
            "Bengaluru-based company reported a net profit of ₹3,209 crore.")
    assert _speakers(text) == ["Wipro"]
    assert _speakers("Hospitals warn of longer waits as nurses strike") == [""]
    assert _speakers("Universities said they would cut 3,000 jobs after the cap was confirmed.") == [""]


def test_set_49_appositions_after_a_clause_a_described_agency_and_a_surname_without_its_particle():
    """Set 49's misses: "Norges Bank Investment Management, which runs Norway's sovereign wealth
    fund, the world's largest, reported" (an apposition after the relative clause: "a record"
    read as the speaker after the cue); "Outside the hearing, former sub-postmaster Lee
    Castleton, who ..., said" (the opening phrase taken for the apposition); "according to
    data from the national space research agency Inpe" ("data from the national", and the
    dateline in the content); "Silva told reporters" after Marina Silva and Luiz Inacio Lula
    da Silva (the last "Silva" written, though his has a particle)."""
    text = ("OSLO — Statkraft, which runs most of Norway's hydropower plants, the country's largest generator, reported "
            "a record loss for the quarter.")
    assert _speakers(text) == ["Statkraft"]
    text = ("Outside court, former shop steward Alan Bates, who was sacked after raising concerns about the system, said "
            "the ruling was “long overdue.”")
    assert _speakers(text) == ["Alan Bates"]
    # (a preposition is no job: "CNN, like The Associated Press, ..." is CNN's, as PolNeAR reads it)
    text = ("CNN, like The Associated Press, which was the first organization to do so, declared Clinton had enough "
            "delegates to win.")
    assert _speakers(text) == ["CNN"]
    text = ("BRASILIA, Nov 6 (Reuters) - Fires in the Pantanal wetlands burned 2.6 million hectares this year, according "
            "to data from the national space research agency Inpe released on Wednesday.")
    quotes = extract(text).quotes
    assert [(q.speaker, text[q.content_start : q.content_start + 9]) for q in quotes] == [("Inpe", "Fires in ")]
    text = ("Environment Minister Marina Silva said the government of President Luiz Inacio Lula da Silva would meet "
            "its target.\n\n“We are reversing the trend,” Silva told reporters.")
    assert _speakers(text) == ["Marina Silva", "Marina Silva"]


def test_set_50_a_wire_dateline_a_company_named_below_told_dpa_and_a_name_a_group_calls_itself():
    """Set 50's misses: "BERLIN (dpa) - ..., the company said on Friday." ("BERLIN" read as an
    organisation's letters; "Helios Kliniken", opening the next paragraph, read as a person);
    "..., a company spokeswoman told dpa." (no quotation: the agency writes its name in
    lowercase); "A group calling itself “Black Lotus”" (a quotation of the group); "the
    festival said" (no speaker, then the next paragraph's)."""
    text = ("BERLIN (dpa) - A ransomware attack has shut down the ticket machines of one of Germany's largest bus "
            "operators, the company said on Friday.\n\nFlixbus Transport said it had detected the attack late on "
            "Thursday.")
    assert _speakers(text) == ["Flixbus Transport", "Flixbus Transport"]
    text = "Passenger service was continuing, but some routes had been cut, a company spokeswoman told dpa."
    assert _speakers(text) == [""]  # someone described, not "Passenger"
    text = "A group calling itself “Night Owls” claimed responsibility on a darknet site."
    assert _speakers(text) == []
    text = ("In a post on Instagram, the festival said it had been “an incredibly difficult decision.”\n\nFestival "
            "director Hamish Pinkham told Stuff that costs had risen.")
    assert _speakers(text) == ["", "Hamish Pinkham"]


def test_set_51_a_colon_dateline_an_alias_inside_a_phrase_residents_of_a_place_and_a_headline_council():
    """Set 51's misses: "LAHORE: Babar Azam on Tuesday stepped down ..., saying ..." ("LAHORE"
    for the subject); "A Pakistan Cricket Board (PCB) spokesman said" (a spokesman of nobody:
    the alias cut the phrase); "Residents in Small Heath told the BBC they had seen rats" (no
    quotation); "Birmingham bin strike: Council says ..." (a body called "Council", which "the
    city council" then stood for)."""
    text = "LAHORE: Shan Masood on Monday stepped down as Test captain, saying he wanted to focus on his batting."
    assert _speakers(text) == ["Shan Masood"]
    assert _speakers("UN: PEACEKEEPERS PAID FOR SEX, the report says.")[0] != "PEACEKEEPERS PAID"  # a headline's speaker, no dateline
    assert _speakers("A Sri Lanka Cricket (SLC) spokesman said the coach had resigned.") == ["Sri Lanka Cricket"]
    assert _speakers("Residents in Small Heath told the BBC they had seen rats the size of cats.") == [""]
    text = ("Leeds bin strike: Council says talks with the GMB have collapsed\n\nTalks aimed at ending the strike in "
            "Leeds have broken down, the city council has said.")
    assert "Council" not in _speakers(text)
    # a kind's word followed by the rest of its name stays a body named: "The commission says" is it
    text = ("The nonpartisan Commission on Presidential Debates says there was a problem with the microphone.\n\nThe "
            "commission says on its website that “there were issues.”")
    assert _speakers(text)[-1] == "Commission"


def test_set_52_a_body_s_staff_and_a_name_with_others():
    """Set 52's misses: "according to the mission team" (the speaker "the mission": a
    determiner's noun, not the team); "But Farley and other team members cautioned that ..."
    (nobody: "other team members"); "..., the space agency announced Thursday" closing a
    sentence with "features that scientists say ..." inside it (no quotation of the agency: the
    inner cue took the content)."""
    text = ("NASA's Perseverance rover has found a rock with features that scientists say could have been formed by "
            "microbes, the space agency announced Thursday.")
    assert _speakers(text) == ["NASA", ""]
    quotes = extract("The rock contains leopard-like spots, according to the mission team.").quotes
    assert [q.speaker_mention for q in quotes] == ["the mission team"]
    text = ("“This is the most puzzling rock,” said Ken Farley, the project scientist.\n\nBut Farley and other team "
            "members cautioned that other processes could explain the features.")
    assert _speakers(text) == ["Ken Farley", "Ken Farley"]


def test_set_53_and_54_whom_a_lawyer_argues_for_what_an_outlet_understands_and_opponents():
    """Sets 53 and 54's misses: "Solicitor General Elizabeth Prelogar, arguing for the Biden
    administration, told the justices ..." (a second quotation, "for the Biden administration,
    told ...", of the participle); "Chelsea have agreed a £50m fee ..., Sky Sports News
    understands." (no quotation); "Opponents argued ..." (a body called "Opponents")."""
    text = ("Solicitor General Elizabeth Prelogar, arguing for the Biden administration, told the justices the law "
            "discriminates on the basis of sex.")
    quotes = extract(text).quotes
    assert [(q.speaker, text[q.content_start : q.content_start + 7]) for q in quotes] == [
        ("Elizabeth Prelogar", "the law")]
    text = "Arsenal have agreed a £60m fee with Real Sociedad for Martin Zubimendi, BBC Sport understands."
    assert _speakers(text) == ["BBC Sport"]
    assert _speakers("Opponents argued the program would drain money from rural schools.") == [""]


def test_set_55_and_56_arabic_articles_an_aliased_name_with_and_bodies_described_and_a_head_of():
    """Sets 55 and 56's misses: "President Abdel Fattah el-Sissi said" (no name: "el-Sissi" read
    as a lowercase word); "according to the US National Snow and Ice Data Center (NSIDC)" (cut
    at "and"); "Turkey's central bank kept its key rate ... and said ..." (no quotation: "it
    would maintain a tight policy stance" was one instead); "The agency has hired ... but said"
    (no quotation); a lede's "..., the head of the canal authority said Monday." with "Osama
    Rabie, chairman of the Suez Canal Authority, said" next (nobody); "A spokesperson for the
    company added" after "Thames Water ... said" (the regulator: "Water" made no company)."""
    assert _speakers("“We will not leave,” Syrian President Bashar al-Assad said.") == ["Bashar al-Assad"]
    text = ("Snow cover in the Alps fell to a record low in March, according to the Swiss Institute for Snow and "
            "Avalanche Research (SISAR).")
    assert _speakers(text) == ["Swiss Institute for Snow and Avalanche Research"]
    text = ("ISTANBUL, Oct 17 (Reuters) - Turkey's central bank kept its key interest rate at 50% on Thursday and said it "
            "would maintain a tight policy stance.")
    assert _speakers(text) == ["Turkey"]
    assert _speakers("Clinton maintains a commanding lead among black voters.") == []  # a lead kept, not said
    text = ("The Toronto Transit Commission will cut service on 12 routes.\n\nThe agency has hired 300 operators this "
            "year but said it is still about 90 short.")
    assert _speakers(text) == ["Toronto Transit Commission"]
    text = ("CAIRO (AP) — Egypt's Suez Canal revenue fell by more than half last year, the head of the canal authority "
            "said Monday.\n\nOsama Rabie, chairman of the Suez Canal Authority, said revenue dropped to $4 billion.")
    assert _speakers(text) == ["Osama Rabie", "Osama Rabie"]
    text = ("Anglian Water said it would appeal the fine. A spokesperson for the company added that it had invested "
            "£1bn in treatment works.")
    assert _speakers(text) == ["Anglian Water", "Anglian Water"]


def test_set_57_and_58_a_ministry_of_a_country_and_a_company_s_internal_memo():
    """Sets 57 and 58's misses: "Greece has requested help from other European Union countries,
    the civil protection ministry said." (the European Union, then the broadcaster ERT: any
    organisation named last); "according to an internal memo seen by Reuters" (nobody: the memo
    is the company's, not the outlet's that saw it)."""
    text = ("“We are facing a very difficult night,” the fire brigade spokesman told state broadcaster ERT.\n\nGreece "
            "has requested help from other European Union countries, the civil protection ministry said.")
    assert _speakers(text)[-1] == "Greece"
    text = "Intel is planning to cut thousands of jobs in its sales group, according to an internal memo seen by Reuters."
    assert _speakers(text) == ["Intel"]
