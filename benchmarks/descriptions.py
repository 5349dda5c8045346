"""Who descriptions, titles and short names point to, on hand-written news paragraphs
(benchmarks/data/description_speakers.jsonl).

    python -m benchmarks.descriptions

Each paragraph lists, in order, the speaker of every quotation a reader finds in it ("" where
none is named). A quotation counts when extraction finds it in that place and its speaker ends
with the expected surname (or organisation's last word). "aligned accuracy" also counts a
quotation found in step after one missed or found in excess (the two lists aligned by difflib),
which is closer to "speaker accuracy on found quotations". "whole names" counts a quotation
right only when its speaker is the whole name the list writes ("Edmonton Chamber of Commerce",
not "Commerce"; "Gemma Stone", not "Det Ch Insp Gemma Stone"): the last word can be right while
the name a user reads is a fragment or carries a title; those are listed under "right, but the
name differs" (some are the same speaker written otherwise: "U.S. State Department"). The kinds: "the premier" after
"Premier Danielle Smith", "the senator" after "Sen. Maria Cantwell", "the company" after a
company known by one word, acronyms, pronouns after a description, ages and appositions, a
time ("2 a.m.") before a quotation. Sets:
- "looked at": 24 paragraphs written on 2026-12-02 before that day's speaker rules; their
  misses led to the rules ("the premier", "Inc."/"a.m." before a quotation, "the company");
- "scored once, then looked at": 10 written after those rules and scored once (14/17; the
  previous commit 12/17); one of its misses ("the senator" after "Sen.") then led to reading
  a title's abbreviation in full, so it is no longer unseen.
- "held out (ninth session)": 14 paragraphs written on 2026-12-02 (ninth session) before any
  rule of that session and scored once (18/24); their misses led to that session's rules (a
  role in apposition, "the minister" named just after, "the statement" of the sentence before,
  a one-word company by its own "its", a name closing an opening phrase before "he");
- "held out, second (ninth session)": 14 wire, court, sports and business paragraphs written
  after those rules and scored once (24/28); their misses led to the session's later rules (a
  job or nationality before a given name is no part of the name, "residents of Lytton" do not
  speak for it, "the Canadian Press", "the nation's top expert" for the person just named,
  "a spokesperson for Hydro-Québec" speaks for it and "a lawyer for Trump" names nobody).
- "held out (tenth session)": 14 paragraphs written on 2026-12-07 before any rule of that
  session and scored once (21/30 as written; two lists were then corrected by the reading rule
  above, not by the output: the WHO paragraph's list had left out its direct quotation, and
  "union" was meant as Unifor, named after it: 22/31); their misses led to that session's rules
  (an acronym spelling a pronoun, "WHO said"; a surname that is also a job, "Nurse said"; "the
  spokesperson" after "a spokesperson for Amazon"; "the automaker"; "the Bureau of Labor
  Statistics"; "who asked not to be named"; "Ford Motor Co. said"; an apposition opening with a
  possessive, "Canada's chief public health officer"; "told analysts on a call").
- "held out (eleventh session)": 20 paragraphs in other newsrooms' styles (British honorifics,
  straight quotation marks, wire copy with unnamed sources, court, sport, statistics agencies)
  written on 2026-12-07 before any rule of that session and scored once (29/38); their misses
  led to that session's rules ("Sir Keir" for Keir Starmer; "the judge" after "Justice Sarah
  Whitten"; a company ending in an industry word, "Rogers Communications"; "it said" after "The
  World Bank cut its forecast"; "Maple Leafs coach Craig Berube" is about the coach; a
  document's issuer in "The report, released by the Parliamentary Budget Officer,"; "the Office
  for National Statistics"; "..., two people familiar with the matter told Reuters.").
- "held out, second (eleventh session)": 20 paragraphs of everyday news (politics, markets,
  police, health, sport, courts) written after those rules and scored once: 35/36. The miss,
  "Shares of Nvidia fell ... after the company said", led to reading a company from its shares.
- "held out, third (eleventh session)": 16 paragraphs in British, Australian and wire styles,
  longer and with more people, written after the second set's rule and scored once: 16/32.
  One list broke the reading rule (it expected a quotation in "Health Canada approved the
  vaccine"); corrected, the set has 31 quotations, on which the code scored once scores 17/31.
  Their misses led to the session's last rules ("the former prime minister" or "the prime
  minister" for the person the text is about when nobody else came up and no other office is
  written with that person; "A Downing Street spokesperson"; "Amazon will hire ..., the company
  said" and "Health Canada approved ... the department said"; "Police in Manchester said";
  "according to a statement from India’s foreign ministry"; "The hospital said"): 27/31 after.
  A last rule from the same misses: a nationality ("the Serbian", from a shipped list of
  demonyms), an age ("the 36-year-old") or what a person is known for ("the activist") stands
  for the person the text is about: 28/31 (and the tenth session's "the activist", 29/31).
  Left: "Her husband" (Tom Ellis), "Dr. Mark Joffe" after "Health officials ... confirmed", and
  the order of one paragraph.
- "held out, fourth (eleventh session)": 16 paragraphs (entertainment, technology, Indian
  politics, courts, science, sport and city hall, some in several paragraphs) written after all
  of the above and scored once: 25/28. Their misses led to reading "said lead author Dr. Priya
  Nair", "a heat warning" as a noun, and "… said on condition of anonymity." as why, not what:
  27/28. Left: "The World Health Organization declared the outbreak a global emergency" is
  found as reported speech (PolNeAR counts "declared"; making it a weak cue cost train recall).
- "held out, fifth (eleventh session)": 16 paragraphs (Irish, New Zealand, South African,
  Pakistani, Brazilian and North American news, an obituary, a market story) written after all
  of the above and scored once: 26/33. Their misses led to "McClelland & Stewart" and "Lt. Col.
  Peter Lerner" in apposition, "Analysts at Wedbush said", "the bank" for "the Bank of England",
  "Her sister Venus" (Venus Williams), "it had added 2,000 megawatts" is no remark, and
  "Forces" and "authority" as organisation words: 31/33. With them, "Researchers at McMaster
  University have found that ..." in the fourth set is reported speech of McMaster University,
  which that list did not expect (26/28 there now). Left: "Pakistan’s disaster management
  authority" named "Pakistan" (its owner, as "the NATO statement" is NATO's). "Lula said" for
  Luiz Inácio Lula da Silva came right in the twelfth session (32/33).
- "held out (twelfth session)": 18 paragraphs in US local, wire, court, business and magazine
  styles (a sheriff on local TV, an earnings call, a post-game, a school board, an obituary,
  "says" before the name) written on 2026-12-07 before any rule of that session and scored
  once: 29/32. The misses led to "the Pennsylvania Democrat" for the senator the text is about
  (a state and a party, like a nationality), a job noun of any ending between a description and
  the name ("says Olympic gymnast Simone Biles", not "Olympic"), and "Google’s vice president"
  naming Google for a later "the company": 32/32.
- "held out, second (twelfth session)": 16 paragraphs (British tabloid and royal news, long-form
  with court documents, Canadian local news, Australian politics, a press release, a landlord
  dispute, an unnamed Ukrainian refugee) written after those rules and scored once: 26/30. One
  list broke the reading rule (it expected nobody for "A spokeswoman for the Department of
  Homeland Security, who spoke on condition of anonymity, said", where a spokesperson speaks
  for the department); corrected, 27/30. Its misses led to "The Duke of Sussex" for Prince
  Harry (a peerage title, and "Prince Harry" as a royal's name), "the hospital" for the one named
  with that word though an outlet was named since, and "Transport for London (TfL) said" (an
  alias after a name, checked to abbreviate it). With them, and given names common in births
  since 2000 ("Harry", "Jasmine"), 30/30.
- "held out, third (twelfth session)": 16 paragraphs (London police, Indian state politics, a
  Bloomberg interview, the NFL, a GAO report, a study's lead author, a resignation letter, a
  court's majority and dissent, a pop star's post) written after all of the above and scored
  once: 24/25. The miss, an apposition holding a name particle ("the city’s chief medical
  officer, Dr. Eileen de Villa, urged"), led to reading particles there: 25/25.
- "held out, fourth (twelfth session)": 16 paragraphs (markets, French and British politics,
  Israel and Gaza, tennis and football transfers, NASA, a podcast, the CDC, a federal judge, FEMA,
  Indian ministers, Chicago, OpenAI, an Ontario union) written after all of the above and scored
  once: 20/28, the lowest first score since the eleventh session's third set. Its misses led to
  "the Spanish star" or "the French striker" for the player the text is about (a nationality
  before a fame noun; not before an office: "the Mexican president" is someone else), "The
  Israeli military said" named as written (a nationality is nobody's name), and "The union
  representing the nurses, the Ontario Nurses’ Association, said" (a description, then its name):
  22/28; and "the province" for the Canadian province the text named last (it named nobody
  by design): 23/28. Left: "The Gaza health ministry" is named "Gaza" (a place owning a body,
  by the owner convention); "recommended" is no cue; "the club" after "join Real Madrid" knows
  no club.
- "held out, fifth (twelfth session)": 16 paragraphs of international wire copy (Iran, China,
  Gaza, Sudan, Venezuela, the Koreas, Niger, the Vatican, Indonesia, Mexico, the UN, Taiwan,
  Kenya, Ukraine, the Netherlands, Argentina) written after all of the above and scored once:
  18/27, the lowest first score of the twelfth session. Its misses led to "said Nicolás Maduro’s
  main challenger, Edmundo González" (the name after a possessor and a role speaks) and "Israel’s
  prime minister’s office said" (an office-holder's office, owned by the country): 20/27. Left,
  and counted as misses: "denied the claim", "read the statement" and "called for a ceasefire"
  (no content clause; the list expected quotations there), "State media reported" and "A source
  in the agency told AFP ..." (not found), "the pontiff" (taking "pope" as a role named Pope
  John Paul where Francis was meant on PolNeAR, so left out), "The junta in Niger".
- "held out, sixth (twelfth session)": 16 more paragraphs of international wire copy (Russia, Turkey,
  Haiti, Lebanon, South Africa, Pakistan and India, Japan, the IAEA, Venezuela, Saudi Arabia,
  China and Taiwan, Nigeria, Thailand) written after the fifth set's rules and scored once:
  27/28. The miss ("The opposition said" was not read as a speaker) led to "opposition" as a
  group noun: 28/28.
- "held out, seventh (twelfth session)": 14 paragraphs (Formula One, cricket, British politics and
  the Guardian's style, tech, courts, science, pop, baseball) written after all of the above and
  scored once: 21/26. One list broke the reading rule (it expected nobody for "A Guardian
  analysis found", where a document speaks for whoever issued it); corrected, 22/26. Its misses
  led to "the Dutchman" after "Max Verstappen won the Japanese Grand Prix" (a name run opening
  with a nationality is no other person) and "Labour MPs said" (a plural abbreviation is people
  of a kind, not a name "MPs"): 24/26. Left: "The researchers, from the University of Oxford,
  said" and "The company said" after "Jeff Bezos said Blue Origin would ...".
- "held out (thirteenth session)": 18 paragraphs in the style of a business daily of the late 1980s
  ("Mr. Cohen said", "the trucking concern", "a company spokeswoman", "said Barbara Isgur, an
  analyst with Paine Webber Inc.", "Traders said", "the agency") written on 2026-12-07 before any
  rule of that session and scored once: 27/42 (0.64), the lowest first score of any set. Its misses
  led to reading a company's first word or initials as the company named before ("Drexel said",
  "A GM spokesman"), "and" inside a name ("the Securities and Exchange Commission", "Ministry of
  International Trade and Industry"), "the agency" as no company and "the company" as no public
  body, "the concern" and "the computer maker" as companies, "a company spokeswoman" and "a
  ministry official" as the body the text names, plural trades ("Traders said", "Economists in
  Tokyo said") as nobody named, "one of the men" as a speaker phrase, and "Charles Keating Jr."
  (the dot ends no sentence; "Jr." is kept, as Donald Trump Jr. is not his father, and "Mr.
  Keating" finds him): 42/42.
- "held out, second (thirteenth session)": 18 more paragraphs of that business daily (Congress with
  "(D., Texas)", Treasury, the Fed, Tokyo, bond and currency desks, HUD, Drexel) written after
  those rules and scored once: 29/35. Its misses led to "A Sony spokesman in Tokyo said" (the
  spokesman speaks, not the city), "The Treasury chief" for "Treasury Secretary Nicholas Brady",
  "HUD officials said" for HUD (but "Chinese officials" or "Administration officials" for
  nobody), and "James D. Robinson III" in apposition, found again by "Mr. Robinson": 35/35.
- "held out, third (thirteenth session)": 20 paragraphs of today's US political and local news
  (Truth Social posts, "Ms. Warren said in a statement", "D-N.Y., told CNN’s Dana Bash", "Karen
  Smith, 45, of Springfield", "shot back", cataphora with "Mayor Brandon Johnson", an AP report)
  written after all of the above and scored once: 26/29 (0.90). Its misses led to military ranks
  as abbreviations ("Maj. Gen. Pat Ryder") and "Officials with the National Weather Service said",
  with "the agency" after it: 29/29.
- "held out, fourth (thirteenth session)": 18 paragraphs of Indian, Singaporean, Nigerian, Kenyan,
  Philippine, Hong Kong, South African, Pakistani, Taiwanese, Israeli and Bangladeshi news written
  after all of the above and scored once: 24/28. Its misses led to "The CM also said" and "PM
  Modi" (abbreviated offices), "Mr Ong" after "Ong Ye Kung" (a family name written first; also
  "Ivanka" after "Ivanka Trump", not a headline's "Obama Sees"), "the newspaper said" for the paper
  that spoke (not a news agency), and "South Africa’s Eskom" (a country owning a name is not part
  of it): 28/28.
- "held out, fifth (thirteenth session)": four whole articles, not paragraphs (a Reuters business
  story with its dateline and footer, a Guardian politics story, an AP court story, a local TV
  crime story), 42 quotations, written after all of the above and scored once: 26/42 (0.62). A
  quotation missed or found out of place counts against every one after it in its article, so
  whole articles score lower than paragraphs. Their misses led to "rival Sainsbury’s said" (a
  name with its "’s"), "a move retailers say will add ...", "the prime minister" in the paragraph
  after its holder spoke (past a place in the opening adverbial), "A Department for Work and
  Pensions spokesperson", "The Resolution Foundation thinktank", datelines such as
  "SPRINGFIELD, Ill. (WICS) —" and "LONDON, March 4 (Reuters) -", "police said" naming nobody
  before a force is named, "according to a news release from ...", "Outside the courthouse,
  Menendez blamed ..., saying": 35/42. Left: "signed a letter ..., urging her to rethink" (no
  named clause subject), which puts the rest of its article out of step. The same rules also
  made "Mrs. Clinton" Hillary Clinton though Bill Clinton was named since (an honorific's gender
  chooses between two people of one surname).
- "held out, sixth (thirteenth session)": four more whole articles (a New York Times political
  story with "Mr." throughout, a BBC economics story in straight quotation marks, a football match
  report, a health study) written after all of the above and scored once: 13/29 (0.45); 15/29 with
  this scorer, which now reads "III" as a generation as it reads "Jr.". One list was then
  corrected by the reading rule: it had left out a quotation nested in another ("Ms. Psaki said
  the senator had promised the president that he would support ..."): 14/30. Their misses led to
  "Senator Joe Manchin III of West Virginia" (a person of a place or an institution, "Robert
  Gordon of Northwestern University"), "responded with unusual sharpness" and "a state that Trump
  won" as no quotation, "…, official figures show." as one (as PolNeAR marks all 11 of its
  "…, records show."), an apposition then a relative clause ("Dr Daniel Bailey, a reader at
  Brunel University, who was not involved, said") and "the 31-year-old" for the coach the text is
  about: 30/30. With the same reading, the ninth session's "official data showed on Friday" is
  now a quotation its list expects; so, since the ninth set of this session, is the twelfth
  session's "Court documents show the company knew of the defect" (a document that shows or finds
  is an attribution in 39 of 40 PolNeAR sentences without "that").
- "held out, seventh (thirteenth session)": four more whole articles (an AP hurricane story, a
  Reuters-style Apple earnings story, a Canadian Press budget story, an Australian court story)
  written after all of the above and scored once: 22/30. The misses were two quotations too many:
  "beating Wall Street estimates," read as a verb, and "defended the spending plan, saying it
  would “…”" giving the quotation to "defended". With a cue word after a name and before a comma
  read as a noun, and a quotation after a participle cue left to it: 30/30.
- "held out, eighth (thirteenth session)": four more whole articles (a local profile of two women,
  an AP "The Latest" live blog, a press release with its dateline and "About" footer, an
  entertainment story) written after all of the above and scored once: 13/21. Their misses led to
  "the Ohio governor" (a US state and an office) for the person the text ties to that state
  ("Rubio (R-Fla.)", "Rubio of Florida", "Florida Sen. Marco Rubio"; else nobody, as a live blog
  names many senators), "A spokesperson for the company said", "The singer" in the paragraph
  after the lede, and "TORONTO, June 3, 2025 /CNW/ - Northwind Energy Inc. (TSX: NWE) today
  announced": 19/21. Left: "The Texas senator" after "Ted Cruz says ..." (nothing ties Cruz to
  Texas, so nobody) and, so, the Ohio governor of the same blog.
- "held out, ninth (thirteenth session)": 16 paragraphs of syntax between the speaker and the cue
  ("for her part", "however", "In response", "speaking on condition of anonymity", "wrote on X,
  formerly Twitter, that", "posted on Instagram:", a split quotation, "Asked whether ...")
  written after all of the above and scored once: 16/19. One list broke the reading rule (it
  left out "Adele announced her retirement", which PolNeAR and this benchmark count as reported
  speech): 17/20. The misses led to "The poll showed Trump leading" counting without "that" (39
  of the 40 such PolNeAR sentences are attributions), "Police in Manchester" as "Manchester
  Police" and "Police said" as the force the text named ("Greater Manchester Police"). With no
  force named, "Police said" stays "Police", as PolNeAR's annotators name it, against this list
  (which expects nobody): 17/20. Left: that, and "A report ... found widespread errors" (two
  words of content are too few to report).
- "held out, tenth (thirteenth session)": four more whole articles (two women on a city council,
  an oil company with its chief executive and analysts, an English appeal court, a tennis match)
  written after all of the above and scored once: 19/23. The misses, all in the court story,
  led to plural offices ("the judges said", also "senators", "governors"), "Letby’s family said"
  and letters after a name ("Benjamin Myers KC" is Benjamin Myers; "Mr Myers" finds him): 23/23.
- "held out, eleventh (thirteenth session)": four more whole articles (Al Jazeera on Lebanon, a
  Bloomberg markets story, an obituary, a Washington newsletter with bullets) written after all
  of the above and scored once: 17/23. One list broke the reading rule: "“…,” Johnson said,
  according to two people in the room" is also an attribution to the two people, as PolNeAR
  marks "according to Reuters" around a quotation; corrected, 22/24. The misses led to "The group
  later said" for the body named by one word that spoke last ("Hezbollah"), and "The Prince of
  Wales" (a title names the person, unless the text is about a royal or a peer: "Prince Harry
  ... the Duke of Sussex"): 24/24.
- "held out, twelfth (thirteenth session), final": four whole articles (NPR, Reuters from Beijing
  with a spokesperson named "He Yadong", a school board meeting, a technology launch) and eight
  paragraphs, written after every rule of that session and scored once on 8b38abe: 27/29 (0.93;
  aligned 27/29). This is the session's held-out figure for that commit. The misses: "The company
  said" after "OpenAI on Tuesday released ..." (no company found) and "Her husband, Luis, said"
  (the kin in apposition, read as "Luis" alone). Both classes were then fixed ("ChatGPT" was
  split as two glued sentences, hiding the company; a relative in apposition): 29/29, no longer
  held out.
- "held out, thirteenth (thirteenth session)": three whole articles (a scraped Reuters page with
  its headline, byline, time stamp and footer; a post-game story with two coaches; an Ontario
  highway story) written after the final set and scored once: 12/13. Its miss led to
  "Environmental Defence" (a title's modifier ending a body's name) and to "was asked" and "is
  told" as passive (the subject hears, it does not speak); that removed a quotation found in excess
  and exposed "“…,” the coach said" after "Justin Herbert" was named, which abstains: 12/13.
- "held out, fourteenth (thirteenth session), final": three whole articles (Australian politics,
  Boeing's job cuts with an SEC filing and a strike, an English murder charge with "Avon and
  Somerset Police") and six paragraphs, written after every rule of the session and scored once
  on 5b1e60f: 22/22. With the twelfth set, the session's held-out figure: 49/51 (0.96).
- "held out, fifteenth (thirteenth session)": four more whole articles (Reuters from Seoul, AP
  from Mexico City, an NBA game, a measles outbreak) written after the fourteenth set and scored
  once: 16/18. One list broke the reading rule: "KCNA reported the news" reports, as "announced
  the funding" does; corrected, 17/19. The misses led to a dateline line in capitals being no
  headline ("Yoon said" finds "Yoon Suk Yeol"), "in a televised address that" as a channel, and
  "The four-time MVP" for the player the text is about: 19/19.
- "held out, sixteenth (thirteenth session), final": four whole articles (markets, cricket, a
  Sacramento bill, Nvidia's results) and five paragraphs (a Kremlin spokesman, a family's
  statement, a UN agency, ...), written after every rule of the session and scored once on
  adcf4c6: 17/19. With the twelfth and fourteenth sets, the session's held-out figure: 66/70
  (0.94). The misses: "after the Federal Reserve held rates and
  said" (the subordinate clause's subject speaks; without a comma "and" joins the nearer verb)
  and "The family of the victim said" (found no quotation). Both classes fixed: 19/19.
- "held out, seventeenth (thirteenth session), final": three whole articles (Canadian politics,
  a football match, an AP health story) and five paragraphs, written after every rule of the
  session and scored once on 265002d: 17/18. With the twelfth, fourteenth and sixteenth sets,
  the session's held-out figure: 83/88 (0.94). The miss: "the planemaker" after "Shares of
  Boeing" (industry compounds in -maker name a company). Fixed, with "The lawmaker" for a
  senator or representative named before and, found trying variants, "said the U.N.
  secretary-general, António Guterres" (the name in apposition, not "U.N."): 18/18.
- "held out, eighteenth (fourteenth session), final": four whole articles (Reuters oil markets
  with a byline footer, a British court report, Salesforce's results, a Denver TV crime story)
  and seven paragraphs, written on 2026-12-07 (fourteenth session) after that session's first
  changes (dotted initials keep their stop, "data from the Department of Education", "said
  Secretary of State John Kerry", a role in apposition before the name) and scored once on
  8313b03, the last commit of the thirteenth session: 31/37 (0.84), aligned 35/37. Two lists were
  then corrected by the reading rule, not by the output: "Karen Whitlock, 52, admitted 14 counts
  of theft" is reported speech as PolNeAR reads "denied the charges", and "..., police said."
  with no force named before is "" as in every earlier set (the list had "Police"): 37/38 on
  8313b03. The one miss: "said one resident, who asked not to be named" named nobody and the
  quotation then took the next paragraph's speaker ("one" now opens a noun phrase, and an
  unnamed source goes on speaking in its paragraph): 38/38.
- "held out, nineteenth (fourteenth session), final": four whole articles (AP from Melbourne on
  the central bank, a football transfer, a health study, a mayoral race with a Q&A opening) and
  six paragraphs, written after the output audit of the PolNeAR speakers and scored once on
  a61cd14: 17/26 (0.65) as written, aligned 21/26. Four lists were then corrected by the
  reading rule: "Australia’s central bank ... warned that" and "A new study suggests that" are
  reported speech (PolNeAR counts "warned" and "suggests"; the study names nobody), "According
  to court documents" names nobody, as "the statement said" does, and a country's body is the
  country by the owner convention of the earlier sets ("Iran’s foreign ministry" is Iran, as
  "China’s commerce ministry" is China): 24/28 (0.86), aligned 25/28. Misses: "Her opponent,
  former police chief Mark Hensley, said" named nobody, "a spokeswoman for the Scottish
  government" named nobody, and "he would write to the prime minister" held a second
  quotation. Fixed: 26/28. Left: "Jane Hume, blamed government spending" (PolNeAR reads "blamed
  X" as reported speech; made a cue, "blamed" took quotations from the clauses after it, so it
  is not one).
- "held out, twentieth (fourteenth session), final": four whole articles (an Indian court
  story with a "NEW DELHI:" dateline, a football match report, Boeing's layoffs, a London
  stabbing in BBC style) and six paragraphs, written after set 19's rules and scored once on
  e5e6426: 22/27 (0.81), aligned 23/27. Misses: the dateline "NEW DELHI:" made "DELHI" an
  organisation that "an official in the home ministry" stood for; "... District 751, which
  represents the strikers, said" and "..., the force said." found no quotation; "Ford recalled
  240,000 SUVs" was read as Ford remembering, which also hid the agency's attribution. Fixed:
  27/27.
- "held out, twenty-first (fourteenth session), final": four whole articles (a CBC-style
  Ottawa story, a Bloomberg-style scoop with unnamed sources, AP from Manila, an NFL game) and
  five paragraphs, written after set 20's rules and scored once on adffdea: 25/27 (0.93),
  aligned 25/27. Misses: "ordered government agencies to speed up relief" found no quotation
  ("ordered" is now a cue, as PolNeAR reads it) and "Riders told CBS News" named "Riders"
  (plural people nouns such as riders, passengers and shoppers name nobody, as traders do).
  Fixed: 27/27.
- "held out, twenty-second (fourteenth session), final": four whole articles (a British
  budget row, a Jerusalem dispatch, an analyst note on Nvidia, a US manslaughter verdict) and four
  paragraphs, written after set 21's rules and scored once on 31ab7fe: 19/22 (0.86), aligned
  20/22. One list was corrected by the reading rule: "her daughter, Miriam" is Miriam
  Westheimer, as "Her sister Venus" is Venus Williams (19/22, aligned 21/22). Misses: "...,
  Denise Carter, said outside the courthouse." took "outside the courthouse" for what she said
  (and her quotation the previous speaker), and "..., her publicist said." found no quotation.
  Fixed: 22/22.
- "held out, twenty-third (fourteenth session), final": four whole articles (AP from Nairobi,
  a Pollstar item, the FAA and Boeing, Barcelona's tourist flats) and three paragraphs, written
  after set 22's rules and scored once on 5180d72: 16/20 (0.80), aligned 17/20. Its misses are
  all in the Nairobi story: "Kenya’s president ... withdrew a finance bill ..., saying he had
  listened to the people" (a description named only in the next paragraph) found no quotation,
  nor did "Rights groups said" or "The Law Society of Kenya called for an independent
  investigation". Fixed: plural bodies (groups, agencies, advocates) as unnamed speakers, "called
  for" as a cue (PolNeAR counts it 36 times) and "Society" as a body's word; aligned 19/20, the
  participle still missing (a description before its holder is named: made a speaker with nobody
  named, it took the names off a dozen PolNeAR quotes the pronoun path named, so it was dropped).
- "held out, twenty-fourth (fourteenth session), final": three whole articles (Reuters from
  Sydney on Qantas, the Fed chair in Dallas, a Sheffield stabbing) and four paragraphs, written
  after set 23's rules and scored once on 355cb39: 19/20 (0.95). The miss: "The victim’s family
  paid tribute to a “kind and funny boy ...”" took the head teacher quoted before it (a
  quotation in a sentence whose own subject is a family, a group or an indefinite person is
  theirs, named or not). Fixed: 20/20.
- "held out, twenty-fifth (fourteenth session), final": three whole articles (AP from Berlin,
  Apple's Siri settlement, a Harris rally) and four paragraphs, written after set 24's rules and
  scored once on 5680bfa: 13/19 (0.68), aligned 14/19. Misses: "called on Congress to pass"
  (its content began "on Congress"), "Trump himself told Fox News that" (no quotation), "Donald
  Trump’s campaign" ("Trump"), "The company denied any wrongdoing" (two words of content),
  "told supporters in Paris on Sunday night" (a second quotation), "would ask the president to
  dissolve parliament" inside reported speech (a second quotation), a bare "a spokesperson
  said" after Apple (nobody named), and "Carlos Mazón, defended his government’s response"
  (PolNeAR reads "defended X" as speech; as a cue it broke a test of "defended the plan,
  saying ..."). The first five fixed: 17/19.
- "held out, twenty-sixth (fourteenth session), final": three whole articles (Toronto bike
  lanes, the WHO on mpox, Intel's job cuts) and three paragraphs, written after set 25's rules
  and scored once on a31d9b6: 15/16 (0.94), aligned 16/16. One list was corrected by the reading
  rule: "The World Health Organization declared mpox a global health emergency" and "Africa CDC
  had declared a continental emergency" are reported speech (PolNeAR marks "declared" 37
  times): 18/18. No change.
- "held out, twenty-seventh (fourteenth session), final": three whole articles (AP on a
  wrongful conviction, the Bank of England, Tesla's pay vote) and three paragraphs, written after
  set 26 and scored once on 3b84b36: 12/15 (0.80), aligned 14/15. One list was corrected by the
  reading rule: "Tesla’s board has asked shareholders to vote again" is reported speech (PolNeAR
  marks "asked" 165 times), the board's by the owner convention Tesla's: 15/16. The miss: "Glass
  Lewis recommended that shareholders vote against" (no quotation; "recommended" is now a cue,
  as PolNeAR reads it): 16/16.
- "held out, twenty-eighth (fourteenth session), final": three whole articles (transfer
  talk, NASA's distant galaxy, a city council budget) and three paragraphs, written after set 27
  and scored once on fd8c984: 11/14 (0.79), aligned 12/14. Misses: "the most distant galaxy
  ever observed, NASA said" found no quotation ("observed" read as a cue) and "81-year-old Joe
  Biden told ABC News" named nobody (the age between the quotation and the name). Fixed: 14/14.
- "held out, twenty-ninth (fourteenth session), final": three whole articles (a Canada Post
  strike, an NBA game, Gershkovich's sentence) and two paragraphs, written after set 28 and
  scored once on 951861b: 12/17 (0.71), aligned 14/17; left as scored. Misses: "Joe Mazzulla
  praised his team’s defense" found no quotation (praised, criticized, credited and blasted
  attribute only when a quotation follows, by design since the sixth session; PolNeAR also
  reads "praised X" as speech, and the list, by that reading, should also have had "Erik
  Spoelstra credited Boston"), which put the article's later quotations out of step; "The
  Journal’s publisher, Almar Latour, and editor in chief, Emma Tucker, called the verdict “a
  disgraceful sham”" gave the second of the two (the list had the first). Afterwards verbs of
  evaluation (praised, criticized, blasted, slammed, defended) became cues with or without a
  quotation, unless a participle after them carries what was said ("credited" is no cue at
  all, so "Spoelstra credited Boston" is still missed): PolNeAR 45 more
  named speakers right over all attributions, 2 more over quoted ones; set 29 15/17, set 25
  18/19. Eight older sets lose one quotation each by list order (their lists did not count
  "praised X" or "has defended his record"); aligned, none changes.
- "held out, thirtieth (fourteenth session), final": three whole articles (Tata Motors' results
  from Mumbai, Reuters from Johannesburg, a tennis withdrawal) and two paragraphs, written after
  set 29 and scored once on 4cfa753: 11/13 (0.85). The miss: "a spokesman for easyJet said"
  (the sentence split at "easy|Jet" as if two sentences were glued, and the speaker was "Jet").
  Fixed: a short lowercase prefix before a capital is a brand ("easyJet", "eBay"), which also
  made PolNeAR's "referring toObama‘s" one sentence again: 13/13.
- "held out, thirty-first (fourteenth session), final": three whole articles (AP on a Supreme
  Court gun ruling, Spotify's prices, an Atlanta shooting) and two paragraphs, written after set
  30 and scored once on f78ec0c: 9/13 (0.69), aligned 11/13. Misses: "the company told
  subscribers in an email" (the audience read as content), "The Swedish streaming giant said"
  (no quotation), "Merrick Garland welcomed the ruling" (no quotation). The first two fixed: 11/13.
  Left: "welcomed" (as a cue it read "welcomed a second baby girl" as speech in PolNeAR).
- "held out, thirty-second (fourteenth session), scored on the last commit": three whole
  articles (Reuters from Ottawa on the Bank of Canada, a Bangkok market fire, Wimbledon) and
  three paragraphs, written after the session's last rule and scored once on fb8e5d9, the
  session's last commit then: 9/17 (0.53), aligned 13/17 (0.76). Misses: "The Bank of Canada
  cut ... and signalled more cuts were likely" (no quotation; PolNeAR marks "signaled" only 3
  times, so it is no cue, and the article's later speakers went out of step), "according to the
  city’s fire department" (no quotation), "the 37-year-old Serb" (named "Serb"), "The union said"
  after "its machinists union" (Boeing). All but the first fixed: 13/17, aligned 16/17.
- "held out, thirty-third (fifteenth session), whole articles": six whole articles in the style
  of Canadian newsrooms (CBC on family doctors in Ontario, the Globe on an Air Canada strike
  vote, a Peel police robbery, Canadian Press from question period, a Toronto Star rent strike,
  refugees from Sudan), written on 2026-12-08 before any rule of the fifteenth session and
  scored once on 0702fd6: 45/73 (0.62) as written, aligned 65/73 (0.89). The list had left out
  the headlines' attributions ("..., province says", "..., police say", "..., Ottawa says"),
  which a reader finds and extraction does, and the second verb of "The UNHCR said ... and
  urged other countries to follow"; corrected by the reading rule: 67/77 (0.87), aligned 67/77.
  Misses: the comma of "5,200" ended the relative clause of "The Air Line Pilots Association,
  which represents about 5,200 Air Canada pilots, said" (nobody, and the content read as the
  speaker); "the Ontario College of Family Physicians" named "Physicians"; "Air Canada" was a
  person, so "The airline has said" named nobody; "according to police" far after "Peel Regional
  Police said" named nobody; "the company" was the tenants' federation, not "Starlight
  Investments"; "Morris’s neighbour, Daniel Ferreira, is less patient. ... he said" gave the
  minister who spoke before; "IRCC" lost its alias at the comma of "Immigration, Refugees and
  Citizenship Canada". All fixed: 73/77. Left: the headlines' "police say" and "Ottawa says"
  (a city for a government is a place, which the issue says is no speaker) and "their union
  said" before the union is named.
- "held out, thirty-fourth (fifteenth session), whole articles": six more whole articles in
  Canadian styles (an Oilers game, Shopify's results, a Winnipeg sentencing, Alberta's pension
  referendum, a Jasper wildfire, Toronto's speed cameras), written after set 33's rules and
  scored once on b21946a: 45/59 (0.76) as written, aligned 50/59 (0.85). Corrected by the
  convention of the earlier sets ("the company said" is the company's name as written, "Shopify
  Inc."): 47/59 (0.80), aligned 52/59 (0.88). Misses: "A poll released last week by the Angus
  Reid Institute found" (no quotation), "according to data compiled by LSEG" (nobody), "the
  mother of one of the children said" (no quotation) and the "she" after it (the prosecutor named
  before), "The city said" after "Toronto city council" (nobody), "an air quality warning for
  much of west-central Alberta" (a quotation). All fixed: 52/59, aligned 57/59. Left: "and it
  said merchants were bracing" (the company the sentence is about), "Court heard she grabbed
  ..." (no cue; it names nobody).
- "held out, thirty-fifth (fifteenth session), whole articles": six more (a measles outbreak,
  a First Nation's state of emergency, RBC's results, a Surrey shooting, a Blue Jays game, drones
  on Kharkiv), written after set 34's rules and scored once on 1598eb8: 30/50 (0.60) as written,
  aligned 42/50 (0.84). Corrected by the reading rule: "officials urged parents", the headlines'
  "declares" and "RCMP say", a "declared" inside a chief's report, an "asked for" inside reported
  speech and a quotation split around "she said" are attributions PolNeAR-style, and "One
  mother, who asked that only her first name, Rebecca, be used" is named (Rebecca): 38/55 (0.69),
  aligned 49/55 (0.89). Misses: "..., the local health unit said Monday, as officials urged ..."
  (no quotation for the unit, a unit being no body; the lede's description is named in the next
  paragraph, "Southwestern Public Health", which was a person), "..., its chief said" (lost under
  the "declared" before it, and "Chief Derek Fox" named next), "who asked that only her first
  name ... be used" (a quotation), "A neighbour, who did not want to be named because she
  feared ..." and the "she said" after it (the officer named before), "the 26-year-old slugger
  said" (no quotation), "said through an interpreter that" (the interpreter in the content). All
  fixed: 51/55, aligned 53/55. Left: "renewed his appeal for more air defence systems". The lede
  rule names what three older lists left unnamed ("..., police said." before "Avon and Somerset
  Police said" and before "the Springfield Police Department"; "The hospital said" before "A
  spokeswoman for Sunnybrook Health Sciences Centre"); those lists are kept as written, so each
  of their sets counts one miss more.
- "held out, thirty-sixth (fifteenth session), whole articles": six more, three of them from
  other countries' newsrooms (B.C.'s school phone ban, a BMA strike ballot in Guardian style, an
  AP court ruling from Austin, the Reserve Bank of Australia, the Eglinton Crosstown, Montreal
  arsons), written after set 35's rules and scored once on f18e74c: 37/53 (0.70) as written,
  aligned 46/53 (0.87). Corrected by the reading rule ("where teachers ask students to use their
  devices" inside reported speech is an attribution, PolNeAR-style): 44/54 (0.81), aligned 47/54.
  Misses: "state Sen. Phil King" (nobody: "King" is also a title word), ", who wrote the law,
  said" (the clause a quotation), "A federal judge ... blocked a Texas law, saying ..." (no
  quotation; "Judge Fred Biery" is named next), "told a press conference in Sydney the board
  ..." (the conference in the content), "The provincial transit agency said" after "Metrolinx
  announced" ("LRT"), "Businesses along Eglinton Avenue said" (the avenue), "Montreal police
  say" (nobody). All fixed: 52/54. Left: the joint speakers "Dr Melissa Ryan and Dr Ross
  Nieuwoudt ... said" give the second (as PolNeAR's metric reads a joint speaker, by its last
  word), "the state has asked the full court to reconsider" (no quotation). The lede rule also
  names the judge of an older set's "A judge on Friday ordered the release ..." (Laura Priver,
  named next), which its list expects unnamed: one more convention miss.
- "held out, thirty-seventh (fifteenth session), whole articles": four more (Toronto's bike
  lanes, Lytton four years after the fire, a swimming record, Loblaw's price cuts), written after
  the session's relation changes and scored once on 0f69e3d: 17/36 (0.47) as written, aligned
  31/36 (0.86). Corrected by the reading rule ("a report from his own ministry warning the move
  could increase collisions" is an attribution, and so is the headline's "Woman who lost her
  home in Lytton fire says ...", as set 33's headlines were) and for a slip in writing (the list
  gave "She said she would come back" to Denise O’Connor where the text, two sentences on, is
  about Tricia Thorpe): 23/37 (0.62), aligned 31/37 (0.84). Misses: "Loblaw Cos. Ltd. says" (no quotation),
  "Company president Per Bank said on a conference call with analysts Thursday that" (a company
  "Company Per Bank", and the analysts in the content), "Mayor Denise O’Connor — no relation —
  said" (no quotation), "A group that organized a boycott of Loblaw stores last year said" (no
  quotation: a restrictive clause between subject and cue). Fixed: 35/37, aligned 35/37. Left:
  the headline's woman (nobody: she is named below, but "Woman" is not read as a description),
  and the ministry's warning, given to the minister ("his own ministry").
- "held out, thirty-eighth (fifteenth session), pages with their furniture": three pages as
  they are scraped (a CBC page with "Social Sharing", a deck, a byline line, a photo caption, a
  "RELATED:" link and its footer; a BBC page with "Image caption,"; a Canadian Press story with
  an app footer), written after set 37's rules and scored once on 1244773: 13/19 (0.68) as
  written, aligned 16/19 (0.84). Corrected by the reading rule (the deck's "Mayor says ...", a
  nested "asking the military for help" and "the report showed" inside reported speech):
  14/22 (0.64), aligned 17/22 (0.77). No furniture made a quotation. Misses: the deck's speaker
  was "Mayor" (fixed: an office alone is nobody's name, and the lede rule names it); "Ontario’s
  financial watchdog says" is Ontario by the owner convention, not the Financial Accountability
  Office named next (tried: taking the next paragraph's body for it; it made "Sudan’s army
  said" the Rapid Support Forces of the sentence after, so it was dropped); "disputed the
  numbers" (no quotation); "the report showed" (nobody, not the office). Now 15/22, aligned 18/22.
- "held out, thirty-ninth (fifteenth session), whole articles": four more (a Quebec nurses'
  strike with a French union name, a Calgary phone scam, Shopify's layoffs, Poilievre on the
  Online News Act), written after set 38's rule and scored once on 024801f: 20/28 (0.71) as
  written, aligned 22/28 (0.79). Corrected by the reading rule (the headline's "Calgary police
  warn", a nested "callers ... ask for bail money") and the convention of set 34 ("A Shopify
  spokesperson" is the company as named, "Shopify Inc."): 24/30 (0.80), aligned 24/30. Misses:
  "The Fédération interprofessionnelle de la santé du Québec (FIQ), which represents ...,
  said" (nobody: a French name's lowercase words, and its alias before the clause) and with it
  the lede's "their union said"; "One 82-year-old woman, who asked not to be identified, ...
  “I felt so stupid,” she said" (the sergeant named before); "Police say" after "Calgary police
  are warning" ("Police"). Fixed: 29/30. Left: the nested "ask for bail money" gives the police.
- "held out, fortieth (fifteenth session), whole articles": three more, two from wires (AP on
  Boeing's machinists, Reuters on floods in Brazil, a Nova Scotia maternity ward), written after
  set 39's rules and scored once on 0c21a24: 13/22 (0.59) as written, aligned 18/22 (0.82).
  Corrected by the reading rule (the headline's "Hospital says", and "asking her to reverse it"
  inside reported speech): 19/24 (0.79), aligned 19/24. Misses: "according to analysts at TD
  Cowen" (nobody), "..., the state’s civil defense agency said" (twice "Floods", the sentence's
  first word), "Hospital says ..." heading the page (a body called "Hospital"). Fixed: 23/24.
  Left: "Meteorologists said" is "Meteorologists", as PolNeAR writes such speakers ("Others",
  "Authorities") and its metric counts them; the list expects nobody.
- "held out, forty-first (sixteenth session), whole articles": four whole articles (a BC Ferries
  crew shortage, Edmonton's budget, a Supreme Court of Canada ruling, NHS waiting lists in
  Guardian style), written on 2026-12-08 before any rule of the sixteenth session and scored
  once on 1ef4e0b: 29/37 (0.78) as written, aligned 35/37 (0.95). Corrected by the reading rule
  (the headline's "Supreme Court rules police need warrant ..." and a nested "the figures showed
  ..." inside reported speech are attributions): 26/39 (0.67), aligned 36/39 (0.92). Misses:
  "..., the Supreme Court of Canada ruled Friday" (no quotation: "ruled" was no cue) and "the
  court found" after it ("Police", from a "before asking" inside the ruling's content), "An
  estimated 7.57m treatments ..." (a quotation with "An" for its speaker). Right by the last word
  but wrong as names: "Commerce" for "The Edmonton Chamber of Commerce", "Marine Workers' Union"
  for "The B.C. Ferry and Marine Workers' Union" ("Marine" a given name), "Safety Dominic
  LeBlanc" for "Public Safety Minister Dominic LeBlanc's office". All fixed: 34/39, aligned 39/39.
  Left: "before asking internet companies for the IP address" stays a quotation of the police.
- "held out, forty-second (sixteenth session), whole articles": four more (an AP hockey game,
  a Reuters Bank of Canada decision, Irish housing figures in the Dáil, a Global News page with
  its furniture on a Hamilton transit strike), written after set 41's rules and scored once on
  1ef4e0b (the rules were not yet committed; the working tree scored the same): 16/35 (0.46) as
  written, aligned 28/35 (0.80). Misses: "The 28-year-old Swayman made 31 saves. He said ..."
  (the coach before: a surname after an age opened no subject), the lede's "but signaled that
  future cuts ..." (no quotation), "the Minister for Housing has conceded" and the headline's
  "Minister for Housing concedes" (no quotation, then a person "Housing"), "Figures published by
  the Central Statistics Office on Wednesday show" (no quotation), "Eoin Ó Broin" written "Eoin
  Ó. Broin" and "Mr Ó Broin" not linked to him. Fixed: 29/35, aligned 30/35. Left: "Bruins coach
  Joe Sacco called the loss frustrating" (an evaluation with no quotation, which PolNeAR reads as
  speech), the Minister for Housing (nobody now: the text never writes James Browne with his
  title), the lede's "new figures showed" (nobody; the office is named two paragraphs on), and
  "The city said" (nobody: the text names Hamilton only in "Hamilton's bus service").
  The ruling cue also finds "The Supreme Court ruled 6-3 that ..." in an older set (twelfth
  session, third), whose list did not expect it: kept as written, so it counts two misses as
  written (aligned, none).
- "held out, forty-third (sixteenth session), whole articles": four more (a Nova Scotia power
  outage, an AP stopgap spending bill, Scottish politics in BBC style, Delhi's air in Indian wire
  style), written after the session's name rules (fd6e532) and scored once there: 26/36 (0.72) as
  written, aligned 28/36 (0.78). Misses: "The utility said ... but warned that" after "Nova
  Scotia Power customers" (nobody), "Rep. Chip Roy of Texas, one of the Republicans who opposed
  the measure, said" (nobody), the lede's "Scotland's First Minister has accused ..." with "John
  Swinney told MSPs" opening the next paragraph (nobody), "A UK government spokesperson" (nobody),
  "The minister blamed ..., and said ..." (no quotation), "Doctors at AIIMS reported a rise in
  patients" (no quotation). Fixed but the last: 33/36, aligned 35/36. "blamed" as reported
  speech also finds "The state oil company blamed aging fields" in an older set (thirteenth
  session, fifteenth), which its list did not expect, and "her team said" now names Emma Raducanu
  (as "Trump's campaign" names Trump) where an older list (fourteenth session, thirtieth)
  expects nobody: both kept as written.
- "held out, forty-fourth (sixteenth session), whole articles": four more (Reuters on an EU fine
  for Apple, a CBC-style TTC story, a Guardian-style Arsenal match report, ABC Australia on a
  bushfire), written after set 43's rules and scored once on c8394fa: 22/31 (0.71) as written,
  aligned 28/31 (0.90). Misses: "“…,” EU antitrust chief Margrethe Vestager told a news
  conference." (a partial quotation with nobody), "A spokesperson for the Swedish company" (a
  company called "Swedish company"), "The RFS said" after "NSW Rural Fire Service Commissioner
  Rob Rogers" ("RFS"), the headline "Residents told to leave now ..." (a quotation of nobody).
  Fixed: 26/31, aligned 31/31. Left, as quotations the list did not expect: "preventing ...
  rivals from telling iPhone users about cheaper subscriptions" and "she had asked the commission
  for a full report" (the asking, inside reported speech, as PolNeAR reads "asked for").
- "held out, forty-fifth (sixteenth session), whole articles": four more (an AP verdict in
  Nashville, a Canada Post strike, Reuters on the Bank of Japan, a climate study), written after
  set 44's rules and scored once on 425eb80: 17/34 (0.50) as written, aligned 29/34 (0.85).
  Misses: "as the Crown corporation said the union's demands would add $3 billion" (no
  quotation: "would add $3 billion" read as a remark, and "corporation" headed no speaker),
  "the BOJ said" ("BOJ": never given in brackets), the headline's "Ueda signals hike still
  possible" (no quotation: "signals" needs "that"), "The researchers, from the University of
  Copenhagen, ... found early warning signs" (no quotation). Fixed the first two: 26/34, aligned
  32/34.
- "held out, forty-sixth (sixteenth session), whole articles": four more (Canadian Press on
  Quebec's immigration targets, AP on a California wildfire, BBC-style UK growth figures, a
  wire story on Meta's layoffs), written after the session's other rules and scored once on
  9cb1746: 27/30 (0.90) as written, aligned 28/30 (0.93). Misses: "A Meta spokesperson declined
  to comment on the plans but said ..." (no quotation) and "according to the California
  Department of Forestry and Fire Protection" (the name cut at "and"). Fixed: 30/30.
- "held out, forty-seventh (seventeenth session), whole articles": four more (a Scottish murder
  trial in BBC style, Reuters on a German rail strike, ABC Australia on a cap on foreign
  students, AFP on a Philippine typhoon), written on 2026-12-08 before any rule of the
  seventeenth session and scored once on fda97bd: 23/33 (0.70) as written, aligned 29/33 (0.88).
  Corrected by the reading rule ("Callum Reid, 34, denies murdering ..." and "President Ferdinand
  Marcos ordered officials to ..." are quotations; the list had left them out): 24/36 (0.67),
  aligned 31/36 (0.86). Misses: "Super Typhoon Man-yi slammed into the northern Philippines" (a
  quotation of the storm), "the state weather service PAGASA said" ("service PAGASA"), "...,
  his office said in a statement" (PAGASA, the last organisation), the lede's "..., its leader
  said on Monday" with "“…,” Claus Weselsky told a press conference" next (nobody), "the German
  Chambers of Industry and Commerce (DIHK) said" ("Commerce"), "Universities warn of job
  losses" and "the federal government confirmed" ("Universities"). Fixed: 28/36, aligned 35/36.
  Left: the nested "'I didn't mean for it to go that far'" (the detective's quotation of Reid
  is read as hers, whole).
- "held out, forty-eighth (seventeenth session), whole articles": four more (Columbus school
  closures in US local style, a Guardian-style budget live blog, a New York Times-style obituary,
  Infosys's results in Indian business style with a "BENGALURU:" dateline), written with set 47
  before any rule and scored once on fda97bd: 18/24 (0.75) as written, aligned 22/24 (0.92).
  Corrected by the reading rule ("Colleagues recalled her refusal to leave the deck" is a
  quotation of nobody): 21/25 (0.84), aligned 23/25 (0.92). Misses: "the watchdog said" after
  "The Office for Budget Responsibility (OBR)" ("OBR": the letters, not the name), "The
  Bengaluru-based company reported" ("Bengaluru-based"; the dateline also hid the sentence that
  names Infosys). Fixed: 22/25, aligned 25/25. Both sets together, first score: 41/57 (0.72) as
  written, aligned 51/57 (0.89); corrected, aligned 54/61 (0.89).
- "held out, forty-ninth (seventeenth session), whole articles": four more (Norway's wealth
  fund in Bloomberg style, the Post Office inquiry in BBC style, Ryanair's results in Irish
  Times style, Reuters on Amazon deforestation), written after set 48's rules and scored once on
  1827e13: 19/27 (0.70) as written, aligned 23/27 (0.85). Corrected by the reading rule ("the
  figures showed that ..." inside the minister's statement is a quotation of nobody): 22/28
  (0.79), aligned 24/28 (0.86). Misses: "Norges Bank Investment Management, which runs Norway's
  sovereign wealth fund, the world's largest, reported" (the speaker "a record", after the
  cue), "Outside the hearing, former sub-postmaster Lee Castleton, who was made bankrupt ...,
  said" (the speaker "her evidence"), "according to data from the national space research
  agency Inpe" (nobody; the dateline inside the content), "Silva told reporters" (Luiz Inacio
  Lula da Silva, named last, for Marina Silva). Fixed: 24/28, aligned 27/28. Left: "Counsel to
  the inquiry Jason Beer KC put it to her that ..." ("put it to" is no cue; the quotation found
  is hers, "she had repeatedly told MPs").
- "held out, fiftieth (seventeenth session), whole articles": four more (a Winnipeg budget in
  CBC style, a dpa story on a cyberattack, a Stuff story on a cancelled festival, Yonhap on a
  special counsel), written with set 49 and scored once on 1827e13: 13/24 (0.54) as written,
  aligned 20/24 (0.83). Corrected by the reading rule ("calling it “a political offensive”" is a
  second quotation of the office): 16/25 (0.64), aligned 21/25 (0.84). Misses: "BERLIN (dpa) -
  ..., the company said" ("BERLIN", read as a body's letters), "..., a company spokeswoman told
  dpa." (no quotation), "A group calling itself “Black Lotus”" (a quotation), "the festival said"
  (the next paragraph's festival director). Fixed: 21/25, aligned 23/25. Left: "the festival"
  names nobody now, not Rhythm and Vines (the text gives the name only in "The organisers of
  Rhythm and Vines, one of New Zealand's biggest summer music festivals"); "..., blaming soaring
  costs" is no quotation ("blaming" as a cue changed PolNeAR speakers for the worse: "in blaming
  Trump's decline" took a column's title from Sessions). Sets 47-50, first score: 74/108
  (0.69) as written, aligned 94/108 (0.87); corrected, aligned 99/114 (0.87).
- "held out, fifty-first (seventeenth session), whole articles": four more (a Birmingham bin
  strike in BBC local style, AP on a plane crash in Kathmandu, Variety on a video game actors'
  strike, Dawn on a Pakistani captain's resignation with a "LAHORE:" dateline), written after
  set 50's rules and scored once on 166ee62: 13/23 (0.57) as written, aligned 16/23 (0.70).
  Corrected by the reading rule (the producers' spokesperson's second partial quotation): 15/24
  (0.63), aligned 17/24 (0.71). Misses: the headline's "Council says" (a body called "Council",
  which "the city council" and "The council" then stood for), "Residents in Small Heath told the
  BBC they had seen rats" (no quotation), "LAHORE: Babar Azam ..., saying" ("LAHORE"), "A
  Pakistan Cricket Board (PCB) spokesman said" (nobody: the alias cut the phrase). Fixed:
  20/24, aligned 20/24; "the city council" names nobody now, not Birmingham (the text names the
  city only in "the all-out bin strike in Birmingham", as Hamilton in set 42).
- "held out, fifty-second (seventeenth session), whole articles": four more (Reuters on a
  Tesla investigation, NASA's Perseverance rock, AFP on French farmers, the Canadian Press on a
  First Nations settlement), written with set 51 and scored once on 166ee62: 17/23 (0.74) as
  written, aligned 19/23 (0.83). Misses: "according to the mission team" ("the mission"), "But
  Farley and other team members cautioned that" (nobody), the lede's "..., the space agency
  announced Thursday" (no quotation: the "scientists say" inside the sentence took its content),
  "The only way to know for sure, they said, ..." (NASA, not Farley's team). Fixed the first
  three (the team is now NASA's, which the list, written "", counts against; and the agency's
  quotation now comes first, before the scientists' inside it, which the list wrote the other
  way round): 19/23, aligned 21/23. Sets 51-52, first score: 30/46 (0.65) as written, aligned
  35/46 (0.76).
- "held out, fifty-third (seventeenth session), whole articles": four more (Reuters on Honda
  and Nissan, ABC on Queensland floods, AP on a Supreme Court argument, Sky Sports on a
  transfer), written after set 52's rules and scored once on b9e3468: 19/24 (0.79) as written,
  aligned 23/24 (0.96). Misses: "Sky Sports News understands." closing a sentence (no
  quotation), "Solicitor General Elizabeth Prelogar, arguing for the Biden administration, told
  the justices ..." (a second quotation of the participle, whose content ran over "told the
  justices"). Fixed: 24/24.
- "held out, fifty-fourth (seventeenth session), whole articles": four more (Guardian-style NHS
  figures, AP on an Indonesian volcano, the Texas Tribune on school vouchers, the Grammys),
  written with set 53 and scored once on b9e3468: 16/17 (0.94) as written, aligned 16/17.
  Miss: "Opponents argued ..." (a body called "Opponents"). Fixed: 17/17.
- "held out, fifty-fifth (seventeenth session), whole articles": four more (BBC on a Thames
  Water fine, AP on the CrowdStrike outage, a science story on Antarctic sea ice, Indian wire on
  a Mumbai billboard collapse), written after set 54's rules and scored once on 3a98747: 18/24
  (0.75) as written, aligned 19/24 (0.79). Misses: "A spokesperson for the company added" after
  "Thames Water ... said" (the regulator Ofwat: "Water" made no company's name), "according to
  the US National Snow and Ice Data Center (NSIDC)" (cut at "and"), "..., the centre said." (no
  quotation). Fixed the first two: 20/24, aligned 21/24. Left: "the centre" (a body's word that
  is also a hockey position: "the veteran centre said" in set 34), "Some researchers believe
  the decline marks ..." and "others caution that ..." (no quotation).
- "held out, fifty-sixth (seventeenth session), whole articles": four more (Reuters on Turkey's
  central bank, a Chicago transit story, AFP on Nigerian petrol prices, AP on Suez Canal
  revenue), written with set 55 and scored once on 3a98747: 14/19 (0.74) as written, aligned
  15/19 (0.79). Misses: "Turkey's central bank kept its key rate ... and said ..." (a
  quotation "it would maintain a tight policy stance" instead), "The agency has hired ... but
  said" (no quotation), "President Abdel Fattah el-Sissi said" (the previous speaker:
  "el-Sissi" read as a lowercase word), the lede's "the head of the canal authority said" with
  "Osama Rabie, chairman of the Suez Canal Authority, said" next (nobody). Fixed: 18/19. Left:
  the headline's "..., authority says" (nobody; the lede's speaker is a person). All ten sets of
  the session (47-56), first score: 170/238 (0.71) as written, aligned 202/238 (0.85); by pair,
  aligned 0.89, 0.84, 0.76, 0.95, 0.79.
- "held out, fifty-seventh (seventeenth session), whole articles": four more (AP on Assange's
  plea in Saipan, Reuters on WADA and the Chinese swimmers, a Reuters exclusive on an Intel memo,
  Kyodo on the Noto earthquake), written after set 56's rules and scored once on 147aa39: 12/20
  (0.60) as written, aligned 15/20 (0.75). Corrected by the reading rule (the headline's "WADA
  defends handling ..." is a quotation): 16/21 (0.76), aligned 16/21. Misses: "USADA has called
  for" after "the U.S. Anti-Doping Agency" ("USADA": letters with a dotted "U.S." and a
  hyphenated word, not spelled out), the headline's "memo shows", "according to an internal memo
  seen by Reuters" and "the memo said" (nobody, not Intel), "an NHK announcer urged viewers"
  (nobody, not NHK). The internal memo is now the company's, but only where the sentence's subject
  can be read: here the Reuters dateline before "Intel is planning" hides it (stripping such
  datelines for every subject made "Floods caused by days of rain ..." a body that "the agency"
  stood for in set 40), so the set scores the same: 16/21.
- "held out, fifty-eighth (seventeenth session), whole articles": four more (BBC on the
  Southport charges, an FT-style Novo Nordisk forecast, AFP on an Athens wildfire, the Denver
  Post on a settlement), written with set 57 and scored once on 147aa39: 13/20 (0.65) as written,
  aligned 17/20 (0.85). Misses: "..., blaming slowing demand" (no quotation, left as in set 50),
  "and asked for privacy" (no quotation), "the civil protection ministry said" after "Greece has
  requested help from other European Union countries" (the European Union; the list wrote
  nobody). The ministry is now Greece's (a country opening the sentence, for a public body); the
  list, as written, still counts it a miss: 13/20, aligned 17/20. All twelve sets of the session,
  first score: 195/278 (0.70) as written, aligned 234/278 (0.84).
Misses that remain are quotations the list did not expect: PolNeAR counts "announced the
funding" as reported speech, and so does extraction.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

from benchmarks.common import read_jsonl
from claims.extract import extract

PARAGRAPHS = Path(__file__).parent / "data" / "description_speakers.jsonl"


_GENERATION = re.compile(r"\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def _fits(got: str | None, want: str) -> bool:
    """The speaker ends with the expected surname or organisation word (a generation aside:
    "Charles Keating Jr." is Keating, "Joe Manchin III" is Manchin)."""
    if got is None:
        return False
    if want == "":
        return got == ""
    return bool(got) and _GENERATION.sub("", got).split()[-1] == _GENERATION.sub("", want).split()[-1]


def _key(speaker: str) -> str:
    return _GENERATION.sub("", speaker).split()[-1] if speaker else ""


def aligned(speakers: list[str], expect: list[str]) -> int:
    """How many expected quotations a found quotation answers with the right speaker, the two
    lists aligned in order with quotations found or missed out of step skipped (difflib): the
    figure "speaker accuracy on found quotes" comes closest to, where `accuracy` counts a
    quotation missed or found in excess against every one after it in its text."""
    matcher = SequenceMatcher(None, [_key(s) for s in expect], [_key(s) for s in speakers], autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def run() -> dict:
    by_set: dict[str, list[bool]] = defaultdict(list)
    whole = 0  # right with the whole name as the list writes it, not only its last word
    names_differ = []
    by_set_aligned: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for p in read_jsonl(PARAGRAPHS):
        speakers = [q.speaker for q in extract(p["text"]).quotes]
        for i, want in enumerate(p["expect"]):
            got = speakers[i] if i < len(speakers) else None  # a quotation not found is a miss
            ok = _fits(got, want)
            by_set[p["set"]].append(ok)
            whole += ok and got == want
            if ok and got != want:
                names_differ.append({"expect": want, "got": got})
            if not ok:
                misses.append({"expect": want, "got": got, "text": p["text"]})
        counts = by_set_aligned[p["set"]]
        counts[0] += aligned(speakers, p["expect"])
        counts[1] += len(p["expect"])
    total = [ok for oks in by_set.values() for ok in oks]
    right = sum(c[0] for c in by_set_aligned.values())
    return {"quotations": len(total), "accuracy": round(sum(total) / len(total), 3),
            "aligned accuracy": round(right / len(total), 3),
            "whole names": round(whole / len(total), 3),
            "per_set": {k: f"{sum(v)}/{len(v)}" for k, v in by_set.items()},
            "per_set, aligned": {k: f"{c[0]}/{c[1]}" for k, c in by_set_aligned.items()}, "misses": misses,
            "right, but the name differs": names_differ}


if __name__ == "__main__":
    print(json.dumps(run(), indent=1, ensure_ascii=False))
