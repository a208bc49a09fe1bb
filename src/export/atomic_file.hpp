#pragma once
// Output files that appear whole or not at all: a regular file (or a new path) is written to a
// temporary file beside it and renamed over it on commit(), keeping the old file's mode and
// owner; a device, FIFO or socket is written in place, as a shell's `>` would; a symlink is
// followed and the file it names replaced (the link stays a link).
#include <cstdio>
#include <memory>
#include <string>

#include "common/error.hpp"

namespace newskg {

/// A file being written. Owns its FILE* and temporary path (and the helper thread of
/// sync_in_background); removes the temporary file unless commit() succeeded, and registers it
/// with temp_files so that an interrupted run removes it too. Not copyable; not thread-safe.
class AtomicFile {
 public:
  /// Opens `path` for writing (see the file comment). The temporary file is `.NAME.tmp.XXXXXX`
  /// beside the target, NAME cut to 32 bytes so that any valid target name leaves room for it.
  /// A new file gets mode 0666 & ~umask, as `>` would give it.
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
  /// Flushes, syncs, closes and renames into place (in place: flushes and closes). Errors name
  /// the target path and say why (strerror).
  Status commit();
  /// True when the target is written in place (a device, FIFO or socket), with no temporary file.
  bool in_place() const { return tmp_.empty(); }

 private:
  AtomicFile(std::string path, std::string target, std::string tmp, std::FILE* f);
  std::string path_;    ///< as given, for messages
  std::string target_;  ///< the file written: path_ with symlinks followed
  std::string tmp_;     ///< the temporary file beside target_; empty when written in place
  int tracked_ = -1;    ///< the temporary file's slot in temp_files
  std::FILE* f_ = nullptr;
  bool committed_ = false;
  struct Syncer;
  std::unique_ptr<Syncer> syncer_;  ///< the background sync's thread and result
  int join_syncer();                ///< waits for it; its errno, or 0
};

}  // namespace newskg
