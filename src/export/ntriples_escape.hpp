#pragma once
// Escaping for N-Triples and N-Quads (https://www.w3.org/TR/n-triples/), in the ASCII-only form
// Raptor writes: every non-ASCII character as \uXXXX or \UXXXXXXXX. Pure functions; thread-safe.
#include <string>
#include <string_view>

namespace newskg::ntriples {

/// Appends the inside of a "..." literal: backslash and quote escaped, LF, CR and TAB as \n \r
/// \t, other control characters, DEL and all non-ASCII as \uXXXX / \UXXXXXXXX (upper-case hex).
/// `value` must be valid UTF-8.
void append_string(std::string& out, std::string_view value);

/// Appends the inside of an <IRI> (one that passed valid_iri): ASCII as is, non-ASCII as
/// \uXXXX / \UXXXXXXXX.
void append_iri(std::string& out, std::string_view iri);

}  // namespace newskg::ntriples
