#pragma once
// Text a writer builds, handed to a Sink in large blocks.
#include <string>

#include "common/error.hpp"
#include "export/sink.hpp"

namespace newskg {

/// Collects a writer's output in a string (append to text()) and passes it to the Sink in
/// blocks of about 64 KiB, checking every write. Borrows the sink; not thread-safe.
class BlockOutput {
 public:
  explicit BlockOutput(Sink& sink) : sink_(sink) { text_.reserve(kBlock + 4096); }
  std::string& text() { return text_; }
  /// Hands the text over once a block is full.
  Status maybe_drain() { return text_.size() >= kBlock ? drain() : Status{}; }
  /// Hands everything over and flushes the sink.
  Status finish() {
    if (Status st = drain(); !st) return st;
    if (!sink_.flush()) return write_error(sink_);
    return {};
  }

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  Status drain() {
    const bool ok = text_.empty() || sink_.write(text_);
    text_.clear();
    if (!ok || !sink_.ok()) return write_error(sink_);
    return {};
  }
  Sink& sink_;
  std::string text_;
};

}  // namespace newskg
