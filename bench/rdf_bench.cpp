// Google Benchmark: RDF writers on synthetic graphs (statements per second).
#include <benchmark/benchmark.h>

#include "export/rdf_export.hpp"
#include "synthetic_graph.hpp"

namespace {

class NullSink final : public newskg::Sink {
 public:
  bool write(std::string_view b) override {
    bytes += b.size();
    return true;
  }
  bool ok() const override { return true; }
  std::size_t bytes = 0;
};

void write_format(benchmark::State& state, const char* syntax) {
  const auto g = newskg::bench::synthetic_graph(static_cast<std::size_t>(state.range(0)));
  std::size_t triples = 0;
  (void)newskg::graph_triples(g, [&](const newskg::Triple&) {
    ++triples;
    return newskg::Status{};
  });
  for (auto _ : state) {
    NullSink sink;
    auto st = newskg::write_rdf(g, syntax, sink);
    if (!st.ok()) state.SkipWithError(st.error().message.c_str());
    benchmark::DoNotOptimize(sink.bytes);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * triples));
  state.counters["triples"] = static_cast<double>(triples);
}

void BM_WriteNTriples(benchmark::State& s) {
  write_format(s, "ntriples");
}
void BM_WriteTurtle(benchmark::State& s) {
  write_format(s, "turtle");
}
void BM_WriteNQuads(benchmark::State& s) {
  write_format(s, "nquads");
}
void BM_GenerateTriples(benchmark::State& state) {
  const auto g = newskg::bench::synthetic_graph(static_cast<std::size_t>(state.range(0)));
  std::size_t n = 0;
  for (auto _ : state) {
    n = 0;
    (void)newskg::graph_triples(g, [&](const newskg::Triple&) {
      ++n;
      return newskg::Status{};
    });
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
}

}  // namespace

BENCHMARK(BM_GenerateTriples)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteNTriples)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteTurtle)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteNQuads)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
