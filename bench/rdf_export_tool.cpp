// newskg-rdf-bench: writes a synthetic graph of about N triples, for scripts/bench-rdf.
//   newskg-rdf-bench TRIPLES FORMAT|none OUTPUT
//   newskg-rdf-bench TRIPLES load ENDPOINT GRAPH USER PASSWORD   (what `newskg load` does)
// Prints "triples N build_s X write_s Y peak_rss_kib Z" on standard error.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "export/rdf_export.hpp"
#include "export/store.hpp"
#include "synthetic_graph.hpp"

namespace {
long peak_rss_kib() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc == 7 && std::string(argv[2]) == "load") {
    using clock = std::chrono::steady_clock;
    const auto g = newskg::bench::synthetic_graph(std::stoul(argv[1]));
    const auto t0 = clock::now();
    newskg::LoadOptions o;
    o.endpoint = argv[3];
    o.graph = argv[4];
    o.user = argv[5];
    o.password = argv[6];
    auto r = newskg::load_graph(g, o);
    if (!r) {
      std::cerr << r.error().message << "\n";
      return 7;
    }
    std::cerr << "triples " << r->triples << " load_s " << std::chrono::duration<double>(clock::now() - t0).count()
              << " peak_rss_kib " << peak_rss_kib() << "\n";
    return 0;
  }
  if (argc != 4) {
    std::cerr << "usage: newskg-rdf-bench TRIPLES FORMAT|none OUTPUT\n";
    return 2;
  }
  using clock = std::chrono::steady_clock;
  const auto t0 = clock::now();
  const auto g = newskg::bench::synthetic_graph(std::stoul(argv[1]));
  const auto t1 = clock::now();
  std::size_t n = 0;
  const std::string format = argv[2];
  if (format != "none") {
    std::FILE* f = std::fopen(argv[3], "wb");
    if (!f) return 5;
    newskg::FileSink sink(f);
    auto st = newskg::write_rdf(g, format, sink);
    std::fclose(f);
    if (!st.ok()) {
      std::cerr << st.error().message << "\n";
      return 5;
    }
  }
  (void)newskg::graph_triples(g, [&](const newskg::Triple&) {
    ++n;
    return newskg::Status{};
  });
  const auto t2 = clock::now();
  std::cerr << "triples " << n << " build_s " << std::chrono::duration<double>(t1 - t0).count() << " write_s "
            << std::chrono::duration<double>(t2 - t1).count() << " peak_rss_kib " << peak_rss_kib() << "\n";
  return 0;
}
