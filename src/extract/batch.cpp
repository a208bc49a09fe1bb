#include "extract/batch.hpp"

#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace newskg {

Status run_batches(CorpusReader& reader, const Pipeline& pipeline, unsigned jobs,
                   const std::function<Status(Extraction&&)>& consume,
                   const std::function<void(const BatchProgress&)>& progress,
                   const std::function<void(const Error&)>& on_error, BatchProgress& totals) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  if (jobs == 0) jobs = 1;
  const std::size_t batch_size = std::max<std::size_t>(16, 8 * jobs);
  std::vector<Document> docs;
  std::vector<std::optional<Extraction>> results;
  std::vector<std::string> failures;
  bool more = true;
  while (more) {
    docs.clear();
    Document d;
    while (docs.size() < batch_size && (more = reader.next(d))) docs.push_back(std::move(d));
    if (docs.empty()) break;
    results.assign(docs.size(), std::nullopt);
    failures.assign(docs.size(), {});
    std::atomic<std::size_t> next{0};
    auto work = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < docs.size();) {
        try {
          results[i] = pipeline.run(std::move(docs[i]));
        } catch (const std::exception& e) {
          failures[i] = e.what();
        }
      }
    };
    const unsigned threads = std::min<unsigned>(jobs, static_cast<unsigned>(docs.size()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    for (std::size_t i = 0; i < results.size(); ++i) {
      if (!results[i]) {
        ++totals.failed;
        on_error(make_error(ErrorKind::Internal, "document " + std::to_string(totals.documents + totals.failed) +
                                                     ": extraction failed: " + failures[i]));
        continue;
      }
      ++totals.documents;
      Status st = consume(std::move(*results[i]));
      if (!st) return st;
    }
    totals.bytes = reader.bytes_read();
    totals.total_bytes = reader.total_bytes();
    totals.seconds = std::chrono::duration<double>(clock::now() - start).count();
    progress(totals);
  }
  totals.bytes = reader.bytes_read();
  totals.seconds = std::chrono::duration<double>(clock::now() - start).count();
  return {};
}

}  // namespace newskg
