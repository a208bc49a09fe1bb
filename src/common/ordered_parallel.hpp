#pragma once
// Work split into numbered parts, produced on several threads and consumed in order.
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "common/error.hpp"

namespace newskg {

/// Runs produce(i) for i in [0, parts) on `threads` threads (the calling thread and up to
/// threads - 1 workers; the calling thread alone when `threads` <= 1 or there is one part) and
/// consume(i, result) on the calling thread, in order of i, as soon as each result and all
/// before it are there; while the next result is not there, the calling thread produces one. At most `window` results
/// are produced and not yet consumed (memory stays bounded). Stops at the first error in part order (produce's or
/// consume's) and returns it; workers start no new part after an error. An exception thrown by produce becomes an
/// Internal error. produce must be safe to call from several threads at once. Returns once every worker has finished.
template <class T, class Produce, class Consume>
Status for_each_in_order(std::size_t parts, unsigned threads, std::size_t window, Produce&& produce,
                         Consume&& consume) {
  const auto guarded = [&](std::size_t i) -> Result<T> {
    try {
      return produce(i);
    } catch (const std::exception& e) {
      return make_error(ErrorKind::Internal, e.what());
    }
  };
  if (threads <= 1 || parts <= 1) {
    for (std::size_t i = 0; i < parts; ++i) {
      Result<T> r = guarded(i);
      if (!r) return r.error();
      if (Status st = consume(i, std::move(*r)); !st) return st;
    }
    return {};
  }
  if (window < threads) window = threads;
  std::mutex m;
  std::condition_variable produced, consumed;
  std::vector<std::optional<Result<T>>> slots(window);
  std::size_t next = 0, done = 0;  // next part to start; parts consumed so far
  bool stop = false;
  // produces the next part not yet started (`lock` held, and released meanwhile)
  const auto produce_next = [&](std::unique_lock<std::mutex>& lock) {
    const std::size_t i = next++;
    lock.unlock();
    Result<T> r = guarded(i);
    lock.lock();
    slots[i % window].emplace(std::move(r));
  };
  const auto work = [&] {
    std::unique_lock lock(m);
    for (;;) {
      consumed.wait(lock, [&] { return stop || next >= parts || next < done + window; });
      if (stop || next >= parts) return;
      produce_next(lock);
      produced.notify_one();
    }
  };
  std::vector<std::thread> workers;
  Status st;
  try {
    for (unsigned t = 1; t < threads && t < parts; ++t) workers.emplace_back(work);
  } catch (const std::system_error&) {  // fewer threads than asked for: the calling thread does the rest
  }
  for (std::size_t i = 0; i < parts && st.ok(); ++i) {
    std::unique_lock lock(m);
    // rather than wait for part i, produce one (part i itself, when no worker has started it)
    while (!slots[i % window].has_value() && next < parts && next < done + window) produce_next(lock);
    produced.wait(lock, [&] { return slots[i % window].has_value(); });
    Result<T> r = std::move(*slots[i % window]);
    slots[i % window].reset();
    lock.unlock();
    if (!r) {
      st = r.error();
    } else {
      try {
        st = consume(i, std::move(*r));
      } catch (const std::exception& e) {  // the workers must still be joined
        st = make_error(ErrorKind::Internal, e.what());
      }
    }
    lock.lock();
    done = i + 1;
    if (!st) stop = true;
    lock.unlock();
    consumed.notify_all();
  }
  {
    std::lock_guard lock(m);
    stop = true;
  }
  consumed.notify_all();
  for (auto& w : workers) w.join();
  return st;
}

}  // namespace newskg
