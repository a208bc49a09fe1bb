#pragma once
// The one encoding of a string as an IRI path segment, shared by the IRIs newskg writes and by
// the corpus reader, which keeps document ids unique as the segments they become.
#include <string>
#include <string_view>

namespace newskg::iri {

/// Percent-encodes everything outside [A-Za-z0-9_~.-] (UTF-8 bytes as %XX); spaces become "_".
/// The result is a valid IRI path segment for every input, including control bytes.
std::string encode_segment(std::string_view s);
/// The same, appended to `out`.
void append_segment(std::string& out, std::string_view s);

}  // namespace newskg::iri
