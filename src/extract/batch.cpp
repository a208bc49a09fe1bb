#include "extract/batch.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace newskg {
namespace {

using Clock = std::chrono::steady_clock;

// The result of one document: its extraction, or why it failed.
struct Slot {
  bool ready = false;
  std::optional<Extraction> result;
  std::string id, failure;
};

// Shared between the main thread (reads, consumes) and the workers (extract). Documents are
// numbered in input order; `window` bounds how many are read but not yet consumed.
class WorkQueue {
 public:
  WorkQueue(const Pipeline& p, std::size_t window) : pipeline_(p), slots_(window) {}

  // Queues document `seq`; the workers hear of it at the next notify().
  void push(std::uint64_t seq, Document d) {
    std::lock_guard lock(m_);
    slots_[seq % slots_.size()] = Slot{false, std::nullopt, d.id, {}};
    todo_.emplace_back(seq, std::move(d));
  }
  void notify() { work_cv_.notify_all(); }
  // Lets the workers finish; with `discard`, documents not yet started are dropped.
  void close(bool discard) {
    {
      std::lock_guard lock(m_);
      closed_ = true;
      if (discard) todo_.clear();
    }
    work_cv_.notify_all();
  }
  // Worker loop: extract until the queue is closed and empty. Documents are taken and handed
  // back a few at a time, so that threads wait for each other (and wake each other) less often.
  void work() {
    Batch mine;
    for (;;) {
      std::unique_lock lock(m_);
      work_cv_.wait(lock, [&] { return closed_ || !todo_.empty(); });
      if (todo_.empty()) return;
      run(lock, mine, kBatch);
    }
  }
  // The main thread's turn: extracts up to `n` queued documents rather than wait; false when
  // none was queued.
  bool help(std::size_t n) {
    Batch mine;
    std::unique_lock lock(m_);
    if (todo_.empty()) return false;
    run(lock, mine, n);
    return true;
  }
  static constexpr std::size_t kBatch = 8;
  static constexpr std::size_t kMainBatch = 2;  ///< the main thread's, between reading and consuming

 private:
  struct Done {
    std::uint64_t seq;
    std::optional<Extraction> result;
    std::string failure;
  };
  struct Batch {
    std::vector<std::pair<std::uint64_t, Document>> docs;
    std::vector<Done> done;
  };
  // Takes up to n documents off the queue (`lock` held), extracts them unlocked, stores the
  // results and wakes the main thread.
  void run(std::unique_lock<std::mutex>& lock, Batch& mine, std::size_t n) {
    mine.docs.clear();
    while (!todo_.empty() && mine.docs.size() < n) {
      mine.docs.push_back(std::move(todo_.front()));
      todo_.pop_front();
    }
    lock.unlock();
    mine.done.clear();
    for (auto& [seq, doc] : mine.docs) {
      Done d{seq, std::nullopt, {}};
      try {
        d.result = pipeline_.run(std::move(doc));
        d.result->release_working_data();  // freed here, by the thread that allocated it
      } catch (const std::exception& e) {
        d.failure = e.what();
      }
      mine.done.push_back(std::move(d));
    }
    lock.lock();
    for (Done& d : mine.done) {
      Slot& s = slots_[d.seq % slots_.size()];
      s.result = std::move(d.result);
      s.failure = std::move(d.failure);
      s.ready = true;
    }
    lock.unlock();
    done_cv_.notify_one();
  }

 public:
  // Takes the result of document `seq`, waiting for it when `wait`; nullopt if not ready.
  std::optional<Slot> take(std::uint64_t seq, bool wait) {
    std::unique_lock lock(m_);
    Slot& s = slots_[seq % slots_.size()];
    if (wait) done_cv_.wait(lock, [&] { return s.ready; });
    if (!s.ready) return std::nullopt;
    Slot out = std::move(s);
    s = Slot{};
    return out;
  }

 private:
  const Pipeline& pipeline_;
  std::mutex m_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::pair<std::uint64_t, Document>> todo_;
  std::vector<Slot> slots_;
  bool closed_ = false;
};

}  // namespace

Status run_batches(CorpusReader& reader, const Pipeline& pipeline, unsigned jobs,
                   const std::function<Status(Extraction&&)>& consume,
                   const std::function<void(const BatchProgress&)>& progress,
                   const std::function<void(const Error&)>& on_error, BatchProgress& totals) {
  const auto start = Clock::now();
  auto last_report = start;
  const auto report = [&](bool force) {
    const auto now = Clock::now();
    if (!force && now - last_report < std::chrono::milliseconds(100)) return;
    last_report = now;
    totals.bytes = reader.bytes_read();
    totals.total_bytes = reader.total_bytes();
    totals.seconds = std::chrono::duration<double>(now - start).count();
    progress(totals);
  };
  // one finished document, in input order
  const auto finish = [&](Slot&& s) -> Status {
    if (!s.result) {
      ++totals.failed;
      on_error(make_error(ErrorKind::Internal,
                          "document " + s.id + " (#" + std::to_string(totals.documents + totals.failed) +
                              "): extraction failed: " + (s.failure.empty() ? "unknown error" : s.failure)));
      return {};
    }
    ++totals.documents;
    return consume(std::move(*s.result));
  };

  if (jobs <= 1) {  // no threads at all
    for (Document d; reader.next(d);) {
      Slot s{true, std::nullopt, d.id, {}};
      try {
        s.result = pipeline.run(std::move(d));
        s.result->release_working_data();
      } catch (const std::exception& e) {
        s.failure = e.what();
      }
      if (Status st = finish(std::move(s)); !st) return st;
      report(false);
    }
    report(true);
    return {};
  }

  // The main thread reads documents and consumes results in input order (so every callback
  // runs on it); jobs - 1 workers extract in between, and so does the main thread when it has
  // nothing else to do. At most `window` documents are in flight.
  const std::size_t window = 16 * static_cast<std::size_t>(jobs);
  WorkQueue queue(pipeline, window);
  // jobs - 1 workers: the main thread extracts too whenever it would otherwise wait, so that
  // `jobs` threads share `jobs` cores instead of jobs + 1 taking turns (and each other's caches)
  std::vector<std::thread> workers;
  for (unsigned t = 0; t + 1 < jobs; ++t) workers.emplace_back([&] { queue.work(); });
  std::uint64_t read = 0, consumed = 0;
  bool more = true;
  Status st;
  while (st.ok()) {
    const std::uint64_t before = read;
    while (more && read - consumed < window) {
      Document d;
      if (!(more = reader.next(d))) break;
      queue.push(read++, std::move(d));
    }
    if (read > before) queue.notify();
    if (consumed == read) break;  // everything read has been consumed: the end
    // consume every result that is ready, in order
    bool consumed_some = false;
    while (st.ok() && consumed < read) {
      std::optional<Slot> s = queue.take(consumed, false);
      if (!s) break;
      ++consumed;
      consumed_some = true;
      st = finish(std::move(*s));
      report(false);
    }
    // nothing ready and the window full (or the input done): extract here, or wait
    const bool stuck = !more || read - consumed >= window;
    if (!st.ok() || consumed_some || !stuck || consumed == read || queue.help(WorkQueue::kMainBatch)) continue;
    std::optional<Slot> s = queue.take(consumed, true);
    ++consumed;
    st = finish(std::move(*s));
    report(false);
  }
  queue.close(!st.ok());
  for (auto& w : workers) w.join();
  if (!st) return st;
  report(true);
  return {};
}

}  // namespace newskg
