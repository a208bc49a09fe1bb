#pragma once
// Output files that appear whole or not at all: written to a temporary file beside the target,
// renamed over it on commit().
#include <cstdio>
#include <string>

#include "common/error.hpp"

namespace newskg {

/// A file being written. Owns its FILE* and temporary path; removes the temporary file unless
/// commit() succeeded. Not copyable; not thread-safe.
class AtomicFile {
 public:
  static Result<AtomicFile> create(const std::string& path);
  AtomicFile(AtomicFile&& o) noexcept;
  AtomicFile& operator=(AtomicFile&&) = delete;
  AtomicFile(const AtomicFile&) = delete;
  ~AtomicFile();

  std::FILE* stream() { return f_; }
  /// Flushes, syncs, closes and renames into place. Errors name the target path.
  Status commit();

 private:
  AtomicFile(std::string path, std::string tmp, std::FILE* f) : path_(std::move(path)), tmp_(std::move(tmp)), f_(f) {}
  std::string path_, tmp_;
  std::FILE* f_ = nullptr;
  bool committed_ = false;
};

}  // namespace newskg
