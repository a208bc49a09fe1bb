#pragma once
// A regular file's bytes, read or mapped whole.
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string_view>

namespace newskg {

/// A regular file's bytes, read whole into memory that is not cleared first, or mapped (`map`:
/// for files that are replaced by renaming and never changed in place, such as the lexicon cache
/// and the syntax models; mapping saves copying their megabytes and shares the pages between
/// processes, which are entered in one go rather than faulted in one by one). Owns the memory or
/// the mapping; movable, not copyable. Mapped bytes are page-aligned.
class FileBytes {
 public:
  FileBytes() = default;
  FileBytes(FileBytes&& o) noexcept;
  FileBytes& operator=(FileBytes&& o) noexcept;
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;
  ~FileBytes();
  /// The file's bytes, or false (errno set) when it cannot be opened, is not a regular file or a
  /// read fails. Opened with O_NONBLOCK: a FIFO in the file's place is refused, not waited on.
  bool load(const std::filesystem::path& path, bool map);
  std::string_view view() const { return {map_ ? static_cast<const char*>(map_) : owned_.get(), size_}; }

 private:
  std::unique_ptr<char[]> owned_;
  void* map_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace newskg
