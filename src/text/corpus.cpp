#include "text/corpus.hpp"

#include <fcntl.h>
#include <simdjson.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ext/stdio_filebuf.h>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

#include "common/iri_segment.hpp"
#include "text/reader.hpp"
#include "text/utf8.hpp"

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

bool is_article(const fs::path& p) {
  return has_ext(p.string(), {".txt", ".text", ".jsonl", ".ndjson"});
}

// The id of a file found under `root`: its path relative to root, without the extension.
std::string relative_id(const fs::path& root, const fs::path& file) {
  fs::path rel = file.lexically_relative(root);
  if (rel.empty()) rel = file.filename();
  rel.replace_extension();
  return utf8::one_line(rel.generic_string());  // file names need not be UTF-8
}

constexpr int kMaxDepth = 64;

// Every article file under `dir`, recursively: hidden entries skipped, symlinked directories not
// followed (no loops), problems reported and walked past.
void walk(const fs::path& dir, int depth, std::vector<fs::path>& files,
          const std::function<void(const Error&)>& problem) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    problem(make_error(ErrorKind::Input, dir.string() + ": cannot read directory: " + ec.message() + "; skipped"));
    return;
  }
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code lec, sec;
    const fs::file_status link = it->symlink_status(lec);
    const fs::file_status st = it->status(sec);
    if (sec && fs::is_symlink(link)) {
      const bool loop = sec.value() == ELOOP;
      if (is_article(p) || loop)
        problem(make_error(ErrorKind::Input, p.string() + (loop ? ": symlink loop (" : ": dangling symlink (") +
                                                 sec.message() + "); skipped"));
      continue;
    }
    if (sec) {
      problem(make_error(ErrorKind::Input, p.string() + ": " + sec.message() + "; skipped"));
      continue;
    }
    if (fs::is_directory(st)) {
      if (fs::is_symlink(link)) continue;  // not followed: a link to a parent would loop
      if (depth >= kMaxDepth) {
        problem(make_error(ErrorKind::Input, p.string() + ": directories nested too deep; skipped"));
        continue;
      }
      walk(p, depth + 1, files, problem);
    } else if (fs::is_regular_file(st) && is_article(p)) {
      files.push_back(p);
    }
  }
  if (ec) problem(make_error(ErrorKind::Input, dir.string() + ": cannot read directory: " + ec.message()));
}

}  // namespace

Result<std::vector<InputSource>> collect_inputs(const std::vector<std::string>& paths, InputFormat format,
                                                const std::function<void(const Error&)>& on_problem) {
  std::vector<InputSource> out;
  Error last{ErrorKind::Input, ""};
  std::size_t problems = 0;
  const auto problem = [&](Error e) {
    ++problems;
    last = e;
    on_problem(e);
  };
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back({p, format == InputFormat::Auto ? InputFormat::Text : format, 0, "stdin"});
      continue;
    }
    std::error_code ec;
    const auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      problem(make_error(ErrorKind::Input, p + ": " + (ec ? ec.message() : std::string(std::strerror(ENOENT)))));
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> files;
      const std::size_t before = problems;
      walk(p, 0, files, problem);
      if (files.empty()) {  // unless walking it said why already (an unreadable directory)
        if (problems == before)
          problem(make_error(ErrorKind::Input, p + ": directory holds no articles (*.txt, *.jsonl)"));
        continue;
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& f : files)
        out.push_back({f.string(), detect(f.string(), format), static_cast<std::uint64_t>(fs::file_size(f, ec)),
                       relative_id(p, f)});
      continue;
    }
    out.push_back({p, detect(p, format), static_cast<std::uint64_t>(fs::file_size(p, ec)),
                   utf8::one_line(fs::path(p).stem().string())});
  }
  if (out.empty() && problems) return last;
  if (out.empty())
    out.push_back({"-", format == InputFormat::Jsonl ? InputFormat::Jsonl : InputFormat::Text, 0, "stdin"});
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

namespace {

// A metadata field on one line, valid UTF-8 without controls; a warning when it had to change.
void clean_field(std::string& value, const char* name, const std::string& at, std::vector<std::string>& warnings) {
  std::string clean = utf8::one_line(value);
  if (clean != value) {
    warnings.push_back(at + ": control characters or invalid UTF-8 in \"" + name + "\" replaced");
    value = std::move(clean);
  }
}

}  // namespace

Result<Document> parse_jsonl_article(std::string_view line_in, const std::string& where, std::size_t n,
                                     const std::string& id_base) {
  const std::string at = where + ":" + std::to_string(n);
  std::vector<std::string> warnings;
  // invalid UTF-8 inside a string is repaired as in text files, not a reason to drop the line
  std::string repaired;
  std::string_view line = line_in;
  if (!utf8::is_valid(line)) {
    utf8::Repair r = utf8::repair(line);
    warnings.push_back(at + ": invalid UTF-8 at byte " + std::to_string(r.first_bad) + " of the line (" +
                       std::to_string(r.invalid) + " sequence(s) replaced by U+FFFD)");
    repaired = std::move(r.text);
    line = repaired;
  }
  ArticleFields f;
  if (auto fast = fields_simdjson(line)) {
    f = std::move(*fast);
  } else {
    auto slow = fields_nlohmann(line, at);
    if (!slow) return slow.error();
    f = std::move(*slow);
  }
  if (f.text.empty()) return make_error(ErrorKind::Input, at + ": no \"text\"");
  clean_field(f.id, "id", at, warnings);
  clean_field(f.title, "title", at, warnings);
  clean_field(f.url, "url", at, warnings);
  if (f.id.find_first_not_of(' ') == std::string::npos)
    f.id = (id_base.empty() ? utf8::one_line(fs::path(where).stem().string()) : id_base) + "-" + std::to_string(n);
  // no file or line in the document's source: the same article gives the same triples in any shard
  // the title opens the text, unless the text already opens with it as its own line (as in the
  // BBC corpus): a headline read twice would count its names twice
  const std::size_t lead = std::min(f.text.find_first_not_of(" \t\r\n"), f.text.size());
  const std::string_view body = std::string_view(f.text).substr(lead);
  const bool headed = !f.title.empty() && body.starts_with(f.title) &&
                      (body.size() == f.title.size() || body[f.title.size()] == '\n' || body[f.title.size()] == '\r');
  Document d = make_document(f.id, "", f.title.empty() || headed ? f.text : f.title + "\n\n" + f.text, at);
  if (!f.title.empty()) d.title = f.title;
  // the date comes from the metadata only, never from the body
  d.date.clear();
  if (!f.date.empty()) {
    d.date = iso_date_prefix(f.date);
    if (d.date.empty())
      warnings.push_back(at + ": \"date\" " + utf8::one_line(f.date.substr(0, 40)) +
                         " is not a date (yyyy-mm-dd); left out");
  }
  d.url = std::move(f.url);
  d.warnings.insert(d.warnings.begin(), warnings.begin(), warnings.end());
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
  std::string id_base;  ///< ids of articles without one: ID_BASE-LINE
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
    auto d = parse_jsonl_article(line, jsonl_->where, jsonl_->line, jsonl_->id_base);
    if (!d) {
      on_error_(d.error());
      continue;
    }
    out = std::move(*d);
    make_unique_id(out, jsonl_->where + ":" + std::to_string(jsonl_->line));
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
          on_error_(make_error(ErrorKind::Input, src.path + ": cannot open: " + std::strerror(errno)));
          ++current_;
          continue;
        }
        jsonl_ = new Jsonl;
        jsonl_->where = src.path;
        jsonl_->id_base = src.path == "-" ? std::string() : src.id;
        jsonl_->input.emplace(fd, std::ios::in | std::ios::binary, Jsonl::kStreamBuffer);
        jsonl_->in.emplace(&*jsonl_->input);
      }
      if (next_jsonl(out)) return true;
      continue;
    }
    ++current_;
    auto d = read_document(src.path, src.id);
    if (!d) {
      on_error_(d.error());
      continue;
    }
    bytes_read_ += src.bytes ? src.bytes : d->text.size();
    out = std::move(*d);
    make_unique_id(out, src.path == "-" ? "<stdin>" : src.path);
    return true;
  }
  return false;
}

void CorpusReader::make_unique_id(Document& d, const std::string& where) {
  if (d.id.size() > kMaxIdBytes) {
    utf8::truncate(d.id, kMaxIdBytes);
    d.warnings.push_back(where + ": document id longer than " + std::to_string(kMaxIdBytes) + " bytes; cut");
  }
  // ids are compared as the IRI segments they become: "sp ace" and "sp_ace" are one
  if (ids_.insert(iri::encode_segment(d.id)).second) return;
  for (std::size_t k = 2;; ++k) {
    std::string candidate = d.id + "~" + std::to_string(k);
    if (ids_.insert(iri::encode_segment(candidate)).second) {
      d.warnings.push_back(where + ": document id '" + d.id + "' was already used in this run; this document is '" +
                           candidate + "'");
      d.id = std::move(candidate);
      return;
    }
  }
}

Status refuse_input_as_output(const std::vector<InputSource>& inputs, const std::string& output) {
  struct stat out;
  if (::stat(output.c_str(), &out) != 0 || !S_ISREG(out.st_mode)) return {};
  for (const InputSource& in : inputs) {
    struct stat st;
    if (in.path != "-" && ::stat(in.path.c_str(), &st) == 0 && st.st_dev == out.st_dev && st.st_ino == out.st_ino)
      return make_error(ErrorKind::Usage,
                        output + ": the output is one of the inputs (" + in.path + "); nothing was read or written");
  }
  return {};
}

}  // namespace newskg
