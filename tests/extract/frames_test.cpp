// Relations read from the parse (extract/frames): each case on the frames alone, on sentences
// written for these tests, with the shipped tagger and parser.
#include "extract/frames.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "extract/coref.hpp"
#include "extract/entities.hpp"
#include "extract/pipeline.hpp"
#include "support.hpp"
#include "text/reader.hpp"

namespace newskg {
namespace {

using test::has_relation;

// The rules' entities and mentions (without the recogniser's corpus case table), resolved.
Extraction resolved(const std::string& text, const Lexicon& lx = test::lexicon()) {
  Extraction ex = Pipeline(lx).prepare(make_document("t", "t.txt", text));
  resolve_entities(ex, lx, find_mentions(ex, lx));
  return ex;
}

// Those, then the frames' relations, and the entities pruned as the pipeline prunes them.
Extraction frames_only(const std::string& text, const Lexicon& lx = test::lexicon()) {
  Extraction ex = resolved(text, lx);
  find_frame_relations(ex, lx, *test::models().tagger, *test::models().parser);
  prune_entities(ex, lx);
  return ex;
}

std::string all(const Extraction& ex) {
  std::string s;
  for (const std::string& r : test::relations(ex)) s += r + "; ";
  return s;
}

// The frames read "a rel b" (with modality m) in `text`; the message lists what they read.
::testing::AssertionResult reads(const std::string& text, const char* a, const char* rel, const char* b,
                                 Modality m = Modality::Asserted) {
  const Extraction ex = frames_only(text);
  if (has_relation(ex, a, rel, b, m)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << text << ": " << all(ex);
}

// How much of the syntax stage the frames used on `text`: sentences tagged and parsed.
FrameWork syntax_work(const std::string& text) {
  Extraction ex = resolved(text);
  return find_frame_relations(ex, test::lexicon(), *test::models().tagger, *test::models().parser);
}

// The frames do not assert "a rel b" in `text`; the message lists what they read.
::testing::AssertionResult reads_no(const std::string& text, const char* a, const char* rel, const char* b) {
  const Extraction ex = frames_only(text);
  if (!has_relation(ex, a, rel, b)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << text << ": " << all(ex);
}

TEST(Frames, VerbsWithSubjectAndObjectOrPreposition) {
  EXPECT_TRUE(reads("Chancellor Olaf Brandt met President Amina Diallo in Dakar on Monday.", "Olaf Brandt", "metWith",
                    "Amina Diallo"));
  EXPECT_TRUE(
      reads("Minister Sara Kell spoke with envoy Tom Reyes about the border.", "Sara Kell", "metWith", "Tom Reyes"));
  EXPECT_TRUE(
      reads("President Ana Silva discussed the plan with Chancellor Otto Lind.", "Ana Silva", "metWith", "Otto Lind"));
  // a "mutual" frame: subjects joined by "and" discussing something discussed it together
  EXPECT_TRUE(reads("President Ana Silva and Chancellor Otto Lind discussed trade in Lyon.", "Ana Silva", "metWith",
                    "Otto Lind"));
  EXPECT_TRUE(
      reads_no("President Ana Silva and Chancellor Otto Lind visited Lyon.", "Ana Silva", "metWith", "Otto Lind"));
  auto accused = frames_only("Chile accused Bolivia of violating the treaty.");
  EXPECT_TRUE(has_relation(accused, "Chile", "accused", "Bolivia")) << all(accused);
  EXPECT_FALSE(has_relation(accused, "Bolivia", "accused", "Chile"));
}

TEST(Frames, PassivesReadTheAgentFromBy) {
  auto ex = frames_only("Bolivia was accused by Chile of espionage.");
  EXPECT_TRUE(has_relation(ex, "Chile", "accused", "Bolivia")) << all(ex);
  EXPECT_FALSE(has_relation(ex, "Bolivia", "accused", "Chile"));
}

TEST(Frames, NounsThroughTheirVerbAndPossessor) {
  auto talks = frames_only("Premier Hu Wen held talks with Senator Rosa Alves on trade.");
  EXPECT_TRUE(has_relation(talks, "Hu Wen", "metWith", "Rosa Alves")) << all(talks);
  EXPECT_TRUE(reads("Orbis Media is in talks with Vela Group about a merger.", "Orbis Media", "metWith", "Vela Group"));
  EXPECT_TRUE(reads("Talks between Minister Sara Kell and envoy Tom Reyes ended on Friday.", "Sara Kell", "metWith",
                    "Tom Reyes"));
  EXPECT_TRUE(reads("Canada imposed sanctions on Belarus.", "Canada", "sanctioned", "Belarus"));
  EXPECT_TRUE(
      reads("The EU embargo on arms exports to Belarus stays in place.", "European Union", "sanctioned", "Belarus"));
  // a noun on its own states nothing: "the meeting" without parties
  EXPECT_TRUE(frames_only("The meeting in Paris was short, Chile and Peru said.").relations.empty());
}

TEST(Frames, ConjunctsOnEitherSide) {
  auto ex = frames_only("Germany and France accused Russia and Belarus of lying.");
  for (const char* a : {"Germany", "France"})
    for (const char* b : {"Russia", "Belarus"}) EXPECT_TRUE(has_relation(ex, a, "accused", b)) << a << b << all(ex);
  EXPECT_TRUE(reads("Governor Ana Lucas and Mayor Ben Ortiz met on Sunday.", "Ana Lucas", "metWith", "Ben Ortiz"));
  // visiting together is no meeting of the visitors
  EXPECT_TRUE(frames_only("Chile and Peru visited the new port on Sunday.").relations.empty());
  // a conjunct before a verb that has its own subject is no subject of it
  EXPECT_TRUE(reads("Fans recall 1994, when talks between Senator Ana Lucas and Mr Ortiz came close to a deal.",
                    "Ana Lucas", "metWith", "Ortiz"));
  // the people acting for countries ("representatives from X")
  auto reps = test::extract("Manager Ivo Dunn met representatives from Chile and Peru to arrange the fixtures.");
  for (const char* c : {"Chile", "Peru"}) EXPECT_TRUE(has_relation(reps, "Ivo Dunn", "metWith", c)) << c;
}

TEST(Frames, RelativePronounsAndSharedSubjects) {
  EXPECT_TRUE(reads("The plan was attacked by the Green Party, which accused Chile of lying.", "Green Party", "accused",
                    "Chile"));
  EXPECT_TRUE(
      reads("Premier Ivo Dunn arrived in Rome and met Chancellor Karl Weiss.", "Ivo Dunn", "metWith", "Karl Weiss"));
  // the subject of a passive a participle clause hangs on ("who was fined for accusing")
  auto fined = frames_only(
      "Leeds boss Ivo Dunn, who was fined pounds 5,000 in March for accusing Lyon striker Karl Weiss of "
      "cheating, believes the punishment was too lenient.");
  EXPECT_TRUE(has_relation(fined, "Ivo Dunn", "accused", "Karl Weiss")) << all(fined);
  // a noun in apposition to a name stands for it ("X - another board member accused by Y")
  EXPECT_TRUE(reads("The board said Karl Weiss - another director accused by Ivo Dunn of fraud - would stay.",
                    "Ivo Dunn", "accused", "Karl Weiss"));
}

TEST(Frames, ModalityFromTheTree) {
  EXPECT_TRUE(has_relation(frames_only("Minister Sara Kell did not meet envoy Tom Reyes."), "Sara Kell", "metWith",
                           "Tom Reyes", Modality::Negated));
  EXPECT_TRUE(has_relation(frames_only("Minister Sara Kell refused to meet envoy Tom Reyes."), "Sara Kell", "metWith",
                           "Tom Reyes", Modality::Negated));
  EXPECT_TRUE(has_relation(frames_only("Minister Sara Kell will meet envoy Tom Reyes next week."), "Sara Kell",
                           "metWith", "Tom Reyes", Modality::Planned));
  EXPECT_TRUE(has_relation(frames_only("Minister Sara Kell plans to meet envoy Tom Reyes."), "Sara Kell", "metWith",
                           "Tom Reyes", Modality::Planned));
  EXPECT_TRUE(has_relation(frames_only("Britain lifted its embargo on Iran."), "United Kingdom", "sanctioned", "Iran",
                           Modality::Negated));
  // a claim keeps the relation asserted and names who made it
  auto said = frames_only("Moscow said its troops had captured the town of Bakhmut.");
  ASSERT_TRUE(has_relation(said, "Russia", "captured", "Bakhmut")) << all(said);
  EXPECT_EQ(said.entities[static_cast<std::size_t>(said.relations[0].claimant)].name, "Russia");
}

TEST(Frames, AReportedWrongdoingIsAnAccusationByTheReporter) {
  // the reporter accuses the wrongdoer, whether the report comes first or after
  auto said = frames_only("Minister Sara Kell said Orbis Media had misled its investors.");
  EXPECT_TRUE(has_relation(said, "Sara Kell", "accused", "Orbis Media")) << all(said);
  EXPECT_TRUE(
      reads("\"Senator Tom Reyes lied to the committee,\" Sara Kell said.", "Sara Kell", "accused", "Tom Reyes"));
  // a claim's possessor, or its "by", claims it
  EXPECT_TRUE(reads("Senator Tom Brae's claim that Orbis Media had misled investors was denied.", "Tom Brae", "accused",
                    "Orbis Media"));
  EXPECT_TRUE(reads("Senator Rosa Alves alleged that President Omar Diallo rigged the vote.", "Rosa Alves", "accused",
                    "Omar Diallo"));
  auto claimed = frames_only("Chile has broken its pledge on fishing quotas, Bolivia has claimed.");
  EXPECT_TRUE(has_relation(claimed, "Bolivia", "accused", "Chile")) << all(claimed);
  const Extraction& c = claimed;
  ASSERT_FALSE(c.relations.empty());
  EXPECT_EQ(c.relations[0].claimant, -1);  // the accusation is the report itself, not a claim of it
  // a claim of no wrongdoing, a denied or hypothetical one, or a word in another sense is none
  for (const char* none : {"Minister Sara Kell said Orbis Media had not misled its investors.",
                           "Minister Sara Kell denied that Orbis Media had misled its investors.",
                           "Minister Sara Kell said Orbis Media would break the law if it merged.",
                           "Minister Sara Kell said Orbis Media had broken the record for sales.",
                           "Minister Sara Kell did not say Orbis Media had misled its investors."})
    EXPECT_TRUE(reads_no(none, "Sara Kell", "accused", "Orbis Media"));
}

TEST(Frames, LegalActionResponsibilityAndTellingOverDinner) {
  EXPECT_TRUE(
      reads("Minister Sara Kell held Tom Reyes responsible for the crisis.", "Sara Kell", "accused", "Tom Reyes"));
  EXPECT_TRUE(reads("Orbis Media took legal action against Vela Group.", "Orbis Media", "accused", "Vela Group"));
  EXPECT_TRUE(
      reads("Orbis Media has taken Vela Group to court over the patents.", "Orbis Media", "accused", "Vela Group"));
  EXPECT_TRUE(reads("At a dinner in Lyon, Minister Sara Kell told Mr Reyes of her plans to resign.", "Sara Kell",
                    "metWith", "Reyes"));
  // telling alone is no meeting
  auto told = frames_only("Minister Sara Kell told Tom Reyes of her plans to resign.");
  EXPECT_FALSE(has_relation(told, "Sara Kell", "metWith", "Tom Reyes")) << all(told);
}

TEST(Frames, TalksInAPhraseOfTimeOnTheVerbsOblique) {
  // "after talks with Y" hung on "dinner", the oblique of the verb: the verb's subject held them
  EXPECT_TRUE(reads("At a dinner after talks with Tom Reyes, Minister Sara Kell spoke of peace.", "Sara Kell",
                    "metWith", "Tom Reyes"));
}

TEST(Frames, AParticipleAsAPrepositionIsThatPreposition) {
  // "Following" tagged a verb still opens the phrase as "following" does; the verb "follow" holds
  // no talks ("followed talks on television": watched them)
  EXPECT_TRUE(reads("Following talks with Tom Reyes, Minister Sara Kell said a deal was close.", "Sara Kell", "metWith",
                    "Tom Reyes"));
  auto watched = frames_only("Minister Sara Kell followed talks with Tom Reyes on television.");
  EXPECT_FALSE(has_relation(watched, "Sara Kell", "metWith", "Tom Reyes")) << all(watched);
}

TEST(Frames, MealsHandshakesAndAccusationsFaced) {
  EXPECT_TRUE(
      reads("Minister Sara Kell shook hands with envoy Tom Reyes in Lyon.", "Sara Kell", "metWith", "Tom Reyes"));
  EXPECT_TRUE(
      reads("Minister Sara Kell had lunch with envoy Tom Reyes on Friday.", "Sara Kell", "metWith", "Tom Reyes"));
  EXPECT_TRUE(reads("Minister Sara Kell hosted a dinner for envoy Tom Reyes.", "Sara Kell", "metWith", "Tom Reyes"));
  EXPECT_TRUE(reads("Mr Reyes and Ms Kell had dinner together in Lyon.", "Reyes", "metWith", "Kell"));
  // a mediator meets each side (CAMEO 045)
  auto mediator = frames_only("Minister Sara Kell acted as mediator between Chile and Peru.");
  for (const char* side : {"Chile", "Peru"})
    EXPECT_TRUE(has_relation(mediator, "Sara Kell", "metWith", side)) << side << ": " << all(mediator);
  ASSERT_FALSE(mediator.relations.empty());
  EXPECT_EQ(mediator.relations[0].cameo, "045");
  // those who host a dinner together do not meet each other by it
  auto hosts = frames_only("Minister Sara Kell and envoy Tom Reyes hosted a dinner in Lyon.");
  EXPECT_FALSE(has_relation(hosts, "Sara Kell", "metWith", "Tom Reyes")) << all(hosts);
  // the accusations someone faces are made by whom they come from
  EXPECT_TRUE(reads("Minister Sara Kell faces accusations from Orbis Media that she misled the board.", "Orbis Media",
                    "accused", "Sara Kell"));
}

TEST(Frames, AllegationsAndTheirClauses) {
  // the subject of the clause "that" opens is the one accused
  EXPECT_TRUE(
      reads("Senator Tom Brae alleged that Governor Ana Lucas had taken bribes.", "Tom Brae", "accused", "Ana Lucas"));
  EXPECT_TRUE(reads("Governor Ana Lucas rejected accusations by Senator Tom Brae that she had lied.", "Tom Brae",
                    "accused", "Ana Lucas"));  // (the answer to them does not undo them)
  EXPECT_TRUE(reads("Senator Tom Brae levelled accusations of fraud at Governor Ana Lucas.", "Tom Brae", "accused",
                    "Ana Lucas"));
  EXPECT_TRUE(
      reads("Orbis Media has pointed the finger at Vela Group over the leak.", "Orbis Media", "accused", "Vela Group"));
  // not when the clause is negated, nor a finger pointed at nothing
  for (const char* none : {"Senator Tom Brae alleged that Governor Ana Lucas had not paid her taxes.",
                           "Senator Tom Brae pointed at Governor Ana Lucas in the crowd."})
    EXPECT_TRUE(reads_no(none, "Tom Brae", "accused", "Ana Lucas"));
}

TEST(Frames, TheTwoLeadersAndBothMen) {
  // "the two leaders", "both men": the last two of them named, wherever they were named
  auto ex = test::extract(
      "President Marc Dolan arrived in Lyon on Monday. Prime Minister Luis Arroyo met him at the airport. The two "
      "leaders held talks on trade. Both men later met Chancellor Paul Hewer.");
  EXPECT_TRUE(has_relation(ex, "Luis Arroyo", "metWith", "Marc Dolan")) << all(ex);
  for (const char* p : {"Luis Arroyo", "Marc Dolan"})
    EXPECT_TRUE(has_relation(ex, p, "metWith", "Paul Hewer")) << p << ": " << all(ex);
  // not when fewer were named; not of organisations (a paper and a bank are not "the two banks")
  ex = test::extract("President Marc Dolan arrived in Lyon. The two leaders held talks.");
  EXPECT_TRUE(ex.relations.empty()) << all(ex);
  ex = test::extract("The Daily Courier said Vela Bank was in trouble. The two banks held talks in May.");
  EXPECT_TRUE(ex.relations.empty()) << all(ex);
}

TEST(Frames, ARelativeClauseOnANounTrigger) {
  // "the sanctions that X imposed on Y": the relative clause's verb is the noun's light verb
  EXPECT_TRUE(
      reads("The sanctions that Chile imposed on Bolivia in May remain in force.", "Chile", "sanctioned", "Bolivia"));
}

TEST(Frames, AnInfinitiveCompletingANoun) {
  // "a bid by X to sue Y": the noun's "by" (or possessor) is the subject, and it is not done yet
  EXPECT_TRUE(reads("A bid by Orbis Media to sue Vela Group failed.", "Orbis Media", "accused", "Vela Group",
                    Modality::Planned));
}

TEST(Frames, APossessivePronounOnTheObjectOfTheNounsVerb) {
  // "X held its third meeting with Y": X, whatever "its" was resolved to before the parse
  auto ex = test::extract(
      "The firm, owner of Kestrel Trust, is ready to bid.\n\nThe news came as Orbis Media held its third meeting "
      "with Vela Group.");
  EXPECT_TRUE(has_relation(ex, "Orbis Media", "metWith", "Vela Group")) << all(ex);
  EXPECT_FALSE(has_relation(ex, "Kestrel Trust", "metWith", "Vela Group")) << all(ex);
}

TEST(Frames, HearsayIsUnconfirmed) {
  // on unnamed others' word: "reportedly", "is said to have", "is reported to have held talks"
  for (const char* text : {"Chancellor Otto Lind reportedly met President Ana Silva in Lyon.",
                           "Chancellor Otto Lind is said to have met President Ana Silva.",
                           "Chancellor Otto Lind is reported to have held talks with President Ana Silva."})
    EXPECT_TRUE(reads(text, "Otto Lind", "metWith", "Ana Silva", Modality::Unconfirmed));
  // someone named says it: asserted, and claimed by them
  EXPECT_TRUE(reads("Minister Sara Kell said Chancellor Otto Lind met President Ana Silva.", "Otto Lind", "metWith",
                    "Ana Silva"));
}

TEST(Frames, ReportsDeniedOrDismissed) {
  // a meeting in the report someone denies or dismisses is negated; one they confirm is not
  EXPECT_TRUE(reads("Chancellor Otto Lind denied reports that he met President Ana Silva.", "Otto Lind", "metWith",
                    "Ana Silva", Modality::Negated));
  EXPECT_TRUE(reads("Chancellor Otto Lind dismissed claims that he had met President Ana Silva.", "Otto Lind",
                    "metWith", "Ana Silva", Modality::Negated));
  EXPECT_TRUE(reads("Chancellor Otto Lind confirmed reports that he met President Ana Silva.", "Otto Lind", "metWith",
                    "Ana Silva"));
}

TEST(Frames, StoppingShortOfItAndConsideringIt) {
  EXPECT_TRUE(
      reads("Chile stopped short of accusing Bolivia of spying.", "Chile", "accused", "Bolivia", Modality::Negated));
  EXPECT_TRUE(
      reads("Chile is considering sanctions against Bolivia.", "Chile", "sanctioned", "Bolivia", Modality::Planned));
}

TEST(Frames, EachAccusedTheOther) {
  for (const char* text : {"Chile and Bolivia accused each other of violating the ceasefire.",
                           "Chile and Bolivia have blamed one another for the clashes.",
                           "Chile and Bolivia traded accusations over the strike."}) {
    auto ex = frames_only(text);
    EXPECT_TRUE(has_relation(ex, "Chile", "accused", "Bolivia")) << text << ": " << all(ex);
    EXPECT_TRUE(has_relation(ex, "Bolivia", "accused", "Chile")) << text << ": " << all(ex);
  }
  // the two accusing a third accuse not each other
  auto third = frames_only("Chile and Bolivia accused Peru of spying.");
  EXPECT_FALSE(has_relation(third, "Chile", "accused", "Bolivia")) << all(third);
}

TEST(Frames, ReportedBlameForAWrongdoing) {
  // an adjective frame: "X said Y was responsible for the attack"
  EXPECT_TRUE(
      reads("Chile said Bolivia was responsible for the attack on the border post.", "Chile", "accused", "Bolivia"));
  // not when the report denies it, nor for what is no wrongdoing
  for (const char* none : {"Chile said Bolivia was not responsible for the attack on the border post.",
                           "Chile said Bolivia was responsible for the growth of the fishing trade."})
    EXPECT_TRUE(reads_no(none, "Chile", "accused", "Bolivia"));
}

TEST(Frames, CuttingAidTiesOrDiplomatsIsASanction) {
  auto aid = frames_only("Norway said it had halted its aid to Chile in May.");
  EXPECT_TRUE(has_relation(aid, "Norway", "sanctioned", "Chile")) << all(aid);
  // (the whole pipeline: frames_only reads the frames after the pipeline pruned the entities no
  // relation uses, the demonym of "Russian diplomats" among them)
  auto expelled = test::extract("Norway expelled three Russian diplomats on Friday.");
  EXPECT_TRUE(has_relation(expelled, "Norway", "sanctioned", "Russia")) << all(expelled);
  auto ties = frames_only("Italy severed diplomatic ties with Libya.");
  EXPECT_TRUE(has_relation(ties, "Italy", "sanctioned", "Libya")) << all(ties);
  ASSERT_FALSE(ties.relations.empty());
  EXPECT_EQ(ties.relations[0].cameo, "161");
  // a clause under a negated verb is negated too
  EXPECT_TRUE(reads("The move did not mean that Italy had cut its ties with Libya.", "Italy", "sanctioned", "Libya",
                    Modality::Negated));
  // aid given, or ties cut with no one named, are none
  for (const char* none : {"Norway said it had sent its aid to Chile.", "Italy cut ties with the past."}) {
    auto ex = frames_only(none);
    EXPECT_TRUE(ex.relations.empty()) << none << ": " << all(ex);
  }
}

TEST(Frames, BansOnImportsOrTravelSuspendedCooperationRegainedControl) {
  EXPECT_TRUE(reads("Norway has banned imports from Chile.", "Norway", "sanctioned", "Chile"));
  EXPECT_TRUE(reads("Italy suspended military cooperation with Libya.", "Italy", "sanctioned", "Libya"));
  EXPECT_TRUE(reads("Peru regained control of Arequipa after a week.", "Peru", "captured", "Arequipa"));
  EXPECT_TRUE(reads("Peru took control over Arequipa last week.", "Peru", "captured", "Arequipa"));
  // the officials or ministers of a country stand for it, a number before them or not ("ten": no
  // name particle before a demonym)
  for (const char* text : {"Norway imposed travel bans on ten Chilean officials.",
                           "Norway imposed a travel ban on three Chilean ministers."}) {
    auto ex = test::extract(text);
    EXPECT_TRUE(has_relation(ex, "Norway", "sanctioned", "Chile")) << text << ": " << all(ex);
  }
  // the noun: "announced a suspension of air links with X", "X's suspension of ties with Y"
  EXPECT_TRUE(reads("Norway has announced a suspension of its air links with Libya.", "Norway", "sanctioned", "Libya"));
  EXPECT_TRUE(reads("Norway's suspension of ties with Chile was criticised.", "Norway", "sanctioned", "Chile"));
  EXPECT_TRUE(reads("Norway would prohibit all aid to Chile.", "Norway", "sanctioned", "Chile", Modality::Planned));
  // imports banned from no one named, and a company regained, are none
  for (const char* none : {"Norway has banned imports of ivory.", "Peru regained control of Air Peru last year."}) {
    auto ex = frames_only(none);
    EXPECT_TRUE(ex.relations.empty()) << none << ": " << all(ex);
  }
}

TEST(Frames, TalksSomeoneTravelsForAndAnAppositionTheTreeLost) {
  EXPECT_TRUE(reads("Premier Li Wen will travel to Moscow for talks with President Ivo Tan.", "Li Wen", "metWith",
                    "Ivo Tan", Modality::Planned));
  EXPECT_TRUE(
      reads("Premier Li Wen arrived in Moscow for talks with President Ivo Tan.", "Li Wen", "metWith", "Ivo Tan"));
  // talks called or pressed for are only a plan
  EXPECT_TRUE(reads("Chile pressed for talks with Bolivia.", "Chile", "metWith", "Bolivia", Modality::Planned));
  // a visit paid or made is a meeting; one only mentioned is not read ("during his visit to X")
  EXPECT_TRUE(reads("President Omar Diallo paid a visit to Chancellor Otto Lind on Friday.", "Omar Diallo", "metWith",
                    "Otto Lind"));
  EXPECT_TRUE(frames_only("President Omar Diallo spoke of his visit to Chancellor Otto Lind.").relations.empty());
  // the names a noun is said to be; the bosses of firms act for them
  auto among = frames_only("Among the firms accused by Chile were Orbis Media and Vela Group.");
  for (const char* firm : {"Orbis Media", "Vela Group"})
    EXPECT_TRUE(has_relation(among, "Chile", "accused", firm)) << firm << ": " << all(among);
  EXPECT_TRUE(reads("Bosses of Orbis Media and the Vela Group are to meet next week.", "Orbis Media", "metWith",
                    "Vela Group", Modality::Planned));
  EXPECT_TRUE(reads("The two leaders, Omar Diallo and Ana Ruiz, met at the summit in Dakar.", "Omar Diallo", "metWith",
                    "Ana Ruiz"));
}

TEST(Frames, APronounSubjectResolvedToItsOwnObjectIsSomeoneElse) {
  // "he" read as Brae (the previous sentence's first name) cannot accuse Brae: the person before
  auto ex = test::extract(
      "Mr Brae's budget was not about the country, opposition leader Ivo Dunn said. He went on to accuse Mr Brae "
      "of hiding the costs.");
  EXPECT_TRUE(has_relation(ex, "Ivo Dunn", "accused", "Brae")) << all(ex);
}

TEST(Frames, ChargedByAuthoritiesAndTheMayor) {
  auto charged = test::extract("Senator Tom Brae and Lena Hoyt were charged last week by the Greek authorities.");
  for (const char* p : {"Tom Brae", "Lena Hoyt"})
    EXPECT_TRUE(has_relation(charged, "Greece", "accused", p)) << p << ": " << all(charged);
  // "the mayor" is the one whose role is mayor, not the deputy mayor named since
  auto mayor = test::extract(
      "London Mayor Ken Lowe attacked the paper. Deputy Mayor Nina Gale said he would apologise. The mayor "
      "accused Oliver Fane of harassing him.");
  EXPECT_TRUE(has_relation(mayor, "Ken Lowe", "accused", "Oliver Fane")) << all(mayor);
  EXPECT_FALSE(has_relation(mayor, "Nina Gale", "accused", "Oliver Fane"));
  // "the chancellor" is not the shadow chancellor who speaks of him
  auto chancellor = test::extract(
      "Chancellor Ivo Tan gave his report. Tory Shadow chancellor Tom Brae said it was wrong. Mr Brae accused the "
      "chancellor of using tricks.");
  EXPECT_TRUE(has_relation(chancellor, "Tom Brae", "accused", "Ivo Tan")) << all(chancellor);
  // "the Chilean president" is not another country's, and one named right after is that one
  auto president = test::extract(
      "French President Marc Dolan spoke first. Minister Sara Kell later had lunch with the Chilean president, "
      "Ana Lobo.");
  EXPECT_TRUE(has_relation(president, "Sara Kell", "metWith", "Ana Lobo")) << all(president);
  EXPECT_FALSE(has_relation(president, "Sara Kell", "metWith", "Marc Dolan"));
  president =
      test::extract("French President Marc Dolan spoke first. The Chilean president accused Tom Reyes of lying.");
  EXPECT_FALSE(has_relation(president, "Marc Dolan", "accused", "Tom Reyes")) << all(president);
}

// The progressive is no plan ("is suing" is not "is to sue"); a noun trigger takes the modals
// of the predicate it is the subject of, unless that predicate would end it.
TEST(Frames, ModalityOfProgressivesInfinitivesAndPredicates) {
  EXPECT_TRUE(has_relation(frames_only("Orbis Media is suing Vela Group over the deal."), "Orbis Media", "accused",
                           "Vela Group"));
  EXPECT_TRUE(has_relation(frames_only("Minister Sara Kell is visiting Peru and Chile this week."), "Sara Kell",
                           "metWith", "Peru"));
  EXPECT_TRUE(has_relation(frames_only("Minister Sara Kell is to begin talks with Peru."), "Sara Kell", "metWith",
                           "Peru", Modality::Planned));
  EXPECT_TRUE(has_relation(frames_only("Kell to hold talks with Peru"), "Kell", "metWith", "Peru", Modality::Planned));
  EXPECT_TRUE(reads("The meeting between Minister Sara Kell and envoy Tom Reyes is due to take place in Lima.",
                    "Sara Kell", "metWith", "Tom Reyes", Modality::Planned));
  EXPECT_TRUE(
      reads("Talks between Chile and Peru will resume next week.", "Chile", "metWith", "Peru", Modality::Planned));
  EXPECT_TRUE(reads("The EU embargo on arms exports to Belarus is likely to be lifted next year.", "European Union",
                    "sanctioned", "Belarus"));
}

// Repairs for trees that news sentences often get wrong.
TEST(Frames, UsualParserErrorsOnNews) {
  // a day read as the subject
  EXPECT_TRUE(reads("Kenyan Prime Minister Amos Wanjala today accused the United States of spying.", "Amos Wanjala",
                    "accused", "United States"));
  // "by" hung on the title of the agent's name
  auto by = frames_only("The Daily Courier was sued for libel by Mr Halloran over its report.");
  EXPECT_TRUE(has_relation(by, "Halloran", "accused", "Daily Courier")) << all(by);
  // titles between a descriptor and the name
  EXPECT_TRUE(reads("Premier Ivo Dunn flew to Beijing. He will meet Chinese counterpart Minister Wu Tingfei.",
                    "Ivo Dunn", "metWith", "Wu Tingfei", Modality::Planned));
  // an agent noun with "from"
  auto from = frames_only("A small delegation from the IMF met EBRD officials on Friday.");
  EXPECT_TRUE(has_relation(from, "International Monetary Fund", "metWith", "EBRD")) << all(from);
  // leaders and factions act for the body they lead or belong to
  EXPECT_TRUE(reads("Senator Ana Fabre held talks with leaders of Norway's interim government.", "Ana Fabre", "metWith",
                    "Norway"));
  EXPECT_TRUE(reads("Chancellor Ivo Dunn imposed sanctions on the Harbour Front armed faction.", "Ivo Dunn",
                    "sanctioned", "Harbour Front"));
  // a date before a name is not a count of it ("two Oscars")
  EXPECT_TRUE(reads("The diary says on 9 May Lord Ashworth met Lord Pelling in Leeds.", "Lord Ashworth", "metWith",
                    "Lord Pelling"));
  // a word before a name is a descriptor of the person only when it is a title
  EXPECT_TRUE(frames_only("In the first half Dan Morley's corner was met by Hale.").relations.empty())
      << all(frames_only("In the first half Dan Morley's corner was met by Hale."));
}

// Where the tree gives a trigger an object that is no entity, no name around it is taken for one.
TEST(Frames, AnObjectThatIsNoEntityIsNoTarget) {
  for (const char* text : {"Croatia's Mila Horvat captured her first ATP title with a win over Lena Brandt.",
                           "Market analysts Strata welcomed the decision, saying Orvanta had given up a lot."}) {
    auto ex = test::extract(text);
    EXPECT_TRUE(ex.relations.empty()) << text << ": " << all(ex);
  }
  auto targets = test::extract("Mr Vos asked how far Spain has come towards meeting the Madrid goals.");
  EXPECT_TRUE(targets.relations.empty()) << all(targets);
  // "blame X on Y": the thing blamed is no one accused
  auto blamed = test::extract("Serena Vale lost to Ana Reis. Vale blamed her defeat on injuries.");
  EXPECT_FALSE(has_relation(blamed, "Serena Vale", "accused", "Ana Reis")) << all(blamed);
  // a noun with a pronoun as its possessor and no partner names no one else
  auto calls = test::extract("Germany and Chile trade a lot. Most people there make their calls from a mobile.");
  EXPECT_TRUE(calls.relations.empty()) << all(calls);
}

// "that" read as the object of "met" is no object: the people named before still met.
// A call by phone, with its partner's preposition hung past the partner's name or none at all,
// and a welcome given to someone.
TEST(Frames, PhoneCallsAndWelcomesGiven) {
  EXPECT_TRUE(reads("Governor Sam Okoro spoke by telephone with Chancellor Eva Lind about the floods.", "Sam Okoro",
                    "metWith", "Eva Lind"));
  EXPECT_TRUE(reads("Premier Lena Brandt and Senator Rui Alves talked by telephone late on Friday.", "Lena Brandt",
                    "metWith", "Rui Alves"));
  EXPECT_TRUE(reads("Queen Mara Vell gave a formal welcome to Premier Lena Brandt at the palace.", "Mara Vell",
                    "metWith", "Lena Brandt"));
}

// A passive's "by" agent that the tree hung on the active verb of a clause below it; a gerund
// after "by" is a means, no agent.
TEST(Frames, APassivesAgentHungOnTheClauseBelowIt) {
  EXPECT_TRUE(reads("Former mayor Ivo Dunn has been accused of hiding company funds by Norwegian tax officials.",
                    "Norway", "accused", "Ivo Dunn"));
  // or, set off by a comma at the end, on a passive below it
  EXPECT_TRUE(
      reads("Former mayor Ivo Dunn has been accused of diverting $2 million in aid, much of it thought to "
            "have been lost, by Norwegian officials.",
            "Norway", "accused", "Ivo Dunn"));
  // or on the object of that verb, an apposition after its comma naming the agent
  EXPECT_TRUE(
      reads("Norway has been accused of blocking access to Vela News by the press watchdog, Reporters Without "
            "Frontiers.",
            "Reporters Without Frontiers", "accused", "Norway"));
  auto means =
      frames_only("Former mayor Ivo Dunn has been accused of hiding company funds by moving them to Vela Bank.");
  EXPECT_FALSE(has_relation(means, "Vela Bank", "accused", "Ivo Dunn")) << all(means);
}

// "X warned the Norwegians, accusing them of ..." with "the Norwegians" read as the participle's
// subject: X accuses them.
TEST(Frames, AParticiplesSubjectBeforeItsCommaIsTheVerbsObject) {
  EXPECT_TRUE(
      reads("Senator Ana Fabre warned the Norwegians, accusing them of greed.", "Ana Fabre", "accused", "Norway"));
}

// "captured X, in the north of Y, ..., as well as Z": Z is captured too, whatever phrase the
// tree hung it on; not a place only named beside the object.
// "US and Russian officials met": the conjunct of a name that modifies an agent noun modifies it
// too (the demonym is not left looking for a name of its own after it)
TEST(Frames, AConjunctOfAModifierThroughAnAgentNoun) {
  EXPECT_TRUE(reads("US and Russian officials met in Geneva on Monday.", "United States", "metWith", "Russia"));
  EXPECT_TRUE(reads("Estonian and Latvian troops captured Pskov on Monday.", "Latvia", "captured", "Pskov"));
}

// A title named nowhere else, modified by a country ("his French counterpart", "the Iranian
// foreign minister", "Kenya's president"): the country acts through its office holder; not a
// party through its leader (a person coreference did not find)
TEST(Frames, ACountrysOfficeHolderNamedNowhereElse) {
  EXPECT_TRUE(reads("Prime Minister Tom Reyes met his Estonian counterpart in Oslo on Tuesday.", "Tom Reyes", "metWith",
                    "Estonia"));
  EXPECT_TRUE(
      reads("Senator Sara Kell received the Latvian foreign minister in Riga.", "Sara Kell", "metWith", "Latvia"));
  EXPECT_TRUE(reads("Latvia's president met Senator Sara Kell in Riga.", "Latvia", "metWith", "Sara Kell"));
  EXPECT_TRUE(
      reads_no("Senator Sara Kell accused the Labour leader of lying.", "Sara Kell", "accused", "Labour Party"));
}

// A participle of the noun's frame names its agent ("sanctions imposed by X on Y"), and a name the
// gazetteer knows whole is not made longer by "on" ("the European Union on Iran")
TEST(Frames, SanctionsImposedByAKnownBodyOnACountry) {
  EXPECT_TRUE(reads("The sanctions imposed by the European Union on Iran last year will remain in place.",
                    "European Union", "sanctioned", "Iran"));
}

// "Russia's Sara Kell" read as two subjects by the tree: the possessor of a person's name is no
// party of its own
TEST(Frames, APossessorOfAPersonsNameIsNoParty) {
  const char* text = "Turkey's President Tom Reyes and Russia's Sara Kell discussed the war in Ukraine by telephone.";
  EXPECT_TRUE(reads(text, "Tom Reyes", "metWith", "Sara Kell"));
  EXPECT_TRUE(reads_no(text, "Tom Reyes", "metWith", "Russia"));
  EXPECT_TRUE(reads_no(text, "Sara Kell", "metWith", "Russia"));
}

// The people or bodies acting for a country (agent-nouns.txt): a junta, an embassy, prosecutors
TEST(Frames, BodiesThatActForACountry) {
  EXPECT_TRUE(reads("Latvia's junta expelled the Estonian ambassador on Monday.", "Latvia", "sanctioned", "Estonia"));
  EXPECT_TRUE(reads("Latvian prosecutors charged Tom Reyes with fraud on Monday.", "Latvia", "accused", "Tom Reyes"));
  EXPECT_TRUE(reads("The Estonian embassy has accused Tom Reyes of lying.", "Estonia", "accused", "Tom Reyes"));
}

// "Officials said the meeting could take place": the tree made the noun the object of the verb of
// saying; it is the subject of the clause after it, whose modal makes the meeting a plan
TEST(Frames, ANounTheTreeMadeTheObjectOfAVerbOfSaying) {
  const char* text =
      "President Tom Reyes and Prime Minister Sara Kell spoke on Monday. Officials said the meeting between the two "
      "leaders could take place in Oslo next month.";
  EXPECT_TRUE(reads(text, "Tom Reyes", "metWith", "Sara Kell", Modality::Planned));
  EXPECT_TRUE(reads_no(text, "Tom Reyes", "metWith", "Sara Kell"));
}

// "was banned from suing X": a verb of modality.tsv's "X from" cues kept it from happening; the
// object before the clause ("barred X from suing Y") or the passive's subject would have done it
TEST(Frames, KeptFromDoingIt) {
  EXPECT_TRUE(
      reads("Sara Kell has been banned from suing Tom Reyes.", "Sara Kell", "accused", "Tom Reyes", Modality::Negated));
  EXPECT_TRUE(
      reads("A court barred Sara Kell from suing Tom Reyes.", "Sara Kell", "accused", "Tom Reyes", Modality::Negated));
  EXPECT_TRUE(reads_no("Sara Kell has been banned from suing Tom Reyes.", "Sara Kell", "accused", "Tom Reyes"));
}

// "Latvia's visiting President X": an "-ing" participle between a possessive and a noun modifies
// the noun (tagged so before the parse, which would make it a clause of its own)
TEST(Frames, AParticipleAfterAPossessiveModifiesTheNoun) {
  const char* text =
      "Prime Minister Tom Reyes has refused to meet Latvia's visiting President Sara Kell in Oslo, saying he would "
      "only welcome her in Bergen, his office said.";
  EXPECT_TRUE(reads(text, "Tom Reyes", "metWith", "Sara Kell", Modality::Negated));
  EXPECT_TRUE(reads_no(text, "Latvia", "metWith", "Sara Kell"));
}

// "a meeting between X and Y": X and Y meet, not whoever hosted or arranged it; a mediator (CAMEO
// 045) meets each side
TEST(Frames, AMeetingBetweenTwoIsTheirs) {
  for (const char* text : {"Senator Sara Kell hosted a meeting between Tom Reyes and Ivo Dunn on Friday.",
                           "Senator Sara Kell spoke during a meeting between Tom Reyes and Ivo Dunn on Friday."}) {
    EXPECT_TRUE(reads(text, "Tom Reyes", "metWith", "Ivo Dunn"));
    EXPECT_TRUE(reads_no(text, "Sara Kell", "metWith", "Tom Reyes"));
  }
  EXPECT_TRUE(reads("Senator Sara Kell undertook a mediation mission between Tom Reyes and Ivo Dunn.", "Sara Kell",
                    "metWith", "Tom Reyes"));
}

// Fighters or activists do not act for the country named with them ("Syrian rebels" are not
// Syria: nonstate-nouns.txt); an organisation still acts through them
TEST(Frames, RebelsDoNotActForTheirCountry) {
  EXPECT_TRUE(reads_no("Latvian rebels captured Daugavpils on Sunday.", "Latvia", "captured", "Daugavpils"));
  EXPECT_TRUE(reads("Latvian troops captured Daugavpils on Sunday.", "Latvia", "captured", "Daugavpils"));
  EXPECT_TRUE(reads("Hamas militants accused Latvia of lying.", "Hamas", "accused", "Latvia"));
}

// "blocked new EU sanctions against X", "vetoed a meeting": what is blocked did not happen
TEST(Frames, WhatIsBlockedOrVetoedDidNotHappen) {
  EXPECT_TRUE(reads("Latvia blocked new EU sanctions against Estonia.", "European Union", "sanctioned", "Estonia",
                    Modality::Negated));
  EXPECT_TRUE(reads_no("Latvia blocked new EU sanctions against Estonia.", "European Union", "sanctioned", "Estonia"));
  EXPECT_TRUE(reads_no("Latvia vetoed new EU sanctions against Estonia.", "European Union", "sanctioned", "Estonia"));
}

// "The army said it had retaken X": a pronoun right after a verb of saying is that verb's
// subject; a phrase that names no entity stands for the country modifying its agent noun ("the
// Estonian defence ministry"), or for no one (not for the names of the sentences before)
TEST(Frames, APronounAfterAVerbOfSayingIsItsSubject) {
  const char* army = "The Dorland Front seized Valga on Monday. The army said it had retaken the town of Tartu.";
  EXPECT_TRUE(reads_no(army, "Dorland Front", "captured", "Tartu"));
  const char* ministry =
      "Latvian troops seized Valga on Monday. The Estonian defence ministry said its troops had retaken the town of "
      "Tartu.";
  EXPECT_TRUE(reads(ministry, "Estonia", "captured", "Tartu"));
  EXPECT_TRUE(reads_no(ministry, "Latvia", "captured", "Tartu"));
}

// The sides of "between X and Y" meet each other; the members of one side do not meet each other
TEST(Frames, TheMembersOfOneSideOfABetweenDoNotMeet) {
  const char* text =
      "The deal was sealed after talks in Oslo between Baltic producers and the biggest buyers - Latvia, Estonia and "
      "Norway.";
  EXPECT_TRUE(reads_no(text, "Latvia", "metWith", "Estonia"));
  EXPECT_TRUE(reads_no(text, "Estonia", "metWith", "Norway"));
  for (const char* two : {"The deal was sealed after talks between Latvia and Estonia in Oslo.",
                          "The deal was sealed after talks between Latvia, Estonia and Norway in Oslo."})
    EXPECT_TRUE(reads(two, "Latvia", "metWith", "Estonia"));
}

TEST(Frames, AsWellAsAfterAnObjectsPhrases) {
  auto ex = frames_only(
      "Ankara said on Friday that it had captured the town of Varden, in northern Syria, a key base for "
      "rebel fighters, as well as Manbij.");
  EXPECT_TRUE(has_relation(ex, "Türkiye", "captured", "Manbij")) << all(ex);
  EXPECT_FALSE(has_relation(ex, "Türkiye", "captured", "Syria")) << all(ex);
}

// "met then Minister X and Treasury adviser Y" with the tree's object lost: both were met.
TEST(Frames, ANameListAfterTheVerbThatTheTreeLost) {
  auto ex = frames_only(
      "The memoir claims that in May Lord Ashworth met then Home Office Minister Lord Pelling and "
      "Treasury adviser Baroness Vane.");
  EXPECT_TRUE(has_relation(ex, "Lord Ashworth", "metWith", "Lord Pelling")) << all(ex);
  EXPECT_TRUE(has_relation(ex, "Lord Ashworth", "metWith", "Baroness Vane")) << all(ex);
}

// A lower-case verb the tagger read as a proper noun among capitalised words is tagged again.
TEST(Frames, AVerbTaggedAsAProperNounAmongNames) {
  EXPECT_TRUE(reads("Fighters of the Harbour Front overran Oslo.", "Harbour Front", "captured", "Oslo"));
}

// A past form in "-ed" read as an adjective right after a name is a verb; a title of several
// words before a name is the name's ("Secretary of State X telephoned Y").
TEST(Frames, AVerbTaggedAsAnAdjectiveAfterAName) {
  EXPECT_TRUE(reads("U.S. Secretary of State Ivo Dunn telephoned Norwegian Foreign Minister Lena Brandt on Friday.",
                    "Ivo Dunn", "metWith", "Lena Brandt"));
  auto full = test::extract(
      "U.S. Secretary of State Warren Dunn telephoned Russian Foreign Minister Andrei Brandt on "
      "Tuesday.");
  EXPECT_TRUE(has_relation(full, "Warren Dunn", "metWith", "Andrei Brandt")) << all(full);
}

// A noun trigger modifying the noun of its phrase reads its roles there.
TEST(Frames, ANounTriggerInACompound) {
  EXPECT_TRUE(reads("Envoy Lena Brandt undertook a mediation mission between Norway and Sweden last year.",
                    "Lena Brandt", "metWith", "Norway"));
  // (with the partners' phrase hung on a day before it)
  EXPECT_TRUE(
      reads("Envoy Lena Brandt launched a mediation effort on Saturday between Norway and Sweden, whose "
            "ties have long been strained.",
            "Lena Brandt", "metWith", "Sweden"));
  auto regime = frames_only("Chancellor Ivo Dunn tightened the sanctions regime against Norway in May.");
  EXPECT_TRUE(has_relation(regime, "Ivo Dunn", "sanctioned", "Norway")) << all(regime);
}

// An object before a complement controls it: "asked X to meet Y" (X meets Y); "to make ends
// meet" meets no one.
TEST(Frames, AnObjectControlsTheComplementAfterIt) {
  auto asked = frames_only("Senator Ivo Dunn asked Premier Lena Brandt to meet Chancellor Rui Alves.");
  EXPECT_TRUE(has_relation(asked, "Lena Brandt", "metWith", "Rui Alves", Modality::Planned)) << all(asked);
  EXPECT_FALSE(has_relation(asked, "Ivo Dunn", "metWith", "Rui Alves", Modality::Planned)) << all(asked);
  auto ends = frames_only("Tom Reyes and Sara Kell said they needed more money to make ends meet.");
  EXPECT_TRUE(ends.relations.empty()) << all(ends);
}

// A clause of purpose shares its verb's subject and states a plan; not a perfect infinitive after
// a passive report, nor one past punctuation.
TEST(Frames, AClauseOfPurpose) {
  EXPECT_TRUE(reads("Senator Ivo Dunn prepared to fly to Oslo to meet with Norwegian Premier Lena Brandt.", "Ivo Dunn",
                    "metWith", "Lena Brandt", Modality::Planned));
  auto perfect = frames_only(
      "Senator Ivo Dunn was reported in May to have attended talks between Lena Brandt and "
      "bankers.");
  EXPECT_FALSE(has_relation(perfect, "Ivo Dunn", "metWith", "Lena Brandt", Modality::Planned)) << all(perfect);
}

// "sat down with", and a companion who takes part ("X, accompanied by Y, met Z").
TEST(Frames, SittingDownWithSomeoneAndCompanions) {
  auto ex = frames_only("Senator Rui Alves, accompanied by adviser Ana Fabre, sat down with Premier Lena Brandt.");
  EXPECT_TRUE(has_relation(ex, "Rui Alves", "metWith", "Lena Brandt")) << all(ex);
  EXPECT_TRUE(has_relation(ex, "Ana Fabre", "metWith", "Lena Brandt")) << all(ex);
}

// "X, who ..., accused Y" with "accused" hung inside the relative clause: X accused; a name in the
// clause did not.
TEST(Frames, TheMainVerbAfterARelativeClauseHasItsAntecedentAsSubject) {
  auto ex = frames_only(
      "Sara Kell spoke first. Tom Reyes, who was expelled from Vela Group last year, accused Ms Kell "
      "of lying.");
  EXPECT_TRUE(has_relation(ex, "Tom Reyes", "accused", "Sara Kell")) << all(ex);
  EXPECT_FALSE(has_relation(ex, "Vela Group", "accused", "Sara Kell")) << all(ex);
}

TEST(Frames, ARelativePronounIsNoObject) {
  auto ex = test::extract(
      "It is the first time in two decades that the four, Lars Norgren, Erik Sand, Elin Dahl and Anna Lind, have "
      "met publicly.");
  EXPECT_TRUE(has_relation(ex, "Elin Dahl", "metWith", "Anna Lind")) << all(ex);
}

TEST(Frames, APronounObjectIsNotItsOwnClausesSubject) {
  auto ex = frames_only(
      "Senator Liam Ford said the figures were wrong. But Minister Carl Berg accused him of playing games.");
  EXPECT_TRUE(has_relation(ex, "Carl Berg", "accused", "Liam Ford")) << all(ex);
}

TEST(Frames, DatelinesAreNoArguments) {
  auto ex = frames_only("KYIV - Ukraine accused Russia of shelling Kharkiv.");
  EXPECT_TRUE(has_relation(ex, "Ukraine", "accused", "Russia")) << all(ex);
  EXPECT_EQ(ex.relations.size(), 1u) << all(ex);
}

TEST(Frames, ThingsAndClausesAreNoArguments) {
  EXPECT_TRUE(frames_only("Director Ana Ruiz received an Oscar in 1983.").relations.empty());
  // a person is no place to capture, whatever "fell to" says; a demonym alone is a person
  EXPECT_TRUE(frames_only("Hewitt falls to Dent in Sydney.").relations.empty())
      << all(frames_only("Hewitt falls to Dent in Sydney."));
  auto demonym = frames_only("The Chilean will meet sixth seed Juan Chela next.");
  EXPECT_FALSE(has_relation(demonym, "Chile", "metWith", "Juan Chela", Modality::Planned)) << all(demonym);
  auto ex = frames_only("Russia captured Pokrovsk and Kyiv condemned it.");
  EXPECT_TRUE(has_relation(ex, "Russia", "captured", "Pokrovsk")) << all(ex);
  EXPECT_FALSE(has_relation(ex, "Russia", "captured", "Ukraine")) << all(ex);
}

// Each frame carries its CAMEO code: a lawsuit is 115, an accusation 112, a hosted visit 043.
TEST(Frames, EachFrameCarriesItsCameoCode) {
  for (auto [text, code] : {std::pair{"Ireland sued the European Commission last year.", "115"},
                            {"Chile accused Bolivia of violating the treaty.", "112"},
                            {"President Ana Silva hosted Chancellor Otto Lind in Lisbon.", "043"},
                            {"Canada imposed sanctions on Belarus.", "163"}}) {
    auto ex = frames_only(text);
    ASSERT_EQ(ex.relations.size(), 1u) << text << ": " << all(ex);
    EXPECT_EQ(ex.relations[0].cameo, code) << text;
  }
}

TEST(Frames, ProvenanceIsTheTriggerWord) {
  const std::string text = "Chile accused Bolivia of violating the treaty.";
  auto ex = frames_only(text);
  ASSERT_EQ(ex.relations.size(), 1u) << all(ex);
  const Relation& r = ex.relations[0];
  EXPECT_EQ(text.substr(r.begin, r.end - r.begin), "accused");
  EXPECT_EQ(r.trigger, "accused");
  EXPECT_EQ(r.sentence, 0u);
}

// A frame added to the data file is used without recompiling.
TEST(Frames, AFrameAddedToTheFileIsUsed) {
  test::TempDir d;
  const auto src = std::filesystem::path(test::source_dir()) / "ontology" / "lexicon";
  for (const auto& f : std::filesystem::directory_iterator(src))
    std::filesystem::copy_file(f.path(), std::filesystem::path(d.path()) / f.path().filename());
  const std::string text = "Chile denounced Bolivia at the summit.";
  EXPECT_TRUE(frames_only(text).relations.empty());
  std::ofstream(d.path() + "/frames.tsv", std::ios::app) << "accused\tdenounce\tverb\tsubj\tobj\tagent\n";
  auto lx = Lexicon::load(d.path());
  ASSERT_TRUE(lx.ok()) << lx.error().message;
  auto ex = frames_only(text, *lx);
  EXPECT_TRUE(has_relation(ex, "Chile", "accused", "Bolivia")) << all(ex);
}

TEST(Frames, MalformedFrameLinesNameFileAndLine) {
  for (const char* line :
       {"metWith\tmeet\tadverb\tsubj\tobj\tagent\n", "greeted\tmeet\tverb\tsubj\tobj\tagent\n",
        "metWith\tmeet\tverb\tsubj\n", "metWith\tmeet\tverb\tsubj\tobj\tagent\tsoon=yes\n",
        "metWith\tmeet\tverb\tsubj\tobj//of\tagent\n", "captured\ttake\tverb\tsubj\tobj\tsomewhere\n",
        "metWith\tmeet\tverb\tsubj\tobj\tagent\tcameo=4x\n"}) {
    test::TempDir d;
    const auto src = std::filesystem::path(test::source_dir()) / "ontology" / "lexicon";
    for (const auto& f : std::filesystem::directory_iterator(src))
      std::filesystem::copy_file(f.path(), std::filesystem::path(d.path()) / f.path().filename());
    std::ofstream(d.path() + "/frames.tsv", std::ios::app) << line;
    auto r = Lexicon::load(d.path());
    ASSERT_FALSE(r.ok()) << line;
    EXPECT_EQ(r.error().kind, ErrorKind::Lexicon);
    EXPECT_NE(r.error().message.find("frames.tsv:"), std::string::npos) << r.error().message;
  }
}

TEST(Frames, TypesARelationAccepts) {
  EXPECT_TRUE(relation_accepts(RelationType::MetWith, EntityType::Person, EntityType::Country));
  EXPECT_FALSE(relation_accepts(RelationType::MetWith, EntityType::Person, EntityType::City));
  EXPECT_FALSE(relation_accepts(RelationType::Accused, EntityType::City, EntityType::Person));
  EXPECT_TRUE(relation_accepts(RelationType::Captured, EntityType::Organization, EntityType::City));
  EXPECT_FALSE(relation_accepts(RelationType::Captured, EntityType::Country, EntityType::Person));
  EXPECT_FALSE(relation_accepts(RelationType::Sanctioned, EntityType::Country, EntityType::Location));
}

// A sentence is parsed only when its tags and words leave a frame a way to its arguments: "the
// charge" with no "against", "at", "by", "from" or "that" gives none of the charge frames theirs.
TEST(Frames, ASentenceWithoutTheWordsAFrameNeedsIsNotParsed) {
  auto parsed = [](const std::string& text) { return syntax_work(text).parsed; };
  EXPECT_EQ(parsed("Sara Kell dropped the charge last week, Tom Reyes said."), 0u);
  EXPECT_EQ(parsed("Sara Kell pressed the charge against Tom Reyes last week."), 1u);
  EXPECT_TRUE(reads("Sara Kell made a charge against Tom Reyes last week.", "Sara Kell", "accused", "Tom Reyes"));
  // a meeting with no partner's preposition needs subjects that name two parties
  EXPECT_EQ(parsed("Senator Tom Reyes held a meeting on Friday, Sara Kell said."), 0u);
  EXPECT_EQ(parsed("Senator Tom Reyes and Sara Kell held a meeting on Friday."), 1u);
  EXPECT_TRUE(reads("Senator Tom Reyes and Sara Kell held a meeting on Friday.", "Tom Reyes", "metWith", "Sara Kell"));
  // a verb whose target is its object needs a phrase after it that may name someone (or a
  // passive with "by", or a relative pronoun)
  EXPECT_EQ(parsed("Sara Kell said Senator Tom Reyes received a warm letter."), 0u);
  EXPECT_EQ(parsed("Sara Kell said Senator Tom Reyes received Senator Ivo Dunn at home."), 1u);
  // a capture needs a place, or a name typed by default that a known actor's capture makes one
  EXPECT_EQ(parsed("Senator Tom Reyes took control of the board, Sara Kell said."), 0u);
  EXPECT_EQ(parsed("Tom Reyes took control of Oslo, Sara Kell said."), 1u);
  EXPECT_TRUE(reads("Tom Reyes took control of Oslo, Sara Kell said.", "Reyes", "captured", "Oslo"));
}

TEST(Frames, ASentenceWhoseRolesHaveNoWayInIsNotTagged) {
  auto tagged = [](const std::string& text) { return syntax_work(text).tagged; };
  // a verb's object: a mention after it, a noun through which names act, "by", a relative pronoun
  EXPECT_EQ(tagged("Sara Kell said Senator Tom Reyes received a warm letter."), 0u);
  EXPECT_EQ(tagged("Sara Kell said Senator Tom Reyes received a warm letter from Ivo Dunn."), 1u);
  EXPECT_EQ(tagged("Sara Kell said Senator Tom Reyes received the ex-president."), 1u);
  EXPECT_EQ(tagged("Sara Kell said Senator Tom Reyes received the groups."), 1u);
  EXPECT_EQ(tagged("Sara Kell said Senator Tom Reyes was received by reporters."), 1u);
  // a role's preposition after the trigger
  EXPECT_EQ(tagged("With Sara Kell at his side, Senator Tom Reyes said talks would resume."), 0u);
  EXPECT_EQ(tagged("Senator Tom Reyes said talks with Sara Kell would resume."), 1u);
  // partners named together: a coordination or a mention of several
  EXPECT_EQ(tagged("Senator Tom Reyes said he held a meeting on Friday."), 0u);
  EXPECT_EQ(tagged("Senator Tom Reyes and Sara Kell held a meeting on Friday."), 1u);
  EXPECT_EQ(tagged("Sara Kell said Senator Tom Reyes held a meeting on budgets and taxes on Friday."), 0u);
  EXPECT_EQ(tagged("The deputy of Tom Reyes and the envoy of Sara Kell held a meeting on Friday."), 1u);
  EXPECT_EQ(tagged("Tom Reyes held talks on taxes and budgets on Friday last week, Sara Kell said."), 0u);
  EXPECT_EQ(tagged("Senator Tom Reyes said that after long delays and Sara Kell's objections, talks would resume."),
            0u);
  // a meeting "between X and Y" needs no one else
  EXPECT_EQ(tagged("Sara Kell said a mediation mission between Tom Reyes and Ivo Dunn ended."), 1u);
}

TEST(Frames, ARoleWhosePhraseCanNameNoOneIsNotParsed) {
  auto parsed = [](const std::string& text) { return syntax_work(text).parsed; };
  // one person named by a pronoun is not two parties who may meet
  EXPECT_EQ(parsed("Senator Tom Reyes said he held a meeting on Friday."), 0u);
  // a verb's object phrase must be able to name someone: a mention that is not only a
  // possessor, a title, a noun through which names act, or one joined to it
  EXPECT_EQ(parsed("Sara Kell said Senator Tom Reyes received a warm letter from Ivo Dunn."), 0u);
  EXPECT_EQ(parsed("Sara Kell said Senator Tom Reyes would meet his own targets in Oslo."), 0u);
  EXPECT_EQ(parsed("Sara Kell said Senator Tom Reyes received the Estonian president."), 1u);
  EXPECT_EQ(parsed("Sara Kell said Senator Tom Reyes met officials from Oslo."), 1u);
  EXPECT_EQ(parsed("Sara Kell is suing three firms - Dorland Vexa and Omnicorp Lux."), 1u);
  EXPECT_TRUE(reads("The Taliban took over Kabul in August.", "Taliban", "captured", "Kabul"));
  // a relative pronoun right before the verb is its subject, not its object
  EXPECT_EQ(parsed("Senator Tom Reyes, who received a warm letter, thanked Sara Kell."), 0u);
  EXPECT_EQ(parsed("Senator Tom Reyes, whom Sara Kell received, thanked her."), 1u);
  // a passive names its agent with "by"
  EXPECT_EQ(parsed("Senator Tom Reyes was accused of fraud last week, Sara Kell said."), 0u);
  EXPECT_EQ(parsed("Senator Tom Reyes was accused by Sara Kell of lying."), 1u);
  EXPECT_TRUE(reads("Senator Tom Reyes was accused by Sara Kell of lying.", "Sara Kell", "accused", "Tom Reyes"));
  // so must the phrase after a role's preposition
  EXPECT_EQ(parsed("Senator Tom Reyes held talks with reporters on Friday, Sara Kell said."), 0u);
  EXPECT_EQ(parsed("Senator Tom Reyes held talks with officials from Oslo on Friday."), 1u);
  // a noun's subject comes through a verb of its frame, a copula or "in"; its possessor is in its
  // phrase; "between X and Y" needs no one else
  EXPECT_EQ(parsed("Senator Tom Reyes said talks with Sara Kell were useful."), 0u);
  EXPECT_EQ(parsed("Senator Tom Reyes is in talks with Sara Kell."), 1u);
  EXPECT_TRUE(reads("Senator Tom Reyes is in talks with Sara Kell.", "Tom Reyes", "metWith", "Sara Kell"));
  EXPECT_EQ(parsed("Sara Kell said an embargo on Iran worried her."), 0u);
  EXPECT_EQ(parsed("Sara Kell said the EU embargo on Iran worried her."), 1u);
  EXPECT_EQ(parsed("Sara Kell said a mediation mission between Tom Reyes and Ivo Dunn ended."), 1u);
  // after the trigger, or before it with a relative pronoun
  EXPECT_EQ(parsed("Sara Kell, with Tom Reyes at her side, said talks would resume."), 0u);
  EXPECT_EQ(parsed("Ivo Dunn named the firm with which Sara Kell held talks."), 1u);
}

}  // namespace
}  // namespace newskg
