#pragma once
// One entry point for every output format.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "export/dot_export.hpp"
#include "export/sink.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg {

enum class Format { Turtle, NTriples, NQuads, RdfXml, Dot, Svg, Png, GraphMl };

std::optional<Format> format_from(std::string_view name) noexcept;
const char* to_string(Format f) noexcept;
/// All format names, for --help and validation.
const std::vector<std::string>& format_names();

struct ExportOptions {
  DiagramOptions diagram;
  std::string layout;    ///< Graphviz engine for svg/png; empty: dot up to 300 entities, else sfdp
  unsigned threads = 1;  ///< threads formatting Turtle, N-Triples and N-Quads (same output whatever)
};

/// The Graphviz layout engine for a diagram of `entities` nodes (dot is readable and fast with edge
/// labels to a few hundred nodes; sfdp scales further).
std::string choose_layout(std::size_t entities);

/// Writes the graph in `format` to `sink`.
Status export_graph(const KnowledgeGraph& g, Format format, Sink& sink, const ExportOptions& options = {});

}  // namespace newskg
