#include "text/reader.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

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

Document make_document(std::string id, std::string source, std::string_view bytes) {
  Document d;
  d.id = std::move(id);
  d.source = std::move(source);
  utf8::Repair r = utf8::repair(bytes);
  const std::string where = d.source == "-" ? std::string("<stdin>") : d.source;
  if (r.invalid > 0) {
    d.warnings.push_back(where + ": invalid UTF-8 at byte " + std::to_string(r.first_bad) + " (" +
                         std::to_string(r.invalid) + " sequence(s) replaced by U+FFFD)");
  }
  if (r.nul_bytes > 0) {
    d.warnings.push_back(where + ": " + std::to_string(r.nul_bytes) + " NUL byte(s) replaced by spaces");
  }
  d.text = std::move(r.text);
  std::string title = first_line(d.text);
  if (title.size() <= 200) d.title = std::move(title);
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
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::Input, path + ": cannot open: " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return make_error(ErrorKind::Input, path + ": read error");
  bytes = std::move(ss).str();
  std::string id = std::filesystem::path(path).stem().string();
  if (id.empty()) id = "document";
  return make_document(std::move(id), path, bytes);
}

}  // namespace newskg
