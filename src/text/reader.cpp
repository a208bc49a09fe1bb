#include "text/reader.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <vector>

#include "common/words.hpp"
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

// One run of word characters (ASCII letters, digits, '_': what a regex \b separates) in the head.
struct Word {
  std::string_view text;
  std::size_t end;  // offset just past the word
};

// ASCII letters, digits and '_' (std::isalnum in the "C" locale), by table.
constexpr auto kWordChar = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[static_cast<std::size_t>(c)] =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return t;
}();
bool word_char(char c) {
  return kWordChar[static_cast<unsigned char>(c)];
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A month's name as written in a date: capitalised ("January"; not "JANUARY").
int capitalised_month(std::string_view w) {
  if (w.size() < 3 || w.size() > 9 || w[0] < 'A' || w[0] > 'S') return 0;  // most words end here
  std::string lower(w);
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return month_number(lower);
}

int number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool is_year(std::string_view w) {
  return w.size() == 4 && all_digits(w) && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20");
}

bool is_day(std::string_view w) {
  return w.size() <= 2 && all_digits(w) && number(w) >= 1 && number(w) <= 31;
}

// The gap between two words: ",? whitespace+" for written dates.
bool spaced(std::string_view gap, bool comma_allowed) {
  if (comma_allowed && !gap.empty() && gap.front() == ',') gap.remove_prefix(1);
  return !gap.empty() &&
         std::all_of(gap.begin(), gap.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

bool calendar_date(int y, int m, int d) {
  static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m != 2 || d <= 28 || leap;
}

std::string iso_date(int y, int m, int d) {
  if (!calendar_date(y, m, d)) return {};
  char buf[48];  // room for any int, as the compiler cannot see the range check
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

}  // namespace

namespace {

// The first date in `head`, written "December 2, 2025", "3 March 2024" or "2026-01-20". A
// hand-written scanner over word runs: std::regex took a fifth of a corpus run.
std::string date_in(std::string_view head) {
  // every form has a year: most texts have none up front and need no word split
  bool year = false;
  for (std::size_t i = 0; i + 4 <= head.size() && !year; ++i)
    year = (head[i] == '1' || head[i] == '2') && is_year(head.substr(i, 4));
  if (!year) return {};
  std::vector<Word> words;
  words.reserve(head.size() / 4);
  for (std::size_t i = 0; i < head.size();) {
    if (!word_char(head[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < head.size() && word_char(head[j])) ++j;
    words.push_back({head.substr(i, j - i), j});
    i = j;
  }
  const auto gap = [&](std::size_t k) {  // the characters between words k and k + 1
    const std::size_t from = words[k].end;
    return head.substr(from, static_cast<std::size_t>(words[k + 1].text.data() - head.data()) - from);
  };
  for (std::size_t k = 0; k + 2 < words.size(); ++k) {
    const Word &w0 = words[k], &w1 = words[k + 1], &w2 = words[k + 2];
    std::string date;
    if (const int m = capitalised_month(w0.text);
        m && spaced(gap(k), false) && is_day(w1.text) && spaced(gap(k + 1), true) && is_year(w2.text))
      date = iso_date(number(w2.text), m, number(w1.text));
    else if (const int m1 = capitalised_month(w1.text);
             m1 && is_day(w0.text) && spaced(gap(k), false) && spaced(gap(k + 1), true) && is_year(w2.text))
      date = iso_date(number(w2.text), m1, number(w0.text));
    else if (is_year(w0.text) && gap(k) == "-" && gap(k + 1) == "-" && w1.text.size() == 2 && all_digits(w1.text) &&
             w2.text.size() == 2 && all_digits(w2.text))
      date = iso_date(number(w0.text), number(w1.text), number(w2.text));
    if (!date.empty()) return date;
  }
  return {};
}

}  // namespace

std::string find_date(std::string_view text) {
  constexpr std::size_t kMetadataLine = 80;  // a date line, byline or headline; longer is body
  std::size_t i = 0;
  for (int lines = 0; lines < 5 && i < text.size();) {
    std::size_t end = text.find('\n', i);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(i, end - i);
    i = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    ++lines;
    if (line.size() > kMetadataLine) {
      // a paragraph: only a dateline before its dash counts ("GENEVA, March 4, 2025 - ...")
      std::size_t dash = line.substr(0, kMetadataLine).find(" - ");
      if (dash == std::string_view::npos) dash = line.substr(0, kMetadataLine).find(" \xE2\x80\x94 ");
      if (dash == std::string_view::npos) dash = line.substr(0, kMetadataLine).find(" \xE2\x80\x93 ");
      if (dash == std::string_view::npos) return {};  // the body has begun
      line = line.substr(0, dash);
    }
    if (std::string date = date_in(line); !date.empty()) return date;
  }
  return {};
}

std::string iso_date_prefix(std::string_view v) {
  if (v.size() < 10 || v[4] != '-' || v[7] != '-' || !all_digits(v.substr(0, 4)) || !all_digits(v.substr(5, 2)) ||
      !all_digits(v.substr(8, 2)))
    return {};
  if (v.size() > 10 && v[10] != 'T' && v[10] != ' ' && v[10] != 't') return {};
  return iso_date(number(v.substr(0, 4)), number(v.substr(5, 2)), number(v.substr(8, 2)));
}

Document make_document(std::string id, std::string source, std::string_view bytes, std::string where_in) {
  Document d;
  d.id = std::move(id);
  // a file name need not be UTF-8; the source is a label in every output
  d.source = utf8::is_valid(source) ? std::move(source) : utf8::one_line(source);
  utf8::Repair r = utf8::repair(bytes);
  const std::string where = !where_in.empty() ? where_in : d.source == "-" ? std::string("<stdin>") : d.source;
  if (r.invalid > 0) {
    d.warnings.push_back(where + ": invalid UTF-8 at byte " + std::to_string(r.first_bad) + " (" +
                         std::to_string(r.invalid) + " sequence(s) replaced by U+FFFD)");
  }
  if (r.nul_bytes > 0) {
    d.warnings.push_back(where + ": " + std::to_string(r.nul_bytes) + " NUL byte(s) replaced by spaces");
  }
  if (r.noncharacters > 0) {
    d.warnings.push_back(where + ": " + std::to_string(r.noncharacters) +
                         " noncharacter(s) U+FFFE/U+FFFF replaced by U+FFFD");
  }
  d.text = std::move(r.text);
  if (d.text.find_first_not_of(" \t\n") == std::string::npos)
    d.warnings.push_back(where + ": empty document (no text)");
  std::string title = first_line(d.text);
  if (title.size() <= 200) d.title = std::move(title);
  d.date = find_date(d.text);
  return d;
}

Result<Document> read_document(const std::string& path, const std::string& id_in) {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return make_error(ErrorKind::Input, "<stdin>: read error");
    return make_document("stdin", "-", bytes);
  }
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) {
    return make_error(ErrorKind::Input, path + ": " + (ec ? ec.message() : std::string(std::strerror(ENOENT))));
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
  std::string id = !id_in.empty() ? id_in : utf8::one_line(std::filesystem::path(path).stem().string());
  if (id.empty()) id = "document";
  return make_document(std::move(id), path, bytes);
}

}  // namespace newskg
