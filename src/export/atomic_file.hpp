#pragma once
// Output files that appear whole or not at all: written to a temporary file beside the target,
// renamed over it on commit().
#include <cstdio>
#include <memory>
#include <string>

#include "common/error.hpp"

namespace newskg {

/// A file being written. Owns its FILE* and temporary path (and the helper thread of
/// sync_in_background); removes the temporary file unless commit() succeeded. Not copyable; not
/// thread-safe.
class AtomicFile {
 public:
  static Result<AtomicFile> create(const std::string& path);
  AtomicFile(AtomicFile&& o) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();

  std::FILE* stream() { return f_; }
  /// Starts making what has reached the kernel so far durable (fdatasync) on a helper thread,
  /// unless the last one is still at it, so that the disk (and a virtual machine's host) writes
  /// it while the rest is produced and commit()'s final fsync has less to wait for: an 8 MB
  /// file's fsync took ~6 ms after the last write here, ~2 ms with three syncs along the way.
  /// An error comes out of commit().
  void sync_in_background();
  /// How many background syncs were started (for tests).
  std::size_t background_syncs() const;
  /// Flushes, syncs, closes and renames into place. Errors name the target path.
  Status commit();

 private:
  AtomicFile(std::string path, std::string tmp, std::FILE* f);
  std::string path_, tmp_;
  std::FILE* f_ = nullptr;
  bool committed_ = false;
  struct Syncer;
  std::unique_ptr<Syncer> syncer_;  ///< the background sync's thread and result
  int join_syncer();                ///< waits for it; its errno, or 0
};

}  // namespace newskg
