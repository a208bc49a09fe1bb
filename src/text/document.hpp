#pragma once
// A document: one article's text (valid UTF-8) and its metadata.
#include <string>
#include <vector>

namespace newskg {

/// One news article. Owns its text. `text` is always valid UTF-8 (repaired on reading);
/// all offsets elsewhere in newskg are byte offsets into it.
struct Document {
  std::string id;      ///< stable identifier (file stem, or "stdin"); used in IRIs
  std::string source;  ///< where it came from: a path, or "-" for standard input
  std::string title;   ///< first non-empty line, when it looks like a headline
  std::string date;    ///< ISO date when known, else empty
  std::string url;     ///< the article's address, when the input gives one (JSONL "url")
  std::string text;
  std::vector<std::string> warnings;  ///< repairs made while reading (e.g. invalid UTF-8)
};

}  // namespace newskg
