#pragma once
// The file format of newskg's trained models: a versioned, checksummed container of named
// sections, each 8-byte aligned so that it is used in place from the mapped file.
//
//   bytes 0-7    "NEWSKGM\0"
//   8-11         format version (kModelFormat), little-endian like everything after it
//   12-15        kind: four ASCII letters ("TAGR", "PARS")
//   16-23        size of what follows the header (bytes 32 to the end)
//   24-31        checksum() of those bytes
//   32-35        number of sections; 36-39 zero
//   40-          per section: name (24 bytes, NUL-padded), offset from the file's start, size (u64)
//   then         the sections, each starting at a multiple of 8
#include <cstdint>
#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/error.hpp"
#include "common/file_bytes.hpp"

namespace newskg::syntax {

inline constexpr std::uint32_t kModelFormat = 1;

/// A text section's lines (without their line feeds; no last empty line).
std::vector<std::string> section_lines(std::string_view section);
/// Lines joined into a text section, each ended by a line feed.
std::string join_lines(const std::vector<std::string>& lines);

/// Collects sections and writes a model file atomically (a temporary file renamed into place).
class ModelWriter {
 public:
  explicit ModelWriter(std::string_view kind) : kind_(kind) {}
  void add(std::string name, std::string bytes) { sections_.emplace_back(std::move(name), std::move(bytes)); }
  /// The whole file's bytes.
  std::string bytes() const;
  Status write(const std::string& path) const { return write_bytes(path, bytes()); }
  /// Writes a model file's bytes atomically (errors name the path and say why).
  static Status write_bytes(const std::string& path, std::string_view bytes);

 private:
  std::string kind_;
  std::vector<std::pair<std::string, std::string>> sections_;
};

/// A model file, mapped and checked (magic, version, kind, sizes, checksum). Owns (a share of)
/// the mapping; movable; immutable once opened, so it may be shared between threads.
class ModelFile {
 public:
  /// Maps `path` and checks its header and sections; `kind` is the expected kind. The checksum
  /// of the whole file (tens of megabytes: most of a start's time) is computed on a helper
  /// thread while the caller goes on: verify() gives its verdict, and a caller must ask for it
  /// before it commits anything the model produced. Errors name the file and what is wrong with
  /// it (ErrorKind::Input).
  static Result<ModelFile> open(const std::string& path, std::string_view kind);
  /// Checks bytes held in memory (for tests and for models just trained); `name` in messages.
  static Result<ModelFile> from_bytes(std::string bytes, std::string_view kind, const std::string& name);
  /// A section's bytes (8-byte aligned), or empty when there is none of that name.
  std::string_view section(std::string_view name) const;
  bool has(std::string_view name) const;
  /// Waits for the checksum (at once for bytes in memory) and reports a mismatch.
  Status verify() const;
  const std::string& path() const { return path_; }
  std::size_t size() const { return view().size(); }

 private:
  std::string_view view() const { return owned_.empty() ? file_->view() : std::string_view(owned_); }
  Status check(std::string_view kind, bool checksum_now);
  std::string path_;
  std::shared_ptr<FileBytes> file_ = std::make_shared<FileBytes>();  // shared with the checksum's thread
  std::string owned_;
  std::shared_future<bool> checksum_ok_;
  std::vector<std::pair<std::string, std::string_view>> sections_;
};

}  // namespace newskg::syntax
