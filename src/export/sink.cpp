#include "export/sink.hpp"

#include <fcntl.h>
#include <stdio.h>

namespace newskg {

bool FileSink::write(std::string_view bytes) {
  if (!ok_) return false;
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) ok_ = false;
  unsynced_ += bytes.size();
  if (ok_ && writeback_ && unsynced_ >= kWritebackBytes) start_writeback();
  return ok_;
}

void FileSink::start_writeback() {
  unsynced_ = 0;
  if (!flush()) return;
#ifdef __linux__
  const off_t end = ::ftello(f_);
  // a hint: a file that cannot take it (a pipe) simply gets none
  if (end > synced_to_ && ::sync_file_range(::fileno(f_), synced_to_, end - synced_to_, SYNC_FILE_RANGE_WRITE) == 0)
    synced_to_ = end;
#endif
}

bool FileSink::flush() {
  if (ok_ && (std::fflush(f_) != 0 || std::ferror(f_))) ok_ = false;
  return ok_;
}

}  // namespace newskg
