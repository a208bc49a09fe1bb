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

#include "common/temp_files.hpp"

namespace newskg {

namespace {

// Follows `path` through symlinks (at most 40, as the kernel does) to the file it names, which
// need not exist yet. Relative link targets are read from the link's directory.
Result<std::string> follow_links(const std::string& path) {
  namespace fs = std::filesystem;
  std::string p = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st;
    if (::lstat(p.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return p;
    std::error_code ec;
    const fs::path target = fs::read_symlink(p, ec);
    if (ec) return make_error(ErrorKind::Output, path + ": cannot read symlink: " + ec.message());
    p = target.is_absolute() ? target.string() : (fs::path(p).parent_path() / target).string();
  }
  return make_error(ErrorKind::Output, path + ": " + std::strerror(ELOOP));
}

mode_t current_umask() {
  const mode_t m = ::umask(022);  // only main's thread runs when outputs are opened
  ::umask(m);
  return m;
}

}  // namespace

Result<AtomicFile> AtomicFile::create(const std::string& path) {
  namespace fs = std::filesystem;
  auto followed = follow_links(path);
  if (!followed) return followed.error();
  const std::string target = std::move(*followed);
  struct stat st;
  const bool exists = ::stat(target.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return make_error(ErrorKind::Output, path + ": is a directory");
  if (exists && !S_ISREG(st.st_mode)) {
    // a device, FIFO or socket: written in place, as `>` would (a FIFO waits for its reader)
    const int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return make_error(ErrorKind::Output, path + ": cannot open for writing: " + std::strerror(errno));
    std::FILE* f = ::fdopen(fd, "wb");
    if (!f) {
      const int err = errno;
      ::close(fd);
      return make_error(ErrorKind::Output, path + ": cannot open for writing: " + std::strerror(err));
    }
    return AtomicFile(path, target, std::string(), f);
  }
  fs::path dir = fs::path(target).parent_path();
  if (dir.empty()) dir = ".";
  // a short temporary name: a target name of up to 255 bytes leaves room for it
  const std::string name = fs::path(target).filename().string().substr(0, 32);
  std::string templ = (dir / ("." + name + ".tmp.XXXXXX")).string();
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  const int fd = ::mkostemp(buf.data(), O_CLOEXEC);
  if (fd < 0) return make_error(ErrorKind::Output, path + ": cannot create output file: " + std::strerror(errno));
  const int slot = temp_files::track(buf.data());
  // the mode (and, where permitted, the owner) of the file replaced; a new file's as `>` gives
  if (exists) {
    ::fchmod(fd, st.st_mode & 07777);
    if (::fchown(fd, st.st_uid, st.st_gid) != 0) {  // not permitted: keep at least the group if we may
      [[maybe_unused]] const int ignored = ::fchown(fd, static_cast<uid_t>(-1), st.st_gid);
    }
  } else {
    ::fchmod(fd, 0666 & ~current_umask());
  }
  std::FILE* f = ::fdopen(fd, "wb");
  if (!f) {
    const int err = errno;
    ::close(fd);
    ::unlink(buf.data());
    temp_files::untrack(slot);
    return make_error(ErrorKind::Output, path + ": cannot open output file: " + std::strerror(err));
  }
  AtomicFile file(path, target, std::string(buf.data()), f);
  file.tracked_ = slot;
  return file;
}

// One fdatasync at a time on a helper thread; `error` is the first errno any of them met.
struct AtomicFile::Syncer {
  std::thread thread;
  std::atomic<bool> done{true};
  int error = 0;  ///< written by the helper, read after joining it
  std::size_t started = 0;
};

AtomicFile::AtomicFile(std::string path, std::string target, std::string tmp, std::FILE* f)
    : path_(std::move(path)), target_(std::move(target)), tmp_(std::move(tmp)), f_(f) {}

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : path_(std::move(o.path_)),
      target_(std::move(o.target_)),
      tmp_(std::move(o.tmp_)),
      tracked_(o.tracked_),
      f_(o.f_),
      committed_(o.committed_),
      syncer_(std::move(o.syncer_)) {
  o.f_ = nullptr;
  o.committed_ = true;
  o.tracked_ = -1;
}

AtomicFile::~AtomicFile() {
  join_syncer();  // before the file it syncs is closed
  if (f_) std::fclose(f_);
  if (!committed_ && !tmp_.empty()) ::unlink(tmp_.c_str());
  temp_files::untrack(tracked_);
}

void AtomicFile::sync_in_background() {
  if (!f_ || in_place()) return;
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
  // a device or FIFO written in place has nothing to make durable (fsync fails on a pipe)
  const bool synced = flushed && background == 0 && (in_place() || ::fsync(::fileno(f)) == 0);
  if (flushed && !synced) err = errno;
  const bool closed = std::fclose(f) == 0;
  if (!closed && flushed && synced) err = errno;
  if (!flushed || !synced || !closed) {
    return make_error(ErrorKind::Output, path_ + ": write failed: " + std::strerror(err ? err : EIO));
  }
  if (in_place()) {
    committed_ = true;
    return {};
  }
  if (::rename(tmp_.c_str(), target_.c_str()) != 0) {
    return make_error(ErrorKind::Output, path_ + ": cannot rename temporary file into place: " + std::strerror(errno));
  }
  committed_ = true;
  temp_files::untrack(tracked_);
  tracked_ = -1;
  return {};
}

}  // namespace newskg
