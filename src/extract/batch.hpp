#pragma once
// Running the pipeline over a corpus on several threads, with results in input order.
#include <chrono>
#include <cstdint>
#include <functional>

#include "common/error.hpp"
#include "extract/pipeline.hpp"
#include "text/corpus.hpp"

namespace newskg {

/// Where a run stands, for progress reports.
struct BatchProgress {
  std::uint64_t documents = 0;
  std::uint64_t failed = 0;
  std::uint64_t bytes = 0;        ///< input bytes read so far
  std::uint64_t total_bytes = 0;  ///< 0 when unknown (standard input)
  double seconds = 0;
};

/// Reads documents from `reader`, extracts them on `jobs` threads (the calling thread and
/// jobs - 1 workers; no other thread when `jobs` <= 1), and hands every Extraction to `consume` in input order, so that
/// the output does not depend on `jobs`. Reading and consuming overlap with extraction; at most 16 x `jobs` documents
/// are in memory at once. Each Extraction arrives without its token-level working data (released on the thread that
/// extracted it: Extraction::release_working_data). Every callback runs on the calling thread. A document whose
/// extraction throws is reported to `on_error` (with its id) and skipped. Stops at the first error `consume` returns.
/// `progress` is called at most every 100 ms, and once at the end.
Status run_batches(CorpusReader& reader, const Pipeline& pipeline, unsigned jobs,
                   const std::function<Status(Extraction&&)>& consume,
                   const std::function<void(const BatchProgress&)>& progress,
                   const std::function<void(const Error&)>& on_error, BatchProgress& totals);

}  // namespace newskg
