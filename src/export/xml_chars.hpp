#pragma once
// Characters XML 1.0 may hold: the one repair shared by every writer whose output is XML
// (GraphML, and the labels Graphviz copies into SVG).
#include <string>
#include <string_view>

namespace newskg {

/// `s` with what XML 1.0 forbids replaced: C0 controls other than TAB, LF and CR (and DEL) by a
/// space, the noncharacters U+FFFE and U+FFFF and invalid UTF-8 by U+FFFD. Escaping markup
/// (&, <, ") stays the writer's job.
std::string xml_chars(std::string_view s);

}  // namespace newskg
