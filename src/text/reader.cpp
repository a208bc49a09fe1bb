#include "text/reader.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <regex>

#include "text/utf8.hpp"

namespace newskg {
namespace {

std::string first_line(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t nl = text.find('\n', i);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(i, nl - i);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
    std::size_t b = line.find_first_not_of(" \t");
    if (b != std::string::npos) return line.substr(b);
    i = nl + 1;
  }
  return {};
}

}  // namespace

std::string find_date(std::string_view text) {
  static const std::regex month_first(
      R"(\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b)");
  static const std::regex day_first(
      R"(\b(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+((?:19|20)\d\d)\b)");
  static const std::regex iso(R"(\b((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b)");
  static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
  const std::string head(text.substr(0, 400));
  auto month_number = [](const std::string& m) {
    for (int i = 0; i < 12; ++i)
      if (m == months[i]) return i + 1;
    return 0;
  };
  auto iso_of = [](const std::string& y, int m, int d) {
    if (d < 1 || d > 31) return std::string();
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s-%02d-%02d", y.c_str(), m, d);
    return std::string(buf);
  };
  std::smatch a, b, c;
  const bool ha = std::regex_search(head, a, month_first);
  const bool hb = std::regex_search(head, b, day_first);
  const bool hc = std::regex_search(head, c, iso);
  const auto pos = [](bool h, const std::smatch& m) { return h ? m.position(0) : std::string::npos; };
  const auto first = std::min({pos(ha, a), pos(hb, b), pos(hc, c)});
  if (first == std::string::npos) return {};
  if (ha && pos(ha, a) == first) return iso_of(a[3], month_number(a[1]), std::stoi(a[2]));
  if (hb && pos(hb, b) == first) return iso_of(b[3], month_number(b[2]), std::stoi(b[1]));
  return c[0];
}

Document make_document(std::string id, std::string source, std::string_view bytes, std::string where_in) {
  Document d;
  d.id = std::move(id);
  d.source = std::move(source);
  utf8::Repair r = utf8::repair(bytes);
  const std::string where = !where_in.empty() ? where_in : d.source == "-" ? std::string("<stdin>") : d.source;
  if (r.invalid > 0) {
    d.warnings.push_back(where + ": invalid UTF-8 at byte " + std::to_string(r.first_bad) + " (" +
                         std::to_string(r.invalid) + " sequence(s) replaced by U+FFFD)");
  }
  if (r.nul_bytes > 0) {
    d.warnings.push_back(where + ": " + std::to_string(r.nul_bytes) + " NUL byte(s) replaced by spaces");
  }
  d.text = std::move(r.text);
  if (d.text.find_first_not_of(" \t\n") == std::string::npos)
    d.warnings.push_back(where + ": empty document (no text)");
  std::string title = first_line(d.text);
  if (title.size() <= 200) d.title = std::move(title);
  d.date = find_date(d.text);
  return d;
}

Result<Document> read_document(const std::string& path) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return make_error(ErrorKind::Input, "<stdin>: read error");
    return make_document("stdin", "-", bytes);
  }
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return make_error(ErrorKind::Input, path + ": no such file");
  }
  if (std::filesystem::is_directory(status)) {
    return make_error(ErrorKind::Input, path + ": is a directory, not a text file");
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return make_error(ErrorKind::Input, path + ": cannot open: " + std::strerror(errno));
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      return make_error(ErrorKind::Input,
                        path + ": read error after " + std::to_string(bytes.size()) + " bytes: " + std::strerror(err));
    }
    bytes.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  std::string id = std::filesystem::path(path).stem().string();
  if (id.empty()) id = "document";
  return make_document(std::move(id), path, bytes);
}

}  // namespace newskg
