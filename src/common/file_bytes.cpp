#include "common/file_bytes.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace newskg {

FileBytes::FileBytes(FileBytes&& o) noexcept
    : owned_(std::move(o.owned_)), map_(std::exchange(o.map_, nullptr)), size_(std::exchange(o.size_, 0)) {}

FileBytes& FileBytes::operator=(FileBytes&& o) noexcept {
  std::swap(owned_, o.owned_);
  std::swap(map_, o.map_);
  std::swap(size_, o.size_);
  return *this;
}

FileBytes::~FileBytes() {
  if (map_) ::munmap(map_, size_);
}

bool FileBytes::load(const std::filesystem::path& path, bool map) {
  *this = FileBytes();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return false;
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0;
  if (ok && !S_ISREG(st.st_mode)) ok = false, errno = EINVAL;
  const auto size = static_cast<std::size_t>(ok ? st.st_size : 0);
  if (ok && map && size > 0) {
    void* m = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ok = m != MAP_FAILED;
    if (ok) map_ = m, size_ = size;
  } else if (ok) {
    owned_ = std::make_unique_for_overwrite<char[]>(size);
    size_ = size;
    for (std::size_t got = 0; ok && got < size;) {
      const ssize_t n = ::read(fd, owned_.get() + got, size - got);
      if (n == 0) errno = EIO;
      if (n <= 0) ok = false;
      got += n > 0 ? static_cast<std::size_t>(n) : 0;
    }
  }
  const int saved = errno;
  ::close(fd);
  errno = saved;
  return ok;
}

}  // namespace newskg
