#include "export/sink.hpp"

namespace newskg {

bool FileSink::write(std::string_view bytes) {
  if (!ok_) return false;
  if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), f_) != bytes.size()) ok_ = false;
  return ok_;
}

bool FileSink::flush() {
  if (ok_ && (std::fflush(f_) != 0 || std::ferror(f_))) ok_ = false;
  return ok_;
}

}  // namespace newskg
