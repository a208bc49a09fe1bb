#pragma once
// Rendering DOT to SVG with the Graphviz C library (libgvc).
#include <string>

#include "common/error.hpp"

namespace newskg {

/// Lays out `dot` with `engine` ("dot", "sfdp", ...) and renders it as `format` ("svg", "png").
/// Graphviz's syntax errors become a Render error with its message.
Result<std::string> render_dot(const std::string& dot, const std::string& engine = "dot",
                               const std::string& format = "svg");

}  // namespace newskg
