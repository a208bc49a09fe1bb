#pragma once
// Quoting for GraphViz DOT: our own, since Boost's escape only handles '"'.
#include <string>
#include <string_view>

namespace newskg {

/// A DOT double-quoted string for any UTF-8 text: always quoted; `\` -> `\\`, `"` -> `\"`,
/// LF -> `\n`, CR dropped, other control characters -> space. Safe for labels ending in `\`,
/// keywords (graph, node, strict), `.`, and `\N`-style escapes (they stay literal).
std::string dot_quote(std::string_view s);

}  // namespace newskg
