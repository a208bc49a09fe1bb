// The four relations, their arguments and modality, on sentences written for these tests: the
// whole pipeline (the frames on the shipped models' trees).
#include <gtest/gtest.h>

#include "support.hpp"

using namespace newskg;
using test::extract;
using test::has_relation;

TEST(MetWith, VerbsAndNounFrames) {
  EXPECT_TRUE(has_relation(extract("Chancellor Olaf Brandt met President Amina Diallo in Dakar."), "Olaf Brandt",
                           "metWith", "Amina Diallo"));
  EXPECT_TRUE(has_relation(extract("Premier Hu Wen held talks with Senator Rosa Alves on trade."), "Hu Wen", "metWith",
                           "Rosa Alves"));
  EXPECT_TRUE(has_relation(extract("King Harald Vintner hosted Prime Minister Ola Berg at the palace."),
                           "Harald Vintner", "metWith", "Ola Berg"));
  EXPECT_TRUE(has_relation(extract("The meeting between Minister Sara Kell and envoy Tom Reyes in Geneva ended early."),
                           "Sara Kell", "metWith", "Tom Reyes"));
  EXPECT_TRUE(has_relation(extract("Governor Ana Lucas and Mayor Ben Ortiz met on Sunday."), "Ana Lucas", "metWith",
                           "Ben Ortiz"));
}

TEST(MetWith, PassiveAndCompanion) {
  EXPECT_TRUE(has_relation(extract("Minister Kofi Mensah was received by President Ines Moura in Lisbon."),
                           "Ines Moura", "metWith", "Kofi Mensah"));
  auto ex = extract("Envoy Lars Holm, accompanied by adviser Mia Chen, sat down with Premier Ivo Dunn.");
  EXPECT_TRUE(has_relation(ex, "Lars Holm", "metWith", "Ivo Dunn"));
  EXPECT_TRUE(has_relation(ex, "Mia Chen", "metWith", "Ivo Dunn"));
}

TEST(MetWith, ObjectsMustBeActorsNotThings) {
  auto ex = extract("Orbis Telecom met its revenue target. The board held a meeting on Friday.");
  EXPECT_TRUE(ex.relations.empty()) << test::relations(ex)[0];
}

TEST(Accused, ActivePassiveAndParticiple) {
  EXPECT_TRUE(has_relation(extract("Chile accused Bolivia of violating the treaty."), "Chile", "accused", "Bolivia"));
  EXPECT_TRUE(has_relation(extract("Bolivia was accused by Chile of espionage."), "Chile", "accused", "Bolivia"));
  EXPECT_TRUE(has_relation(extract("Senator Kim Park blamed Japan for the delay."), "Kim Park", "accused", "Japan"));
  auto ex = extract("President Rui Costa warned the Europeans, accusing them of hypocrisy.");
  EXPECT_TRUE(has_relation(ex, "Rui Costa", "accused", "Europe"));
}

TEST(Accused, ClausesBetweenSubjectAndVerb) {
  auto ex = extract("Foreign Minister Dana Ilves, under pressure at home and abroad, accused Latvia of lying.");
  EXPECT_TRUE(has_relation(ex, "Dana Ilves", "accused", "Latvia"));
}

TEST(Sanctioned, ListsAppositionsAndNounPatterns) {
  auto ex = extract("Japan imposed sanctions on Monday on the Korean shipping firm Haedong and on its owner, Min Jae.");
  EXPECT_TRUE(has_relation(ex, "Japan", "sanctioned", "Haedong"));
  EXPECT_TRUE(has_relation(ex, "Japan", "sanctioned", "Min Jae"));
  auto ex2 = extract("Canada sanctioned three Iranian banks, Bank Sepahvar, Rostam Credit and Mehr Trust.");
  EXPECT_TRUE(has_relation(ex2, "Canada", "sanctioned", "Bank Sepahvar"));
  EXPECT_TRUE(has_relation(ex2, "Canada", "sanctioned", "Rostam Credit"));
  EXPECT_TRUE(has_relation(ex2, "Canada", "sanctioned", "Mehr Trust"));
  auto ex3 = extract("Belarus slapped sanctions against Lithuania.");
  EXPECT_TRUE(has_relation(ex3, "Belarus", "sanctioned", "Lithuania"));
  auto ex4 = extract("The trader Volga Metals was sanctioned by the European Union.");
  EXPECT_TRUE(has_relation(ex4, "European Union", "sanctioned", "Volga Metals"));
}

TEST(Captured, PlacesOnlyAndTheirLists) {
  auto ex = extract(
      "Rebels of the Sahel Patriotic Front captured the town of Menaka, a trading post near Mali's "
      "border, as well as Tessit on Sunday.");
  EXPECT_TRUE(has_relation(ex, "Sahel Patriotic Front", "captured", "Menaka"));
  EXPECT_TRUE(has_relation(ex, "Sahel Patriotic Front", "captured", "Tessit"));
  EXPECT_TRUE(extract("Orbis Telecom captured 40 percent of the market.").relations.empty());
  EXPECT_TRUE(extract("The runner Ada Kwan captured the title in Rome.").relations.empty());
  EXPECT_TRUE(has_relation(extract("Russian troops took control of Avdiivka."), "Russia", "captured", "Avdiivka"));
  EXPECT_TRUE(has_relation(extract("Kherson fell to Ukraine in November."), "Ukraine", "captured", "Kherson"));
}

TEST(Modality, NegatedAndPlannedAreNotAsserted) {
  auto ex = extract(
      "Chancellor Jonas Ek will meet President Lia Serra next week. Ek did not meet Premier Abe Ruiz. "
      "Serra refused to meet Governor Zoe Lin. Lin has not accused Peru of anything. "
      "Ek is due to meet Mayor Kai Odum, and Odum is likely to meet Serra.");
  EXPECT_TRUE(has_relation(ex, "Jonas Ek", "metWith", "Lia Serra", Modality::Planned));
  EXPECT_TRUE(has_relation(ex, "Jonas Ek", "metWith", "Abe Ruiz", Modality::Negated));
  EXPECT_TRUE(has_relation(ex, "Lia Serra", "metWith", "Zoe Lin", Modality::Negated));
  EXPECT_TRUE(has_relation(ex, "Zoe Lin", "accused", "Peru", Modality::Negated));
  EXPECT_TRUE(has_relation(ex, "Jonas Ek", "metWith", "Kai Odum", Modality::Planned));
  EXPECT_TRUE(test::relations(ex, true).empty()) << test::relations(ex, true)[0];
}

TEST(Modality, ReportedClaimsKeepTheClaimant) {
  auto ex = extract("Armenia said its forces had recaptured the village of Tegh.");
  ASSERT_EQ(ex.relations.size(), 1u);
  const Relation& r = ex.relations[0];
  EXPECT_EQ(r.modality, Modality::Asserted);
  ASSERT_GE(r.claimant, 0);
  EXPECT_EQ(ex.entities[static_cast<std::size_t>(r.claimant)].name, "Armenia");
}

TEST(Provenance, EveryRelationKnowsItsSentenceOffsetsAndTrigger) {
  const std::string text = "Intro line here.\n\nPeru accused Chile of spying.";
  auto ex = extract(text);
  ASSERT_EQ(ex.relations.size(), 1u);
  const Relation& r = ex.relations[0];
  EXPECT_EQ(r.sentence, 1u);
  EXPECT_EQ(text.substr(r.begin, r.end - r.begin), "accused");
  EXPECT_EQ(r.trigger, "accused");
  EXPECT_EQ(ex.sentence_text(r.sentence), "Peru accused Chile of spying.");
}

TEST(Sanctioned, FrozenAssetsAndBlacklists) {
  EXPECT_TRUE(has_relation(extract("The EU froze the assets of Viktor Kallas, a banker."), "European Union",
                           "sanctioned", "Viktor Kallas"));
  EXPECT_TRUE(
      has_relation(extract("Washington blacklisted Sorvik Trading."), "United States", "sanctioned", "Sorvik Trading"));
}

TEST(Captured, RetookAndOverran) {
  EXPECT_TRUE(has_relation(extract("Ukrainian forces retook Kupiansk on Friday."), "Ukraine", "captured", "Kupiansk"));
  EXPECT_TRUE(
      has_relation(extract("Fighters of the Tuareg Front overran Kidal."), "Tuareg Front", "captured", "Kidal"));
}

TEST(Modality, DenialsAndPlans) {
  EXPECT_TRUE(has_relation(extract("Iran denied accusing Israel of the attack."), "Iran", "accused", "Israel",
                           Modality::Negated));
  EXPECT_TRUE(has_relation(extract("Moscow denied that its troops had captured Kupiansk."), "Russia", "captured",
                           "Kupiansk", Modality::Negated));
  EXPECT_TRUE(has_relation(extract("Premier Ana Ruiz plans to meet Chancellor Otto Kahl in May."), "Ana Ruiz",
                           "metWith", "Otto Kahl", Modality::Planned));
}

TEST(Accused, PluralPronounSubject) {
  auto ex = extract("Chile and Peru signed the pact. They later accused Bolivia of bad faith.");
  EXPECT_TRUE(has_relation(ex, "Chile", "accused", "Bolivia"));
  EXPECT_TRUE(has_relation(ex, "Peru", "accused", "Bolivia"));
}

// Found on the BBC corpus: misreadings that set a group against itself.
TEST(Relations, NoRelationsFromAdjectivalParticiplesOrTransitiveMet) {
  EXPECT_TRUE(extract("Among the firms accused were Orka Lines, Vesta Group and Kallio Trust.").relations.empty());
  auto ex = extract("Orka Lines and Vesta Group appealed. They said they have met many of the demands.");
  EXPECT_TRUE(ex.relations.empty()) << test::relations(ex)[0];
  EXPECT_TRUE(
      has_relation(extract("Orka Lines and Vesta Group met on Monday."), "Orka Lines", "metWith", "Vesta Group"));
}

// Patterns from news wording beyond the dev set (written for these tests).
TEST(Relations, AdjectivalParticiplesDemandsAndNegotiations) {
  EXPECT_TRUE(extract("Troops stayed on alert in the occupied West Bank.").relations.empty());
  auto demand = extract("Archbishop Paul Mensa called for sanctions against Nigeria.");
  EXPECT_FALSE(has_relation(demand, "Paul Mensa", "sanctioned", "Nigeria"));
  EXPECT_TRUE(has_relation(extract("Israel and Lebanon renewed negotiations today."), "Israel", "metWith", "Lebanon"));
  EXPECT_TRUE(has_relation(extract("Speaker Ana Fabre held talks with leaders of Romania's interim administration."),
                           "Ana Fabre", "metWith", "Romania"));
  EXPECT_TRUE(has_relation(extract("Ousted president Luc Aristo has been accused of misusing public funds by "
                                   "Haitian government officials."),
                           "Haiti", "accused", "Luc Aristo"));
}

// CAMEO 04 (consult) counts phone calls and welcomes as contact; an indictment is an accusation.
TEST(Relations, PhoneCallsWelcomesAndIndictments) {
  EXPECT_TRUE(has_relation(extract("Secretary Lena Ford telephoned Foreign Minister Ivan Petrov on Tuesday."),
                           "Lena Ford", "metWith", "Ivan Petrov"));
  EXPECT_TRUE(has_relation(extract("President Omar Hadi spoke by phone with Chancellor Eva Lind about the crisis."),
                           "Omar Hadi", "metWith", "Eva Lind"));
  EXPECT_TRUE(has_relation(extract("King Paul Aris gave a warm welcome on Monday to President Rami Tal."), "Paul Aris",
                           "metWith", "Rami Tal"));
  EXPECT_TRUE(
      has_relation(extract("Mayor Ana Ruiz was indicted by Colombia for fraud."), "Colombia", "accused", "Ana Ruiz"));
  // a phone is not a call: no relation without a second party
  auto ex = extract("Minister Joao Reis lost his phone in Lisbon.");
  EXPECT_TRUE(ex.relations.empty()) << test::relations(ex)[0];
}

// A trigger word used as a noun is no relation: after a determiner, or a bare form ("phone",
// "host") where no bare verb can stand; the same bare forms after a modal, "to" or their
// subject are verbs.
TEST(Relations, TriggerNounsAreNotVerbs) {
  for (const char* text : {"Sony Ericsson unveiled its mobile phone, the Nokia Lumia, on Monday.",
                           "The match between the hosts and Vexa Rovers was halted.",
                           "Former chat show host and MEP Tomas Varga founded a party.",
                           "The regulator Ofcom wrote to the mobile phone firms Orvanta and Telvia.",
                           "Minister Ana Ruiz praised the visit of President Hugo Diaz.",
                           "Oscar host Ivo Dunn said he would keep it short."}) {
    auto ex = extract(text);
    EXPECT_TRUE(ex.relations.empty()) << text << ": " << test::relations(ex)[0];
  }
  EXPECT_TRUE(has_relation(extract("Senator Ines Lopez will now meet Venus Cole."), "Ines Lopez", "metWith",
                           "Venus Cole", Modality::Planned));
  // (organizations.tsv names the parties by their full names)
  EXPECT_TRUE(has_relation(extract("The Tories accuse Labour of raising taxes."), "Conservative Party", "accused",
                           "Labour Party"));
  EXPECT_TRUE(has_relation(extract("Governor Ana Lucas and Mayor Ben Ortiz meet on Sunday."), "Ana Lucas", "metWith",
                           "Ben Ortiz"));
  EXPECT_TRUE(has_relation(extract("Officials said Spain would host President Ivo Tan in June."), "Spain", "metWith",
                           "Ivo Tan", Modality::Planned));
  EXPECT_TRUE(has_relation(extract("Premier Li Wen agreed to visit Chancellor Eva Roth next month."), "Li Wen",
                           "metWith", "Eva Roth", Modality::Planned));
}

// Objects of a meeting are actors: a name after "an" or a number, or before a plural noun that
// is not an agent ("Oscar nominations"), names a thing; "was met with" is a reception.
TEST(Relations, MeetingObjectsAreActorsNotThings) {
  for (const char* text :
       {"Director Ana Ruiz received an Oscar in 1983.", "Director Ana Ruiz received three Oscar nominations last year.",
        "Shareholders will receive 1.90 Orbis Media shares for each share.",
        "The scheme was met with protests by the National Union of Farmers.",
        "Adviser Ines Moura welcomed the announcement and said Nato ministers agreed."}) {
    auto ex = extract(text);
    EXPECT_TRUE(ex.relations.empty()) << text << ": " << test::relations(ex)[0];
  }
  EXPECT_TRUE(
      has_relation(extract("Minister Rui Dias met his Nato counterparts in Brussels."), "Rui Dias", "metWith", "NATO"));
  EXPECT_TRUE(has_relation(extract("President Ana Silva received Chancellor Otto Lind in Lisbon."), "Ana Silva",
                           "metWith", "Otto Lind"));
}

// The agent of a passive may come long after the verb, past the accusation's own details.
TEST(Accused, PassiveAgentAfterALongComplement) {
  EXPECT_TRUE(has_relation(extract("Former president Ana Brito has been accused of diverting nearly $30 million in "
                                   "state money, most of it thought to have been stolen, by Chilean officials."),
                           "Chile", "accused", "Ana Brito"));
}

// Phone calls between a coordinated pair, and control seized over a place.
TEST(Relations, PhoneCallsBetweenAPairAndSeizedControl) {
  EXPECT_TRUE(has_relation(extract("President Ali Demir and Chancellor Eva Lind spoke by phone on Tuesday."),
                           "Ali Demir", "metWith", "Eva Lind"));
  EXPECT_TRUE(
      has_relation(extract("Russian forces seized control of Avdiivka last year."), "Russia", "captured", "Avdiivka"));
  auto alone = extract("President Ali Demir spoke by phone on Tuesday.");
  EXPECT_TRUE(alone.relations.empty()) << test::relations(alone)[0];
}

// A party before a qualified title modifies it ("Tory shadow chancellor Oliver Letwin"); the
// person acts. An opening adverbial ("To a packed audience at X,") holds no subject.
TEST(Accused, QualifiedTitlesAndOpeningAdverbials) {
  EXPECT_TRUE(has_relation(extract("Tory shadow chancellor Peter Hallam accused Mr Dunmore of lying."), "Peter Hallam",
                           "accused", "Dunmore"));
  EXPECT_TRUE(has_relation(extract("But Labour former minister Alan Kerrigan accused Lord Ashworth of bias."),
                           "Alan Kerrigan", "accused", "Lord Ashworth"));  // a peer keeps the style
  auto ex = extract(
      "To a crowded hall at the Forum Centre, Mr Dunmore accused shadow chancellor Peter Hallam of "
      "planning cuts.");
  EXPECT_TRUE(has_relation(ex, "Dunmore", "accused", "Peter Hallam"));
  EXPECT_EQ(ex.relations.size(), 1u) << test::relations(ex)[0];
  EXPECT_TRUE(has_relation(extract("Putin met deputy prime minister Ana Lopes."), "Putin", "metWith", "Ana Lopes"));
}

// A capital taken is the city, not its government; "take over" takes places the gazetteers know
// (or "the town of" names), not shows or companies.
TEST(Captured, CapitalsAreCitiesAndTakeOverNeedsAKnownPlace) {
  EXPECT_TRUE(has_relation(extract("The Taliban captured Kabul in August."), "Taliban", "captured", "Kabul"));
  EXPECT_TRUE(has_relation(extract("The Taliban took over Kabul in August."), "Taliban", "captured", "Kabul"));
  EXPECT_TRUE(has_relation(extract("Moscow accused Kyiv of shelling."), "Russia", "accused", "Ukraine"));
  for (const char* text : {"Sky takes over Oscar night mantle.", "Orbis Media took over Zentro Holdings last year."}) {
    auto ex = extract(text);
    EXPECT_TRUE(ex.relations.empty()) << text << ": " << test::relations(ex)[0];
  }
}

// "and" followed by a name and a finite verb starts a new clause: the name is no further object.
TEST(Relations, ObjectListsEndWhereANewClauseBegins) {
  auto ex = extract("Russia captured Pokrovsk and Kyiv condemned it.");
  EXPECT_TRUE(has_relation(ex, "Russia", "captured", "Pokrovsk"));
  EXPECT_FALSE(has_relation(ex, "Russia", "captured", "Ukraine"));
  EXPECT_FALSE(has_relation(ex, "Russia", "captured", "Kyiv"));
  auto said = extract("Chile accused Peru and Bolivia said nothing.");
  EXPECT_TRUE(has_relation(said, "Chile", "accused", "Peru"));
  EXPECT_FALSE(has_relation(said, "Chile", "accused", "Bolivia"));
  auto list = extract("The EU sanctioned Orka Lines and Star Harbour Lines based in Dubai.");
  EXPECT_TRUE(has_relation(list, "European Union", "sanctioned", "Star Harbour Lines"));
}

// CAMEO 163 counts embargoes as sanctions; a lawsuit (CAMEO 115) is a formal accusation.
TEST(Relations, EmbargoesAndLawsuits) {
  EXPECT_TRUE(has_relation(extract("The European Union imposed an arms embargo on Belarus on Monday."),
                           "European Union", "sanctioned", "Belarus"));
  EXPECT_TRUE(
      has_relation(extract("Russia tightened its embargo against Georgia."), "Russia", "sanctioned", "Georgia"));
  EXPECT_TRUE(has_relation(extract("Ireland sued the European Commission last year."), "Ireland", "accused",
                           "European Commission"));
  // an embargo lifted or a suit dropped is no sanction or accusation
  EXPECT_FALSE(has_relation(extract("Britain lifted its embargo on Iran."), "United Kingdom", "sanctioned", "Iran"));
  auto ex = extract("Mayor Ana Ruiz said the lawsuit against Colombia was dropped.");
  EXPECT_TRUE(ex.relations.empty()) << test::relations(ex)[0];
}

// A trigger's form read by the tagger as another part of speech is no trigger ("mobile phones").
TEST(Relations, TriggersFollowTheTaggersWordClass) {
  const char* text = "Firms Orka Audio and Vela Sound both sell speakers for mobile phones.";
  auto ex = extract(text);
  EXPECT_TRUE(ex.relations.empty()) << text << ": " << test::relations(ex)[0];
}

TEST(Relations, ARelativeClauseSetOffByCommasIsNotTheSubject) {
  // the subject is before ", who ... ,": a name inside the relative clause is none
  auto ex = extract(
      "Sara Kell spoke first. The Harbour MP, who was expelled from Vela Group last year, accused Ms Kell of lying.");
  EXPECT_FALSE(has_relation(ex, "Vela Group", "accused", "Sara Kell"));
  ex = extract(
      "Sara Kell spoke first. Tom Reyes, who was expelled from Vela Group last year, accused Ms Kell of lying.");
  EXPECT_TRUE(has_relation(ex, "Tom Reyes", "accused", "Sara Kell"));
}

TEST(Relations, AnObjectListGoesOnAfterThePeopleANameActsThrough) {
  // "blamed X officials and his former coach Y": Y is blamed too
  auto ex = extract(
      "Tomas Brae has kept his counsel - and on Friday blamed Harbour Athletics Board officials and "
      "his former coach Ivo Kessel for the missed hearing.");
  EXPECT_TRUE(has_relation(ex, "Tomas Brae", "accused", "Harbour Athletics Board"));
  EXPECT_TRUE(has_relation(ex, "Tomas Brae", "accused", "Ivo Kessel"));
}

TEST(Modality, ACoordinatedClauseAfterADashHasItsOwnModality) {
  // "denies" governs its own clause; the clause after "- and" is asserted
  auto ex = extract(
      "Tomas Brae still denies any wrongdoing - and on Friday blamed Harbour Athletics Board officials for the "
      "missed hearing.");
  EXPECT_TRUE(has_relation(ex, "Tomas Brae", "accused", "Harbour Athletics Board"));
  EXPECT_FALSE(has_relation(ex, "Tomas Brae", "accused", "Harbour Athletics Board", Modality::Negated));
}

// "is expected to sanction Belarus": a frame's verb after "to" that the tagger took for a noun is
// the infinitive when a noun phrase follows it.
TEST(Sanctioned, AnInfinitiveTheTaggerTookForANoun) {
  auto ex = extract("The Nordic Council is expected to sanction Belarus next week.");
  EXPECT_TRUE(has_relation(ex, "Nordic Council", "sanctioned", "Belarus", Modality::Planned));
  auto adj = extract("The Nordic Council is expected to sanction Belarusian officials next week.");
  EXPECT_TRUE(has_relation(adj, "Nordic Council", "sanctioned", "Belarus", Modality::Planned));
}

// "After meeting X in Berlin, Y said": the tree took X for the subject of "said" (a second one,
// or one with Y as its apposition) and left "meeting" without an object; mended before reading.
TEST(MetWith, TheObjectOfAnIngClauseTheTreeMadeASubject) {
  EXPECT_TRUE(has_relation(
      extract("After meeting Chancellor Olaf Brenner in Berlin, Ilie Rusu said he had not asked for troops."),
      "Ilie Rusu", "metWith", "Olaf Brenner"));
  EXPECT_TRUE(
      has_relation(extract("Speaking after meeting Chancellor Olaf Brenner in Berlin, Mr Rusu said he had not asked "
                           "for troops."),
                   "Rusu", "metWith", "Olaf Brenner"));
}

// "several rounds of talks with X": the measure of the frame's noun stands in its place as the
// object of the verb that holds them.
TEST(MetWith, RoundsOfTalks) {
  EXPECT_TRUE(has_relation(extract("Ilie Rusu held a fresh round of talks with Olaf Brenner on Monday."), "Ilie Rusu",
                           "metWith", "Olaf Brenner"));
  EXPECT_TRUE(has_relation(extract("Ilie Rusu has held several rounds of talks with Olaf Brenner."), "Ilie Rusu",
                           "metWith", "Olaf Brenner"));
}

// "the junta in Mali": a country acts through its governing body in it; not through "troops in"
// it or "the embassy in" it (who is in a country need not be its own).
TEST(Accused, AGoverningBodyInACountry) {
  EXPECT_TRUE(
      has_relation(extract("The authorities in Iran accused Britain of spying."), "Iran", "accused", "United Kingdom"));
  EXPECT_TRUE(
      has_relation(extract("Ilie Diallo held talks with the junta in Mali."), "Ilie Diallo", "metWith", "Mali"));
  auto troops = extract("Troops in Syria accused Turkey of shelling the town.");
  EXPECT_FALSE(has_relation(troops, "Syria", "accused", "Turkey"));
}

// "it" after a verb may be a place ("retook it"); as a subject it is a body or a country.
TEST(Captured, ThePlaceAnObjectPronounStandsFor) {
  auto ex = extract(
      "Harnak Front fighters captured the town of Kavor in May, and Syrian government forces retook it in March.");
  EXPECT_TRUE(has_relation(ex, "Harnak Front", "captured", "Kavor"));
  EXPECT_TRUE(has_relation(ex, "Syria", "captured", "Kavor"));
}

// An infinitive completing a noun that is a verb's object has that verb's subject; "no" on the
// noun, or a verb that ends it, negates it ("had no plans to meet", "dropped plans to").
TEST(Modality, PlansToAndCancelledMeetings) {
  EXPECT_TRUE(has_relation(extract("President Vadim Sorin had no plans to meet President Taras Melnyk."), "Vadim Sorin",
                           "metWith", "Taras Melnyk", Modality::Negated));
  EXPECT_TRUE(has_relation(extract("Vadim Sorin announced plans to sanction Norway."), "Vadim Sorin", "sanctioned",
                           "Norway", Modality::Planned));
  EXPECT_TRUE(has_relation(extract("Vadim Sorin dropped plans to sanction Norway."), "Vadim Sorin", "sanctioned",
                           "Norway", Modality::Negated));
  EXPECT_TRUE(has_relation(extract("Chancellor Olaf Brenner cancelled a meeting with President Ilie Rusu."),
                           "Olaf Brenner", "metWith", "Ilie Rusu", Modality::Negated));
}

// "told X that rebels had seized Y": the tree's relative clause on X has an object of its own, so
// its "that" is no relative pronoun and X was not seized.
TEST(Captured, AThatClauseTheTreeHungOnTheListener) {
  auto ex =
      extract("Dr. J. P. Morgan-Smith of the Vantor Institute told Itar-Kavor that Chechen rebels had seized Grozny.");
  ASSERT_NE(test::entity(ex, "Itar-Kavor"), nullptr);
  for (const Relation& r : ex.relations)
    EXPECT_NE(ex.entities[static_cast<std::size_t>(r.target)].name, "Itar-Kavor") << "the listener was not seized";
  auto rel = extract("Velmor Front fighters retook Kavor, which they had lost in May.");
  EXPECT_TRUE(has_relation(rel, "Velmor Front", "captured", "Kavor")) << "a relative clause's own object";
}

// "a new package of sanctions against X": a measure of the frame's noun stands in its place;
// "the assets of Russian oligarch X" with the name hung elsewhere by the tree: the noun for a
// person right before the name is that person.
TEST(Sanctioned, APackageOfSanctionsAndAnOligarchsAssets) {
  EXPECT_TRUE(has_relation(extract("The Nordic Council agreed a new package of sanctions against Iran on Monday."),
                           "Nordic Council", "sanctioned", "Iran"));
  EXPECT_TRUE(has_relation(extract("Britain froze the assets of Russian oligarch Igor Vassin."), "United Kingdom",
                           "sanctioned", "Igor Vassin"));
}
