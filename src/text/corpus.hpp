#pragma once
// Many documents from many inputs: text files, directories (recursive), JSONL (one article per
// line: id, title, date, url, text), standard input.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "text/document.hpp"

namespace newskg {

enum class InputFormat { Auto, Text, Jsonl };

/// One input as given on the command line, resolved: a file (or "-") and how to read it.
struct InputSource {
  std::string path;
  InputFormat format = InputFormat::Text;
  std::uint64_t bytes = 0;  ///< size when known (for progress), else 0
};

/// Expands paths: directories recursively (files ending .txt, .text, .jsonl, .ndjson; hidden ones
/// skipped; sorted), "-" as standard input. Auto-detects JSONL by extension. A path that does not
/// exist, or a directory without articles, is an input error naming it.
Result<std::vector<InputSource>> collect_inputs(const std::vector<std::string>& paths, InputFormat format);

/// Reads documents from inputs one at a time, in order. Problems that spoil one document (a
/// broken JSONL line, an unreadable file among many) are reported to `on_error` with the file
/// and line, and reading goes on. Not thread-safe.
class CorpusReader {
 public:
  using ErrorFn = std::function<void(const Error&)>;
  CorpusReader(std::vector<InputSource> inputs, ErrorFn on_error);
  ~CorpusReader();
  CorpusReader(const CorpusReader&) = delete;
  CorpusReader& operator=(const CorpusReader&) = delete;

  /// The next document, or false at the end.
  bool next(Document& out);
  std::uint64_t bytes_read() const { return bytes_read_; }
  std::uint64_t total_bytes() const { return total_bytes_; }

 private:
  bool next_jsonl(Document& out);
  std::vector<InputSource> inputs_;
  ErrorFn on_error_;
  std::size_t current_ = 0;
  struct Jsonl;
  Jsonl* jsonl_ = nullptr;  ///< the JSONL file being read (owned)
  std::uint64_t bytes_read_ = 0, total_bytes_ = 0;
};

/// Parses one JSONL line into a document; `where` names file and line in errors.
Result<Document> parse_jsonl_article(std::string_view line, const std::string& where, std::size_t line_number);

}  // namespace newskg
