#pragma once
// Escaping for Turtle (https://www.w3.org/TR/turtle/): string literals and prefixed-name local
// parts. Pure functions; thread-safe.
#include <string>
#include <string_view>

namespace newskg::turtle {

/// Appends `value` (valid UTF-8, no NUL) as the inside of a "..." literal: backslash and quote
/// escaped, LF, CR and TAB as \n \r \t, other control characters and DEL as \uXXXX; everything
/// else, including non-ASCII, as is.
void append_string(std::string& out, std::string_view value);

/// True when `local` can follow a prefix without escaping in every Turtle parser we test with
/// (Raptor, serd, N3.js): a letter or '_' first, then letters, digits, '_' and '-'. Stricter
/// than the grammar on purpose; anything else is written as a full <IRI>.
bool plain_local_name(std::string_view local) noexcept;

}  // namespace newskg::turtle
