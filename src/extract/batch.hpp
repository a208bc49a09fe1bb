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

/// Reads documents from `reader` in batches, extracts each batch on `jobs` threads, and hands
/// every Extraction to `consume` in input order, so that the output does not depend on `jobs`.
/// Memory holds one batch at a time. A document whose extraction throws is reported to
/// `on_error` (with its id) and skipped. Stops at the first error `consume` returns.
Status run_batches(CorpusReader& reader, const Pipeline& pipeline, unsigned jobs,
                   const std::function<Status(Extraction&&)>& consume,
                   const std::function<void(const BatchProgress&)>& progress,
                   const std::function<void(const Error&)>& on_error, BatchProgress& totals);

}  // namespace newskg
