#pragma once
// Reading documents from files or standard input.
#include <istream>
#include <string>

#include "common/error.hpp"
#include "text/document.hpp"

namespace newskg {

/// Reads one text file (or "-" for standard input) into a Document: the text is repaired to
/// valid UTF-8 (with a warning naming the byte offset of the first bad sequence), the id is `id`
/// or else the file's stem. Errors name the file and say why (strerror).
Result<Document> read_document(const std::string& path, const std::string& id = {});

/// The document's date, from its metadata lines only: the first date ("Tuesday, December 2,
/// 2025", "2 December 2025", "2025-12-02") in a date line or dateline at the top of the text
/// (one of its first five non-empty lines of at most 80 bytes, or the part of the first
/// paragraph before its dateline dash), as ISO yyyy-mm-dd; empty when there is none. A date in
/// the body ("by the March 4, 2026 deadline") is never the document's.
std::string find_date(std::string_view text);

/// The ISO date a metadata value starts with ("2024-05-01", "2024-05-01T10:00:00Z"), when it is
/// a calendar date; else empty ("2024-13-45", "yesterday").
std::string iso_date_prefix(std::string_view value);

/// Builds a Document from bytes already in memory (used by read_document and the tests).
/// `where` names the input in warnings (default: the source).
Document make_document(std::string id, std::string source, std::string_view bytes, std::string where = {});

}  // namespace newskg
