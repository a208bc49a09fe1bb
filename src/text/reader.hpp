#pragma once
// Reading documents from files or standard input.
#include <istream>
#include <string>

#include "common/error.hpp"
#include "text/document.hpp"

namespace newskg {

/// Reads one text file (or "-" for standard input) into a Document: the text is repaired to
/// valid UTF-8 (with a warning naming the byte offset of the first bad sequence), the id is the
/// file's stem. Errors name the file.
Result<Document> read_document(const std::string& path);

/// The first date written in the opening lines of a text ("Tuesday, December 2, 2025",
/// "2 December 2025", "2025-12-02") as ISO yyyy-mm-dd, or empty.
std::string find_date(std::string_view text);

/// Builds a Document from bytes already in memory (used by read_document and the tests).
/// `where` names the input in warnings (default: the source).
Document make_document(std::string id, std::string source, std::string_view bytes, std::string where = {});

}  // namespace newskg
