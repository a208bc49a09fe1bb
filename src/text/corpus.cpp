#include "text/corpus.hpp"

#include <fcntl.h>
#include <simdjson.h>
#include <unistd.h>

#include <algorithm>
#include <ext/stdio_filebuf.h>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "text/reader.hpp"

namespace newskg {
namespace fs = std::filesystem;

namespace {

bool has_ext(const std::string& p, std::initializer_list<const char*> exts) {
  const std::string e = fs::path(p).extension().string();
  return std::any_of(exts.begin(), exts.end(), [&](const char* x) { return e == x; });
}

InputFormat detect(const std::string& path, InputFormat f) {
  if (f != InputFormat::Auto) return f;
  return has_ext(path, {".jsonl", ".ndjson"}) ? InputFormat::Jsonl : InputFormat::Text;
}

}  // namespace

Result<std::vector<InputSource>> collect_inputs(const std::vector<std::string>& paths, InputFormat format) {
  std::vector<InputSource> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back({p, format == InputFormat::Auto ? InputFormat::Text : format, 0});
      continue;
    }
    std::error_code ec;
    const auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) return make_error(ErrorKind::Input, p + ": no such file or directory");
    if (fs::is_directory(st)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory()) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file() && has_ext(it->path().string(), {".txt", ".text", ".jsonl", ".ndjson"}))
          files.push_back(it->path().string());
      }
      if (ec) return make_error(ErrorKind::Input, p + ": cannot read directory: " + ec.message());
      if (files.empty()) return make_error(ErrorKind::Input, p + ": directory holds no articles (*.txt, *.jsonl)");
      std::sort(files.begin(), files.end());
      for (auto& f : files) out.push_back({f, detect(f, format), static_cast<std::uint64_t>(fs::file_size(f, ec))});
      continue;
    }
    out.push_back({p, detect(p, format), static_cast<std::uint64_t>(fs::file_size(p, ec))});
  }
  if (out.empty()) out.push_back({"-", format == InputFormat::Jsonl ? InputFormat::Jsonl : InputFormat::Text, 0});
  return out;
}

namespace {

// The article fields of one JSONL line. A value is its string, an integer's decimal digits, or
// (for other JSON values) its compact serialisation; null and absent are empty.
struct ArticleFields {
  std::string id, title, text, date, url;
  std::string* slot(std::string_view key) {
    if (key == "id") return &id;
    if (key == "title") return &title;
    if (key == "text") return &text;
    if (key == "date") return &date;
    if (key == "url") return &url;
    return nullptr;
  }
};

// The fast path: simdjson validates the whole line (structure and UTF-8) at GB/s. It gives up
// (nullopt) on anything unusual (invalid JSON, not an object, a field that is neither string,
// integer nor null) and the reference parser below decides, with its precise messages.
std::optional<ArticleFields> fields_simdjson(std::string_view line) {
  thread_local simdjson::dom::parser parser;
  thread_local std::string padded;
  padded.assign(line);
  padded.resize(line.size() + simdjson::SIMDJSON_PADDING, ' ');
  simdjson::dom::element root;
  if (parser.parse(padded.data(), line.size(), false).get(root) != simdjson::SUCCESS) return std::nullopt;
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) return std::nullopt;
  ArticleFields f;
  for (auto field : obj) {
    std::string* out = f.slot(field.key);
    if (!out) continue;
    switch (field.value.type()) {
      case simdjson::dom::element_type::STRING:
        out->assign(std::string_view(field.value));
        break;
      case simdjson::dom::element_type::INT64:
        *out = std::to_string(std::int64_t(field.value));
        break;
      case simdjson::dom::element_type::UINT64:
        *out = std::to_string(std::uint64_t(field.value));
        break;
      case simdjson::dom::element_type::NULL_VALUE:
        out->clear();
        break;
      default:
        return std::nullopt;
    }
  }
  return f;
}

Result<ArticleFields> fields_nlohmann(std::string_view line, const std::string& at) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return make_error(ErrorKind::Input, at + ": not valid JSON (" + std::string(e.what()).substr(0, 120) + ")");
  }
  if (!j.is_object()) return make_error(ErrorKind::Input, at + ": expected a JSON object");
  ArticleFields f;
  for (auto& [key, value] : j.items()) {
    std::string* out = f.slot(key);
    if (!out || value.is_null()) continue;
    if (value.is_string())
      *out = std::move(value.get_ref<std::string&>());
    else if (value.is_number_integer())
      *out = value.is_number_unsigned() ? std::to_string(value.get<std::uint64_t>())
                                        : std::to_string(value.get<std::int64_t>());
    else
      *out = value.dump();
  }
  return f;
}

}  // namespace

Result<Document> parse_jsonl_article(std::string_view line, const std::string& where, std::size_t n) {
  const std::string at = where + ":" + std::to_string(n);
  ArticleFields f;
  if (auto fast = fields_simdjson(line)) {
    f = std::move(*fast);
  } else {
    auto slow = fields_nlohmann(line, at);
    if (!slow) return slow.error();
    f = std::move(*slow);
  }
  if (f.text.empty()) return make_error(ErrorKind::Input, at + ": no \"text\"");
  if (f.id.empty()) f.id = fs::path(where).stem().string() + "-" + std::to_string(n);
  // no file or line in the document's source: the same article gives the same triples in any shard
  // the title opens the text, unless the text already opens with it as its own line (as in the
  // BBC corpus): a headline read twice would count its names twice
  const std::size_t lead = std::min(f.text.find_first_not_of(" \t\r\n"), f.text.size());
  const std::string_view body = std::string_view(f.text).substr(lead);
  const bool headed = !f.title.empty() && body.starts_with(f.title) &&
                      (body.size() == f.title.size() || body[f.title.size()] == '\n' || body[f.title.size()] == '\r');
  Document d = make_document(f.id, "", f.title.empty() || headed ? f.text : f.title + "\n\n" + f.text, at);
  if (!f.title.empty()) d.title = f.title;
  if (f.date.size() >= 10 && f.date[4] == '-' && f.date[7] == '-') d.date = f.date.substr(0, 10);
  d.url = std::move(f.url);
  return d;
}

struct CorpusReader::Jsonl {
  /// The file, or a duplicate of descriptor 0 (a stdio_filebuf closes its descriptor when
  /// destroyed, and standard input must stay open), read 1 MiB at a time, not 8 KiB as
  /// std::ifstream or 4 KiB as std::cin would: a read costs a system call, and on a virtual
  /// machine a system call costs many microseconds.
  static constexpr std::size_t kStreamBuffer = std::size_t{1} << 20;
  std::optional<__gnu_cxx::stdio_filebuf<char>> input;
  std::optional<std::istream> in;
  std::string where;
  std::size_t line = 0;
  std::string buffer;
};

CorpusReader::CorpusReader(std::vector<InputSource> inputs, ErrorFn on_error)
    : inputs_(std::move(inputs)), on_error_(std::move(on_error)) {
  for (const auto& i : inputs_) total_bytes_ += i.bytes;
}

CorpusReader::~CorpusReader() {
  delete jsonl_;
}

bool CorpusReader::next_jsonl(Document& out) {
  std::string& line = jsonl_->buffer;  // keeps its capacity from line to line
  while (std::getline(*jsonl_->in, line)) {
    ++jsonl_->line;
    bytes_read_ += line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto d = parse_jsonl_article(line, jsonl_->where, jsonl_->line);
    if (!d) {
      on_error_(d.error());
      continue;
    }
    out = std::move(*d);
    return true;
  }
  if (jsonl_->in->bad()) on_error_(make_error(ErrorKind::Input, jsonl_->where + ": read error"));
  delete jsonl_;
  jsonl_ = nullptr;
  ++current_;
  return false;
}

bool CorpusReader::next(Document& out) {
  while (current_ < inputs_.size()) {
    const InputSource& src = inputs_[current_];
    if (src.format == InputFormat::Jsonl) {
      if (!jsonl_) {
        const int fd =
            src.path == "-" ? ::fcntl(0, F_DUPFD_CLOEXEC, 0) : ::open(src.path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
          on_error_(make_error(ErrorKind::Input, src.path + ": cannot open"));
          ++current_;
          continue;
        }
        jsonl_ = new Jsonl;
        jsonl_->where = src.path;
        jsonl_->input.emplace(fd, std::ios::in | std::ios::binary, Jsonl::kStreamBuffer);
        jsonl_->in.emplace(&*jsonl_->input);
      }
      if (next_jsonl(out)) return true;
      continue;
    }
    ++current_;
    auto d = read_document(src.path);
    if (!d) {
      on_error_(d.error());
      continue;
    }
    bytes_read_ += src.bytes ? src.bytes : d->text.size();
    out = std::move(*d);
    return true;
  }
  return false;
}

}  // namespace newskg
