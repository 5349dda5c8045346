"""Word lists the rule-based extractors share. Kept in one place so they can grow with evidence."""

from __future__ import annotations

import re
from functools import lru_cache


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Lowercase words inside a person's name: "Ursula von der Leyen", "Mohammed bin Salman", "Luiz
# Inácio Lula da Silva", "Charles de Gaulle".
NAME_PARTICLES = frozenset("von van der den de da do dos das di du del della bin ibn al el ter ten le la".split())

# Reporting verbs, in every inflection we accept as an attribution cue.
# Quotation marks: curly and guillemet openers and closers, and the straight mark that is either.
OPEN_MARKS = "“«„"
CLOSE_MARKS = "”»"
STRAIGHT = '"'

CUE_VERBS = _words(
    """say says said saying tell tells told telling add adds added adding write writes wrote
    writing argue argues argued arguing warn warns warned warning insist insists insisted
    insisting claim claims claimed claiming note notes noted noting tweet tweets tweeted
    tweeting ask asks asked asking explain explains explained explaining state states stated
    announce announces announced announcing report reports reported reporting declare declares
    declared declaring acknowledge acknowledges acknowledged acknowledging admit admits admitted
    admitting predict predicts predicted predicting suggest suggests suggested suggesting
    contend contends contended contending maintain maintains maintained maintaining allege
    alleges alleged alleging assert asserts asserted asserting confirm confirms confirmed
    confirming deny denies denied denying reply replies replied replying respond responds
    responded responding recall recalls recalled recalling observe observes observed
    observing concede concedes conceded conceding complain complains complained complaining
    estimate estimates estimated estimating stress stresses stressed stressing emphasize
    emphasizes emphasized emphasised emphasises promise promises promised promising
    continue continues continued vow vows vowed vowing pledge pledges pledged pledging
    believe believes believed think thinks thought agree agrees agreed agreeing
    point points pointed joke jokes joked quip quips quipped boast boasts boasted
    charge charges charged accuse accuses accused accusing indicate indicates indicated
    reveal reveals revealed mention mentions mentioned predict recount recounts recounted
    shout shouts shouted yell yelled write cautioned caution cautions testify testifies
    testified urge urges urged urging conclude concludes concluded show shows showed found
    finds declaring explaining shouting stating announcing predicting recalling confirming
    denying recounting acknowledging asserting contending maintaining stressing concluding
    cautioning complaining boasting joking quipping vowing pledging estimating revealing
    indicating mentioning charging testifying observing conceding emphasizing emphasising
    reiterate reiterates reiterated reiterating exclaimed exclaims lamented laments lamenting
    conceded retorted retorts countered counters countering replied remarked remarks
    remarking wondered wonders wondering mused muses musing read reads ordered recommended recommends
    rules ruled signal signals signaled signalled understands"""
)
# Verbs that attribute only when a quotation follows in the sentence: "called the plan “a
# disaster”", "praised the deal as “fantastic”".
QUOTE_CUES = _words(
    """called calls calling described describes describing labeled labelled labels labeling
    dubbed branded termed praised praises praising hailed hails hailing referred refers blasted
    slammed criticized criticised criticizes mocked mocks touted touts defended defends decried
    dismissed dismisses lamented derided ridiculed urged cited cites citing promised vowed
    pledged boasted bragged complained warned condemned condemns denounced denounces applauded
    welcomed questioned rejected accused thanked thanks thanking blamed blames"""
)
# Cue verbs that count only with a particle: "shot back", "pointed out", "chimed in".
PARTICLE_CUES = {"shot": ("back",), "fired": ("back",), "hit": ("back",), "pointed": ("out",), "points": ("out",),
                 "point": ("out",), "pointing": ("out",), "chimed": ("in",), "weighed": ("in",), "spoke": ("out",),
                 "lashed": ("out",), "called": ("for", "on"), "calls": ("for", "on"), "calling": ("for", "on")}
# Cues that need a preposition or object to be reporting ("pointed out", "according to").
# Cue verbs that take the addressee as an object before the content: "told reporters that".
OBJECT_CUES = _words("tell tells told telling ask asks asked asking warn warns warned urge urged urges")

PRONOUNS = {"he": "person", "she": "person", "i": "person", "we": "unknown", "they": "unknown",
            "it": "organisation", "who": "unknown"}
# Lowercase nouns that can head a speaker phrase ("the spokesperson", "officials", "a source").
ROLE_NOUNS = _words(
    """spokesperson spokesman spokeswoman spokespeople official officials source sources
    minister ministers president secretary senator governor director chief ambassador general
    chairman chairwoman chair ceo commissioner mayor judge attorney lawyer lawyers leader
    leaders adviser advisers advisor advisors aide aides deputy analyst analysts expert experts
    economist economists researcher researchers scientist scientists doctor doctors officer
    officers police prosecutor prosecutors investigators critics supporters voters residents
    witnesses witness author authors candidate nominee campaign manager strategist pollster
    observers diplomat diplomats representative representatives lawmaker lawmakers member
    members executive executives founder professor teacher president-elect speaker man woman
    men women friend friends mother father mom dad wife husband son daughter brother sister
    neighbor neighbour neighbors colleague colleagues supporter resident person people student
    students worker workers owner activist activists organizer organizers protester protesters
    fan fans veteran veterans parent parents customer employee employees host anchor reporter
    reporters journalist journalists editor writer columnist blogger commentator pundit
    historian tycoon billionaire businessman businesswoman star actress actor singer rapper
    comedian celebrity congressman congresswoman rival rivals opponent opponents critic ally allies nurse pastor
    priest bishop rabbi imam coach player chief-of-staff lawmaker delegate delegates
    strategists consultant consultants insider insiders observer firefighters paramedics rescuers opposition
    traders investors dealers brokers bankers regulators shareholders creditors consumers farmers
    retailers employers businesses companies firms landlords tenants
    judges justices senators governors mayors jurors nurses teachers soldiers family relatives mvp
    staffer staffers volunteer volunteers organiser organisers operative operatives donor donors
    fundraiser lobbyist lobbyists contestant contestants riders passengers commuters shoppers
    drivers patients visitors tourists travellers travelers motorists publicist publicists
    groups organizations organisations agencies unions advocates campaigners villagers locals
    medics charities universities colleges schools hospitals airlines automakers carmakers insurers lenders"""
)
# Numbered units of a body: "District 751", "Local 1199", "Lodge 12".
NUMBERED_UNITS = frozenset("district local lodge chapter branch division precinct ward".split())
# Lowercase heads that make a speaker phrase an organisation or a document.
ORG_NOUNS = _words(
    """statement ministry government agency department administration office committee
    commission council company firm group report poll survey study analysis campaign
    alliance party court police force military army ministry newspaper network website paper
    organization organisation union association institute foundation bank board team
    spokesman's release letter memo filing document documents data figures records
    province city county municipality town township
    automaker carmaker airline carrier retailer insurer lender bank miner producer chipmaker giant corporation
    broadcaster publisher utility festival railway railroad manufacturer developer startup conglomerate
    hospital school university college museum church airport club league embassy consulate
    regulator watchdog prison charity clinic authorities authority concern maker thrift brokerage
    thinktank think-tank nonprofit audit investigation inquiry unit service detachment"""
)
# Industry compounds in -maker name a company ("the planemaker", "the drugmaker"); "lawmaker",
# "policymaker" or "filmmaker" are people and are not listed.
MAKERS = _words("""planemaker jetmaker drugmaker toymaker steelmaker truckmaker chipmaker automaker carmaker
    phonemaker glassmaker papermaker"""
)
ORG_NOUNS = ORG_NOUNS | MAKERS
# Documents that speak for whoever issued them ("the report said", "a statement by the ministry").
DOCUMENT_NOUNS = _words("statement report release letter memo filing poll survey study analysis "
                        "document documents data figures records website email e-mail audit investigation inquiry")  # "the newspaper said" is the paper's own
# What an author does to a document ("data compiled by LSEG", "figures released by Statistics
# Canada"): the document then speaks for the author. Not "obtained": papers obtain others' documents.
COMPILED = frozenset("compiled released published collected gathered provided prepared issued".split())
# Title words that precede a name and are kept as the role ("Foreign Minister Sergei Lavrov").
TITLE_WORDS = _words(
    """minister foreign prime president vice secretary spokesperson spokesman spokeswoman
    senator sen. rep. gov. governor director chief ambassador general gen. chairman chair ceo
    official commissioner mayor judge attorney leader adviser advisor aide deputy press state
    defense defence nominee candidate manager speaker former house senate white
    democratic republican presidential campaign sgt. lt. col. capt. dr. mr. mrs. ms. prof.
    representative congressman congresswoman lawmaker executive founder professor pope king
    queen prince chancellor premier sheriff detective officer lawyer analyst economist
    secretary-general then-candidate gop u.s. labour labor conservative del. coach justice
    constable const. cst. sergeant inspector superintendent corporal cpl. captain colonel
    lieutenant admiral commander councillor councilor coun. cllr. sir dame director-general
    maj. brig. brigadier adm. cmdr. pvt. pm cm det. insp. supt. ch. dci dcs tánaiste taoiseach"""
)
TITLE_WORDS = TITLE_WORDS | {w.rstrip(".") for w in TITLE_WORDS}  # "Sen." and "Sen"
# Words that may sit between a speaker and the cue ("Lavrov also said", "she has said").
BETWEEN = _words(
    """also has had have would will then later previously repeatedly once publicly reportedly
    recently further again initially first had already privately often frequently earlier
    quickly flatly simply bluntly curtly angrily is was are were has been himself herself
    themselves itself"""
)
# Words after a cue that are not the content ("said Monday", "said in a statement").
TIME_WORDS = _words(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    earlier later recently previously last this week month year morning afternoon evening
    night on in a an at the statement interview interviews briefing conference press
    news with by call calls podcast"""
)
DETERMINERS = _words("the a an this that these those its his her their our other another some "
                     "several many one two three four five both each top senior")
ORG_SUFFIXES = _words(
    """ministry department agency office committee commission council government administration
    party police army navy court house senate congress parliament kremlin pentagon union
    association institute foundation bank corporation company group inc. corp. ltd. co. cos. inc corp ltd co cos times post
    journal news network bureau service services center centre university college alliance
    organization organisation press centers centres institutes forces league federation society
    council coalition board chamber authority tribunal assembly forum"""
)
# Industry words that end a company's name: "Rogers Communications", "United Airlines".
COMPANY_WORDS = _words(
    """communications airlines airways motors energy pharmaceuticals technologies systems networks
    entertainment foods resources holdings industries enterprises therapeutics telecom petroleum
    brands logistics aerospace insurance investments properties realty ventures power hydro platforms water"""
)
ORG_SUFFIXES = ORG_SUFFIXES | COMPANY_WORDS
# Verbs of change, for facts (direction) and check-worthiness (a "change" feature).
INCREASE = frozenset(
    "increase increased increases increasing rise rises rose risen rising grow grew grown grows "
    "growing raise raised raises climb climbed climbs jump jumped jumps soar soared surge surged "
    "expand expanded boost boosted gain gained gains hike hiked double doubled "
    "tripled quadrupled".split()
)
DECREASE = frozenset(
    "decrease decreased decreases decreasing cut cuts cutting reduce reduced reduces reducing "
    "fall fell fallen falls falling drop dropped drops dropping decline declined declines "
    "declining lower lowered lowers slash slashed shrink shrank shrunk shrinks lose lost "
    "loses halved halve plunge plunged plummeted tumble tumbled sink sank trim trimmed".split()
)

def _lex(**groups: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for name, words in groups.items():
        for w in words.split("|"):
            out[w] = (*out.get(w, ()), name)
    return out


MONTH_NAMES = "january february march april may june july august september october november december".split()
# Month names and abbreviations ("oct", "sept") -> month number; dates and numbers read them.
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)} | {m[:3]: i for i, m in enumerate(MONTH_NAMES, 1)} | {"sept": 9}


# Irregular simple pasts (the regular ones end in -ed): English's common irregular verbs less
# those of saying, perceiving or thinking (said, told, saw, thought, knew...), the auxiliaries
# (had, did) and forms that are also a present or a noun ("cut", "put", "left", "found", "a bit", "the Fed").
IRREGULAR_PAST = frozenset("""arose ate became began bent bled blew bought bred broke brought built
    caught chose clung came crept dealt drank drew drove dug fell fled flew fought forbade forgave froze
    gave got grew hid held hung kept knelt laid led lent lost made met paid ran rang rode rose sang sank sat
    sent shook shot shrank slept slid sold sought spent sprang stole stood struck stuck swam swept swore
    swung taught threw took tore woke won wore""".split())

# Check-worthiness features: single words and two-word phrases -> feature names.
FEATURE_WORDS = _lex(
    comparison="more|less|fewer|higher|lower|larger|smaller|bigger|greater|most|least|highest|"
    "lowest|largest|smallest|biggest|record|compared|than|worst|best|only|every|never|nobody|"
    "all-time|times as|first ever|no one",
    causal="because|caused|causes|blamed|due to|led to|leads to|resulted in|results in|result in|"
    "as a|thanks to|responsible for",
    event="expelled|signed|voted|passed|killed|arrested|announced|suspended|approved|launched|banned|"
    "invaded|annexed|attacked|closed|opened|fired|hired|elected|appointed|resigned|sued|charged|"
    "convicted|indicted|sentenced|ruled|vetoed|repealed|enacted|imposed|withdrew|deployed|"
    "sanctioned|poisoned|founded|established|created|lost|won|paid|spent|funded|cut|raised|"
    "reduced|increased|shuttering|suspending|revoking|accused|leaked|released|collapsed|destroyed|"
    "built|shut|ended|started|began|was|were|set up|has been|have been",
    prediction="will|would|forecast|projected|expected to|plans to|plan to|going to",
    temporal="since|until|ago|last year|last month|last week",
    opinion="should|applause|laughter|crosstalk|thanks|i think|i believe|i feel|i hope|i want|"
    "we think|we believe|we feel|we hope|we want|i guess|i wish|ought to|let me|let's|thank you|"
    "my opinion",
    hedge="may|might|could|perhaps|maybe|possibly|probably|seem|seems",
    # What checkable statements are usually about: money, jobs, laws, votes, security, health.
    topic="tax|taxes|jobs|job|unemployment|deficit|debt|budget|spending|wages|wage|income|economy|"
    "crime|immigration|immigrants|troops|military|war|oil|energy|insurance|medicare|medicaid|"
    "healthcare|obamacare|social security|pension|pensions|billion|million|trillion|dollars|"
    "percent|law|laws|bill|bills|legislation|voted|vote|votes|plan|program|programs|funding|"
    "companies|business|businesses|workers|families|students|tuition|loans|sanctions|nuclear|"
    "terrorists|terrorism|border|refugees|prices|costs|cost|poverty|murder|murders|guns|gun",
    second_person="you|your",
)
CHANGE_PHRASES = ("in half", "doubled", "tripled", "halved")
for _w in sorted(INCREASE | DECREASE | set(CHANGE_PHRASES)):
    FEATURE_WORDS[_w] = (*FEATURE_WORDS.get(_w, ()), "change")
for _m in MONTH_NAMES:
    if _m == "may":
        continue  # the modal verb
    FEATURE_WORDS[_m] = (*FEATURE_WORDS.get(_m, ()), "temporal")

ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,9}$")


def words_regex(words: frozenset[str] | set[str] | list[str]) -> re.Pattern[str]:
    """A trie-shaped regex matching any of `words` as whole words (lowercase input).

    Python's `re` tries alternatives one by one; sharing prefixes turns a 150-word alternation
    into a few character tests per position, which is what makes one-pass lexicon scans cheap.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return re.compile(r"\b" + build(trie) + r"(?![\w'’-])")


def matches_from(pattern: re.Pattern[str], first: re.Pattern[str], text: str, start: int = 0,
                 end: int | None = None) -> list[re.Match[str]]:
    """pattern.finditer(text), tried only inside the runs that `first` finds.

    `re` tries a pattern that opens with a group, a repeat or a lookaround at every character,
    about 30 ns each, while a pattern that opens with a character class is skipped to in C.
    `first` ("[x][x]*" for a class x) must find runs of the characters where a match of
    `pattern` may start; within a run the pattern is tried at its start and after each match
    or failure, as finditer would."""
    end = len(text) if end is None else end
    out: list[re.Match[str]] = []
    last = start
    for run in first.finditer(text, start, end):
        p, run_end = max(run.start(), last), run.end()
        while p < run_end:
            if m := pattern.match(text, p, end):
                out.append(m)
                p = last = max(m.end(), p + 1)
            else:
                p += 1
    return out


def find_all(text: str, needle: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every position of `needle` in text[start:end]; str.find is far cheaper than a regex pass."""
    end = len(text) if end is None else end
    out = []
    i = text.find(needle, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1, end)
    return out


def is_title_case(line: str) -> bool:
    """Four or more words, at least 80% of them capitalised (or opening with a digit or sign),
    among the line's first twelve: a headline ("Watch The Best Moments From The GOP Debate"),
    not a sentence or a speaker's turn. Quotes and punctuation around words and one-letter
    words are not counted."""
    words = [w for w in (w.strip("‘’'\"“”,.:;") for w in line.split()[:12]) if len(w) > 1]
    return len(words) >= 4 and sum(w[0].isupper() or not w[0].isalpha() for w in words) >= 0.8 * len(words)


def is_word_char(c: str) -> bool:
    """What `re` counts as \\w, so hand-written boundary tests agree with `\\b`."""
    return c.isalnum() or c == "_"


@lru_cache(maxsize=4)  # segmentation, the word scan and numbers all lowercase the same article
def lower_same_length(text: str) -> str:
    """text.lower() with offsets kept: a few characters ("İ") grow when lowercased."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
