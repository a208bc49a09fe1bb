#include "text/corpus.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

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

Result<Document> parse_jsonl_article(std::string_view line, const std::string& where, std::size_t n) {
  const std::string at = where + ":" + std::to_string(n);
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    return make_error(ErrorKind::Input, at + ": not valid JSON (" + std::string(e.what()).substr(0, 120) + ")");
  }
  if (!j.is_object()) return make_error(ErrorKind::Input, at + ": expected a JSON object");
  auto str = [&](const char* key) -> std::string {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return {};
    if (it->is_string()) return std::move(it->get_ref<std::string&>());  // each field is read once
    if (it->is_number_integer()) return std::to_string(it->get<long long>());
    return it->dump();
  };
  const std::string text = str("text");
  if (text.empty()) return make_error(ErrorKind::Input, at + ": no \"text\"");
  std::string id = str("id");
  if (id.empty()) id = fs::path(where).stem().string() + "-" + std::to_string(n);
  const std::string title = str("title");
  // no file or line in the document's source: the same article gives the same triples in any shard
  Document d = make_document(id, "", title.empty() ? text : title + "\n\n" + text, at);
  if (!title.empty()) d.title = title;
  if (const std::string date = str("date"); date.size() >= 10 && date[4] == '-' && date[7] == '-')
    d.date = date.substr(0, 10);
  d.url = str("url");
  return d;
}

struct CorpusReader::Jsonl {
  std::ifstream file;
  std::istream* in = nullptr;
  std::string where;
  std::size_t line = 0;
};

CorpusReader::CorpusReader(std::vector<InputSource> inputs, ErrorFn on_error)
    : inputs_(std::move(inputs)), on_error_(std::move(on_error)) {
  for (const auto& i : inputs_) total_bytes_ += i.bytes;
}

CorpusReader::~CorpusReader() {
  delete jsonl_;
}

bool CorpusReader::next_jsonl(Document& out) {
  std::string line;
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
        jsonl_ = new Jsonl;
        jsonl_->where = src.path;
        if (src.path == "-") {
          jsonl_->in = &std::cin;
        } else {
          jsonl_->file.open(src.path, std::ios::binary);
          jsonl_->in = &jsonl_->file;
          if (!jsonl_->file) {
            on_error_(make_error(ErrorKind::Input, src.path + ": cannot open"));
            delete jsonl_;
            jsonl_ = nullptr;
            ++current_;
            continue;
          }
        }
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
