#pragma once
// Byte sinks that writers write to: a FILE*, a string, anything else alike.
#include <cstdio>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace newskg {

/// Where a writer's bytes go. write() returns false on failure (and the sink remembers it).
/// Not thread-safe.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual bool write(std::string_view bytes) = 0;
  /// Flushes buffered bytes to their destination; false on failure (e.g. disk full).
  virtual bool flush() { return ok(); }
  virtual bool ok() const = 0;
  /// The errno of the first failure, where the sink has one (0: none known).
  virtual int error_number() const { return 0; }
};

/// "write failed: <why>" (strerror of the sink's error, e.g. "No space left on device"), as an
/// output error.
Error write_error(const Sink& sink);

class AtomicFile;

/// Writes to a FILE* it does not own (stdout, or an AtomicFile's stream). With `writeback`
/// (for a file that will be fsync'ed, as AtomicFile::commit does), every 256 KiB written is flushed
/// and handed to the kernel's writeback at once (sync_file_range), so that the disk writes
/// overlap with the work that produces the rest and the final fsync has little left to wait for.
/// Given the AtomicFile itself, every 2 MiB also start a background sync of it
/// (AtomicFile::sync_in_background), for the same reason.
class FileSink final : public Sink {
 public:
  explicit FileSink(std::FILE* f, bool writeback = false) : f_(f), writeback_(writeback) {}
  explicit FileSink(AtomicFile& file);
  bool write(std::string_view bytes) override;
  bool flush() override;
  bool ok() const override { return ok_; }
  int error_number() const override { return errno_; }

 private:
  static constexpr std::size_t kWritebackBytes = 1 << 18, kDurableBytes = 1 << 21;
  void start_writeback();
  std::FILE* f_;
  bool writeback_;
  AtomicFile* durable_ = nullptr;  ///< synced in the background every kDurableBytes
  long long durable_from_ = 0;     ///< file offset of the last background sync
  bool ok_ = true;
  int errno_ = 0;             ///< why the first failed write or flush failed
  std::size_t unsynced_ = 0;  ///< bytes written since the last writeback started
  long long synced_to_ = 0;   ///< file offset up to which writeback has been started
};

/// Appends to a string it owns.
class StringSink final : public Sink {
 public:
  bool write(std::string_view bytes) override {
    s_.append(bytes);
    return true;
  }
  bool ok() const override { return true; }
  const std::string& str() const { return s_; }
  std::string take() { return std::move(s_); }

 private:
  std::string s_;
};

}  // namespace newskg
