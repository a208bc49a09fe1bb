// The trained name recogniser: its data readers, training, model files, and how extraction
// uses it.
#include "extract/recogniser.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/ner_data.hpp"
#include "extract/recognised.hpp"
#include "support.hpp"
#include "syntax/models.hpp"

namespace newskg::ner {
namespace {

const syntax::Tagger& tagger() {
  static const syntax::Tagger t =
      std::move(syntax::Tagger::load(syntax::models_dir("") + "/" + syntax::kTaggerFile).value());
  return t;
}

TEST(NerData, ReadsIob2DocumentsAndSpans) {
  const std::string text =
      "# newdoc id = d1\n# sent_id = d1-1\n"
      "1\tAnna\tB-PER\t-\t-\n2\tVoss\tI-PER\t-\t-\n3\tjoined\tO\t-\t-\n4\tAcme\tB-ORG\t-\t-\n"
      "5\tin\tO\t-\t-\n6\tOslo\tB-LOC\t-\t-\n7\ton\tO\t-\t-\n8\tEaster\tB-OTH\t-\t-\n\n"
      "# newdoc id = d2\n1\tParis\tI-LOC\t-\t-\n2\tLyon\tB-LOC\t-\t-\n";
  auto docs = parse_iob2(text, "x.iob2");
  ASSERT_TRUE(docs.ok()) << docs.error().message;
  ASSERT_EQ(docs->size(), 2u);
  EXPECT_EQ((*docs)[0].id, "d1");
  const auto& s = (*docs)[0].sentences.at(0);
  ASSERT_EQ(s.words.size(), 8u);
  // OTH is not a name here
  EXPECT_EQ(s.names, (std::vector<NamedSpan>{
                         {0, 2, NameType::Person}, {3, 4, NameType::Organization}, {5, 6, NameType::Place}}));
  // an I- without its B- starts a name; two B- in a row are two names
  EXPECT_EQ((*docs)[1].sentences.at(0).names,
            (std::vector<NamedSpan>{{0, 1, NameType::Place}, {1, 2, NameType::Place}}));
  auto bad = parse_iob2("1\tAnna\tX-PER\t-\t-\n", "bad.iob2");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().message.find("bad.iob2:1:"), std::string::npos) << bad.error().message;
  auto short_line = parse_iob2("# c\n1\tAnna\n", "short.iob2");
  ASSERT_FALSE(short_line.ok());
  EXPECT_NE(short_line.error().message.find("short.iob2:2:"), std::string::npos);
}

TEST(NerData, GumMentionsBecomeNamesCutToTheirProperNouns) {
  // a person mention with a place and a title before the name; an organisation with a place
  // inside; a common-noun mention (no name)
  const std::string conllu =
      "# newdoc id = GUM_news_x\n"
      "# text = US President Barack Obama visited the University of Paris and the town.\n"
      "1\tUS\tUS\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(1-person-new-x-cf1-1-coref(2-place-new-x-cf2-1-coref)\n"
      "2\tPresident\tPresident\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
      "3\tBarack\tBarack\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
      "4\tObama\tObama\tPROPN\tNNP\t_\t3\tflat\t_\tEntity=1)\n"
      "5\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(3-organization-new-x-cf3-1-coref\n"
      "7\tUniversity\tUniversity\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
      "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tParis\tParis\tPROPN\tNNP\t_\t7\tnmod\t_\tEntity=(4-place-new-x-cf4-1-coref)3)\n"
      "10\tand\tand\tCCONJ\tCC\t_\t12\tcc\t_\t_\n"
      "11\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\tEntity=(5-place-new-x-cf5-1-coref\n"
      "12\ttown\ttown\tNOUN\tNN\t_\t7\tconj\t_\tEntity=5)|SpaceAfter=No\n"
      "13\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n";
  auto sentences = syntax::parse_conllu(conllu, "gum.conllu");
  ASSERT_TRUE(sentences.ok()) << sentences.error().message;
  auto docs = gum_entities(*sentences, test::lexicon(), "gum.conllu");
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].id, "GUM_news_x");
  EXPECT_EQ(
      (*docs)[0].sentences.at(0).names,
      (std::vector<NamedSpan>{{0, 1, NameType::Place}, {2, 4, NameType::Person}, {6, 9, NameType::Organization}}));
}

// Small documents with a pattern to learn: people, organisations and places in fixed frames.
std::vector<NerDocument> pattern_documents() {
  const std::vector<std::string> people = {"Anna Voss", "Olav Brekke", "Ruth Okonkwo", "Petra Lindqvist",
                                           "Marco Bianchi"};
  const std::vector<std::string> firms = {"Acme", "Tarvex", "Quillon", "Norvale", "Brightwater"};
  const std::vector<std::string> places = {"Oslo", "Lima", "Cairo", "Geneva", "Nairobi"};
  std::vector<NerDocument> docs;
  for (std::size_t d = 0; d < 10; ++d) {
    NerDocument doc{"d" + std::to_string(d), {}};
    for (std::size_t k = 0; k < 5; ++k) {
      const std::string& p = people[(d + k) % people.size()];
      const std::string& f = firms[(d * 2 + k) % firms.size()];
      const std::string& l = places[(d + 3 * k) % places.size()];
      NerSentence s;
      auto add = [&](const std::string& words, std::optional<NameType> type) {
        std::istringstream in(words);
        const auto first = static_cast<std::uint32_t>(s.words.size());
        for (std::string w; in >> w;) s.words.emplace_back().form = w;
        if (type) s.names.push_back(NamedSpan{first, static_cast<std::uint32_t>(s.words.size()), *type});
      };
      add(p, NameType::Person);
      add("said", std::nullopt);
      add(f, NameType::Organization);
      add("would open an office in", std::nullopt);
      add(l, NameType::Place);
      add(".", std::nullopt);
      doc.sentences.push_back(std::move(s));
    }
    docs.push_back(std::move(doc));
  }
  prepare_training_documents(docs, tagger());
  add_rule_hints(docs, test::lexicon());
  return docs;
}

TEST(Recogniser, LearnsDeterministicallyAndRoundTripsThroughItsFile) {
  const auto docs = pattern_documents();
  RecogniserTraining options;
  options.epochs = 4;
  options.runs = 1;
  const std::string a = train_recogniser(docs, {}, test::lexicon(), tagger(), options, nullptr);
  EXPECT_TRUE(a == train_recogniser(docs, {}, test::lexicon(), tagger(), options, nullptr));  // the same bytes

  auto in_memory = Recogniser::from_model(std::move(*syntax::ModelFile::from_bytes(a, "NERM", "trained")));
  ASSERT_TRUE(in_memory.ok()) << in_memory.error().message;
  const NameScores learnt = evaluate_recogniser(*in_memory, tagger(), docs, test::lexicon());
  EXPECT_GT(learnt.f1(), 0.9);
  EXPECT_EQ(learnt.gold[static_cast<std::size_t>(NameType::Person)], 50u);

  test::TempDir dir;
  const std::string path = dir.path() + "/names.nkm";
  ASSERT_TRUE(syntax::ModelWriter::write_bytes(path, a).ok());
  auto mapped = Recogniser::load(path);
  ASSERT_TRUE(mapped.ok()) << mapped.error().message;
  ASSERT_TRUE(mapped->file().verify().ok());
  for (const auto& d : docs) {
    std::vector<const std::vector<syntax::Word>*> words;
    std::vector<std::vector<std::uint64_t>> hints;
    for (const auto& s : d.sentences) words.push_back(&s.words), hints.push_back(s.hints);
    const auto x = in_memory->recognise(words, hints, test::lexicon());
    const auto y = mapped->recognise(words, hints, test::lexicon());
    EXPECT_EQ(x.size(), y.size());
    for (std::size_t s = 0; s < x.size(); ++s) EXPECT_EQ(x[s], y[s]);
  }
  // a model of another kind is refused, with the file named
  auto tagger_file = Recogniser::load(syntax::models_dir("") + "/" + syntax::kTaggerFile);
  ASSERT_FALSE(tagger_file.ok());
  EXPECT_NE(tagger_file.error().message.find(syntax::kTaggerFile), std::string::npos);
}

TEST(Recogniser, TheShippedModelFindsNamesInNews) {
  auto r = Recogniser::load(syntax::models_dir("") + "/" + syntax::kRecogniserFile);
  ASSERT_TRUE(r.ok()) << r.error().message;
  NerDocument d{"news", {}};
  NerSentence s;
  for (const char* w : {"Prime", "Minister", "Tony", "Blair", "met", "officials", "of", "the", "World", "Bank", "in",
                        "Washington", "on", "Monday", "."})
    s.words.emplace_back().form = w;
  d.sentences.push_back(std::move(s));
  std::vector<NerDocument> docs{d};
  prepare_training_documents(docs, tagger());
  add_rule_hints(docs, test::lexicon());
  std::vector<const std::vector<syntax::Word>*> words{&docs[0].sentences[0].words};
  std::vector<std::vector<std::uint64_t>> hints{docs[0].sentences[0].hints};
  const auto found = r->recognise(words, hints, test::lexicon());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], (std::vector<NamedSpan>{
                          {2, 4, NameType::Person}, {8, 10, NameType::Organization}, {11, 12, NameType::Place}}));
}

// The shipped model on the held-out test sets, where ../shared is: today's figures as floors
// (the target, UNER EWT test F1 >= 0.80, is not reached yet: see the README).
TEST(Recogniser, HeldOutTestSetsScoreAtLeastTodaysFigures) {
  if (!test::have_shared()) GTEST_SKIP() << "../shared/treebanks not found";
  auto r = Recogniser::load(syntax::models_dir("") + "/" + syntax::kRecogniserFile);
  ASSERT_TRUE(r.ok()) << r.error().message;
  const std::vector<std::pair<std::string, double>> sets = {{"/treebanks/uner-english-ewt/en_ewt-ud-test.iob2", 0.68},
                                                            {"/treebanks/gum-cc-by/en_gum-ccby-test.conllu", 0.70}};
  for (const auto& [file, floor] : sets) {
    auto docs = read_ner_file(test::shared_dir() + file, test::lexicon());
    ASSERT_TRUE(docs.ok()) << docs.error().message;
    add_rule_hints(*docs, test::lexicon());
    const NameScores s = evaluate_recogniser(*r, tagger(), std::move(*docs), test::lexicon());
    EXPECT_GE(s.f1(), floor) << file;
  }
}

}  // namespace
}  // namespace newskg::ner

namespace newskg {
namespace {

TEST(RecognisedNames, RuleHintsSayWhereInWhichMentionAWordIs) {
  std::vector<syntax::Word> words(5);
  const char* forms[] = {"Anna", "Voss", "met", "Acme", "."};
  std::uint32_t at = 0;
  for (std::size_t i = 0; i < 5; ++i) {
    words[i].form = forms[i];
    words[i].begin = at;
    words[i].end = at + static_cast<std::uint32_t>(words[i].form.size());
    at = words[i].end + 1;
  }
  RawMention anna;
  anna.begin = 0, anna.end = 9, anna.type = EntityType::Person;
  RawMention acme;
  acme.begin = 14, acme.end = 18, acme.type = EntityType::Organization, acme.weak = true;
  std::vector<const std::vector<syntax::Word>*> sentences{&words};
  const auto hints = rule_hints({anna, acme}, sentences);
  ASSERT_EQ(hints.size(), 1u);
  ASSERT_EQ(hints[0].size(), 5u);
  EXPECT_NE(hints[0][0], 0u);
  EXPECT_NE(hints[0][1], 0u);
  EXPECT_NE(hints[0][0], hints[0][1]);  // the first and the last word of a name differ
  EXPECT_EQ(hints[0][2], 0u);
  EXPECT_NE(hints[0][3], 0u);
  EXPECT_NE(hints[0][3], hints[0][0]);
  EXPECT_EQ(hints[0][4], 0u);
}

TEST(RecognisedNames, DefaultTypedNamesAreCheckedOthersKept) {
  Extraction ex;
  ex.doc.text = "Budget talks: Anyone from Norvale met Oslo officials.";
  ex.names = {RecognisedName{26, 33, EntityType::Organization}};  // "Norvale"
  auto mention = [](std::uint32_t b, std::uint32_t e, EntityType t, bool weak, bool gaz) {
    RawMention r;
    r.begin = b, r.end = e, r.type = t, r.weak = weak, r.gazetteer = gaz;
    return r;
  };
  std::vector<RawMention> raw = {
      mention(0, 6, EntityType::Person, true, false),    // "Budget": dropped
      mention(14, 20, EntityType::Person, true, false),  // "Anyone": dropped
      mention(26, 33, EntityType::Person, true, false),  // "Norvale": recognised, retyped
      mention(38, 42, EntityType::City, false, true),    // "Oslo": a gazetteer's, kept
  };
  raw[3].affiliation = 2;
  apply_recognised_names(ex, raw);
  ASSERT_EQ(raw.size(), 2u);
  EXPECT_EQ(raw[0].begin, 26u);
  EXPECT_EQ(raw[0].type, EntityType::Organization);
  EXPECT_FALSE(raw[0].weak);
  EXPECT_EQ(raw[1].begin, 38u);
  EXPECT_EQ(raw[1].affiliation, 0);  // still pointing at "Norvale", now first
}

}  // namespace
}  // namespace newskg
