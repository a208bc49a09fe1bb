// Google Benchmark: the syntax stage. Tagger + parser tokens per second on one core (the words
// of the UD EWT test set with gold tokens when ../shared is present, else the sample article's
// own tokens), the name recogniser, tokenisation alone, and loading the mapped models.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "extract/lexicon.hpp"
#include "extract/recognised.hpp"
#include "extract/recogniser.hpp"
#include "syntax/analysis.hpp"
#include "syntax/models.hpp"

namespace {

using namespace newskg;
using namespace newskg::syntax;

const SyntaxModels& models() {
  static const SyntaxModels m = std::move(SyntaxModels::load(models_dir("")).value());
  return m;
}

const Tokenizer& tokenizer() {
  static const Tokenizer t(Lexicon::load(lexicon_dir("")).value().abbreviations());
  return t;
}

std::string sample_text() {
  std::ifstream s(std::string(NEWSKG_SOURCE_DIR) + "/samples/sample-article.txt");
  std::stringstream ss;
  ss << s.rdbuf();
  return ss.str();
}

// Sentences of words with forms only.
const std::vector<std::vector<Word>>& sentences() {
  static const std::vector<std::vector<Word>> all = [] {
    std::vector<std::vector<Word>> out;
    auto tb = read_conllu(std::string(NEWSKG_SOURCE_DIR) + "/../shared/treebanks/ud-english-ewt/en_ewt-ud-test.conllu");
    if (tb.ok()) {
      for (const auto& s : *tb) out.push_back(forms_only(s));
    } else {
      const std::string text = sample_text();
      for (const auto& s : ud_sentences(text, tokenizer())) {
        std::vector<Word> w(s.words.size());
        for (std::size_t i = 0; i < w.size(); ++i)
          w[i].form = text.substr(s.words[i].begin, s.words[i].end - s.words[i].begin);
        out.push_back(std::move(w));
      }
    }
    return out;
  }();
  return all;
}

void BM_TagAndParse(benchmark::State& state) {
  const auto& m = models();
  auto work = sentences();
  std::size_t words = 0;
  for (auto _ : state) {
    for (auto& s : work) {
      m.analyse(s);
      words += s.size();
    }
    benchmark::ClobberMemory();
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond);

// The name recogniser alone on the same words, already tagged, in documents of 20 sentences with
// the rules' hints worked out beforehand (the rules run in every extraction anyway): what it adds
// to the syntax stage's time.
void BM_Recognise(benchmark::State& state) {
  static const Lexicon lexicon = Lexicon::load(lexicon_dir("")).value();
  static const ner::Recogniser recogniser =
      std::move(ner::Recogniser::load(models_dir("") + "/" + kRecogniserFile).value());
  std::vector<ner::NerDocument> docs;
  for (const auto& s : sentences()) {
    if (docs.empty() || docs.back().sentences.size() == 20) docs.push_back(ner::NerDocument{"d", {}});
    ner::NerSentence n;
    n.words = s;
    models().tagger.tag(n.words);
    docs.back().sentences.push_back(std::move(n));
  }
  add_rule_hints(docs, lexicon);
  std::size_t words = 0;
  for (auto _ : state) {
    for (const auto& d : docs) {
      std::vector<const std::vector<Word>*> w;
      std::vector<std::vector<std::uint64_t>> hints;
      for (const auto& s : d.sentences) w.push_back(&s.words), hints.push_back(s.hints), words += s.words.size();
      benchmark::DoNotOptimize(recogniser.recognise(w, hints, lexicon));
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Recognise)->Unit(benchmark::kMillisecond);

void BM_Tag(benchmark::State& state) {
  const auto& m = models();
  auto work = sentences();
  std::size_t words = 0;
  for (auto _ : state) {
    for (auto& s : work) {
      m.tagger.tag(s);
      words += s.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(words), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond);

void BM_UdTokens(benchmark::State& state) {
  const std::string text = sample_text();
  for (auto _ : state) benchmark::DoNotOptimize(ud_sentences(text, tokenizer()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_UdTokens);

// Opening, mapping and checking both model files until they can tag and parse (their checksums
// go on in the background: waited for outside the timing, so that runs do not overlap).
void BM_LoadModels(benchmark::State& state) {
  const std::string dir = models_dir("");
  for (auto _ : state) {
    auto m = SyntaxModels::load(dir);
    if (!m.ok()) state.SkipWithError(m.error().message.c_str());
    benchmark::DoNotOptimize(m);
    state.PauseTiming();
    if (m.ok()) benchmark::DoNotOptimize(m->verify());
    state.ResumeTiming();
  }
}
BENCHMARK(BM_LoadModels)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same, waiting for the checksums too (what a run pays before it commits its output).
void BM_LoadAndVerifyModels(benchmark::State& state) {
  const std::string dir = models_dir("");
  for (auto _ : state) {
    auto m = SyntaxModels::load(dir);
    if (!m.ok() || !m->verify().ok()) state.SkipWithError("models not usable");
  }
}
BENCHMARK(BM_LoadAndVerifyModels)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
