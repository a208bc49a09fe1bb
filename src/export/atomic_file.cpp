#include "export/atomic_file.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <thread>
#include <vector>

namespace newskg {

Result<AtomicFile> AtomicFile::create(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) return make_error(ErrorKind::Output, path + ": is a directory");
  fs::path dir = fs::path(path).parent_path();
  if (dir.empty()) dir = ".";
  std::string templ = (dir / ("." + fs::path(path).filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  const int fd = ::mkstemp(buf.data());
  if (fd < 0) return make_error(ErrorKind::Output, path + ": cannot create output file: " + std::strerror(errno));
  ::fchmod(fd, 0644);
  std::FILE* f = ::fdopen(fd, "wb");
  if (!f) {
    const int err = errno;
    ::close(fd);
    ::unlink(buf.data());
    return make_error(ErrorKind::Output, path + ": cannot open output file: " + std::strerror(err));
  }
  return AtomicFile(path, std::string(buf.data()), f);
}

// One fdatasync at a time on a helper thread; `error` is the first errno any of them met.
struct AtomicFile::Syncer {
  std::thread thread;
  std::atomic<bool> done{true};
  int error = 0;  ///< written by the helper, read after joining it
  std::size_t started = 0;
};

AtomicFile::AtomicFile(std::string path, std::string tmp, std::FILE* f)
    : path_(std::move(path)), tmp_(std::move(tmp)), f_(f) {}

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : path_(std::move(o.path_)),
      tmp_(std::move(o.tmp_)),
      f_(o.f_),
      committed_(o.committed_),
      syncer_(std::move(o.syncer_)) {
  o.f_ = nullptr;
  o.committed_ = true;
}

AtomicFile::~AtomicFile() {
  join_syncer();  // before the file it syncs is closed
  if (f_) std::fclose(f_);
  if (!committed_ && !tmp_.empty()) ::unlink(tmp_.c_str());
}

void AtomicFile::sync_in_background() {
  if (!f_) return;
  if (!syncer_) syncer_ = std::make_unique<Syncer>();
  Syncer& s = *syncer_;
  if (s.thread.joinable()) {
    if (!s.done.load(std::memory_order_acquire)) return;  // the last one is still at it
    s.thread.join();
  }
  s.done.store(false, std::memory_order_relaxed);
  try {
    s.thread = std::thread([&s, fd = ::fileno(f_)] {
      if (::fdatasync(fd) != 0 && s.error == 0) s.error = errno;
      s.done.store(true, std::memory_order_release);
    });
    ++s.started;
  } catch (const std::system_error&) {  // no thread to be had: commit's fsync does it all
    s.done.store(true, std::memory_order_relaxed);
  }
}

std::size_t AtomicFile::background_syncs() const {
  return syncer_ ? syncer_->started : 0;
}

int AtomicFile::join_syncer() {
  if (!syncer_) return 0;
  if (syncer_->thread.joinable()) syncer_->thread.join();
  return syncer_->error;
}

Status AtomicFile::commit() {
  if (!f_) return make_error(ErrorKind::Internal, path_ + ": already committed");
  // a background sync's error counts as the final fsync's would (the kernel reports it once)
  const int background = join_syncer();
  std::FILE* f = f_;
  f_ = nullptr;
  const bool flushed = std::fflush(f) == 0 && !std::ferror(f);
  int err = errno;
  if (flushed && background != 0) err = background;
  const bool synced = flushed && background == 0 && ::fsync(::fileno(f)) == 0;
  if (flushed && !synced) err = errno;
  const bool closed = std::fclose(f) == 0;
  if (!closed && flushed && synced) err = errno;
  if (!flushed || !synced || !closed) {
    return make_error(ErrorKind::Output, path_ + ": write failed: " + std::strerror(err ? err : EIO));
  }
  if (::rename(tmp_.c_str(), path_.c_str()) != 0) {
    return make_error(ErrorKind::Output, path_ + ": cannot rename temporary file into place: " + std::strerror(errno));
  }
  committed_ = true;
  return {};
}

}  // namespace newskg
