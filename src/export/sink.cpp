#include "export/sink.hpp"

#include <fcntl.h>
#include <stdio.h>

#include <cerrno>
#include <cstring>

#include "export/atomic_file.hpp"

namespace newskg {

FileSink::FileSink(AtomicFile& file) : f_(file.stream()), writeback_(true), durable_(&file) {}

bool FileSink::write(std::string_view bytes) {
  if (!ok_) return false;
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) {
    ok_ = false;
    errno_ = errno;
  }
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
  if (durable_ && synced_to_ - durable_from_ >= static_cast<long long>(kDurableBytes)) {
    durable_->sync_in_background();
    durable_from_ = synced_to_;
  }
}

bool FileSink::flush() {
  if (ok_ && (std::fflush(f_) != 0 || std::ferror(f_))) {
    ok_ = false;
    errno_ = errno;
  }
  return ok_;
}

Error write_error(const Sink& sink) {
  const int e = sink.error_number();
  return make_error(ErrorKind::Output, e ? std::string("write failed: ") + std::strerror(e) : "write failed");
}

}  // namespace newskg
