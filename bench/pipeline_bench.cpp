// Google Benchmark: the hot stages of extraction, on the bundled sample article and (when
// ../shared is present) the BBC corpus; bytes per second per stage.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/rdf_export.hpp"
#include "extract/coref.hpp"
#include "extract/entities.hpp"
#include "extract/frames.hpp"
#include "extract/loaded_models.hpp"
#include "extract/pipeline.hpp"
#include "text/reader.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace {

const newskg::Lexicon& lexicon() {
  static const newskg::Lexicon lx = std::move(newskg::Lexicon::load(newskg::lexicon_dir("")).value());
  return lx;
}

// About 1 MB of news text: the BBC corpus's articles when present, else the sample article repeated.
const std::string& corpus() {
  static const std::string text = [] {
    std::string out;
    const std::string bbc = std::string(NEWSKG_SOURCE_DIR) + "/../shared/corpus/bbc_news_2225.jsonl";
    std::ifstream in(bbc);
    std::string line;
    while (out.size() < 1000000 && std::getline(in, line)) {
      const auto p = line.find("\"text\": \"");
      if (p != std::string::npos) out += line.substr(p + 9, line.size() - p - 11) + "\n\n";
    }
    if (out.empty()) {
      std::ifstream s(std::string(NEWSKG_SOURCE_DIR) + "/samples/sample-article.txt");
      std::stringstream ss;
      ss << s.rdbuf();
      while (out.size() < 1000000) out += ss.str() + "\n\n";
    }
    return out;
  }();
  return text;
}

// The shipped tagger and parser (the frames read relations from their trees).
const newskg::LoadedModels& models() {
  static const newskg::LoadedModels m =
      std::move(newskg::LoadedModels::load(newskg::syntax::models_dir(""), true, false).value());
  return m;
}

newskg::Extraction prepared() {
  return newskg::Pipeline(lexicon()).prepare(newskg::make_document("bench", "bench", corpus()));
}

void BM_Tokenize(benchmark::State& state) {
  newskg::Tokenizer t(lexicon().abbreviations());
  for (auto _ : state) benchmark::DoNotOptimize(t.tokenize(corpus()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().size()));
}

void BM_EntityRecognition(benchmark::State& state) {
  const auto ex = prepared();
  for (auto _ : state) benchmark::DoNotOptimize(newskg::find_mentions(ex, lexicon()));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().size()));
}

void BM_RelationMatching(benchmark::State& state) {
  auto base = prepared();
  newskg::resolve_entities(base, lexicon(), newskg::find_mentions(base, lexicon()));
  for (auto _ : state) {
    state.PauseTiming();
    auto ex = base;
    state.ResumeTiming();
    newskg::find_frame_relations(ex, lexicon(), *models().tagger, *models().parser);
    benchmark::DoNotOptimize(ex.relations.size());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().size()));
}

void BM_WholePipeline(benchmark::State& state) {
  const newskg::Pipeline p(lexicon(), models().view());
  for (auto _ : state) benchmark::DoNotOptimize(p.run(newskg::make_document("b", "b", corpus())).relations.size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().size()));
}

void BM_SerializeNTriples(benchmark::State& state) {
  newskg::KnowledgeGraph g;
  g.add(newskg::Pipeline(lexicon()).run(newskg::make_document("b", "b", corpus())));
  for (auto _ : state) {
    newskg::StringSink s;
    benchmark::DoNotOptimize(newskg::write_rdf(g, "ntriples", s).ok());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus().size()));
}

}  // namespace

BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EntityRecognition)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RelationMatching)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WholePipeline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SerializeNTriples)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
