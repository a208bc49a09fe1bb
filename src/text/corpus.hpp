#pragma once
// Many documents from many inputs: text files, directories (recursive), JSONL (one article per
// line: id, title, date, url, text), standard input.
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
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
  /// The document id a text file gets (a JSONL file's articles: id-less ones get ID-LINE): the
  /// file's stem when named on the command line, its path relative to the directory given
  /// (without extension, "day1/story") when found in one; not UTF-8 bytes repaired. Empty: derive.
  std::string id;
};

/// Longest document id kept, in bytes (a longer one is cut at a character boundary, with a
/// warning): one huge id must not make a store reject a whole load. Entity names have the same
/// bound (kMaxNameBytes, extract/pipeline.hpp).
inline constexpr std::size_t kMaxIdBytes = 1000;

/// Expands paths: directories recursively (files ending .txt, .text, .jsonl, .ndjson; hidden ones
/// skipped; symlinked directories not followed; sorted), "-" as standard input. Auto-detects
/// JSONL by extension. A path that cannot be used (missing, unreadable, a directory without
/// articles, a dangling or looping symlink or unreadable subdirectory inside a directory) is
/// reported to `on_problem` naming it and why, and the others go on; an error only when no
/// input at all is left.
Result<std::vector<InputSource>> collect_inputs(const std::vector<std::string>& paths, InputFormat format,
                                                const std::function<void(const Error&)>& on_problem);

/// An error (ErrorKind::Usage) when `output` is one of the input files (the same file, through
/// any name): a run must not replace what it reads.
Status refuse_input_as_output(const std::vector<InputSource>& inputs, const std::string& output);

/// Reads documents from inputs one at a time, in order. Problems that spoil one document (a
/// broken JSONL line, an unreadable file among many) are reported to `on_error` with the file
/// and line, and reading goes on. Document ids are unique in a run, also after the IRI
/// encoding folds them ("sp ace" and "sp_ace"): a repeated one gets the suffix ~2, ~3, ...
/// and a warning naming file and line. Not thread-safe.
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
  std::unordered_set<std::string> ids_;  ///< IRI segments of the ids given so far
  void make_unique_id(Document& d, const std::string& where);
};

/// Parses one JSONL line into a document; `where` names file and line in errors, `id_base`
/// (default: the file's stem) makes the id of an article without one: ID_BASE-LINE. Invalid
/// UTF-8 is repaired with a warning; control characters in id, title and url become spaces; a
/// date that is no calendar date is left out with a warning.
Result<Document> parse_jsonl_article(std::string_view line, const std::string& where, std::size_t line_number,
                                     const std::string& id_base = {});

}  // namespace newskg
