#pragma once
// One entry point for every output format.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "export/sink.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

enum class Format { Turtle, NTriples, NQuads, RdfXml, Dot, Svg };

std::optional<Format> format_from(std::string_view name) noexcept;
const char* to_string(Format f) noexcept;
/// All format names, for --help and validation.
const std::vector<std::string>& format_names();

/// Writes the graph in `format` to `sink`.
Status export_graph(const KnowledgeGraph& g, Format format, Sink& sink);

}  // namespace newskg
