#include "export/atomic_file.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
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

AtomicFile::AtomicFile(AtomicFile&& o) noexcept
    : path_(std::move(o.path_)), tmp_(std::move(o.tmp_)), f_(o.f_), committed_(o.committed_) {
  o.f_ = nullptr;
  o.committed_ = true;
}

AtomicFile::~AtomicFile() {
  if (f_) std::fclose(f_);
  if (!committed_ && !tmp_.empty()) ::unlink(tmp_.c_str());
}

Status AtomicFile::commit() {
  if (!f_) return make_error(ErrorKind::Internal, path_ + ": already committed");
  std::FILE* f = f_;
  f_ = nullptr;
  const bool flushed = std::fflush(f) == 0 && !std::ferror(f);
  int err = errno;
  const bool synced = flushed && ::fsync(::fileno(f)) == 0;
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
