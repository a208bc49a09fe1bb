#include "export/exporter.hpp"

#include "export/graphml_export.hpp"
#include "export/rdf_export.hpp"
#include "export/svg_render.hpp"

namespace newskg {

std::optional<Format> format_from(std::string_view name) noexcept {
  if (name == "turtle" || name == "ttl") return Format::Turtle;
  if (name == "ntriples" || name == "nt") return Format::NTriples;
  if (name == "nquads" || name == "nq") return Format::NQuads;
  if (name == "rdfxml" || name == "rdf") return Format::RdfXml;
  if (name == "dot") return Format::Dot;
  if (name == "svg") return Format::Svg;
  if (name == "png") return Format::Png;
  if (name == "graphml") return Format::GraphMl;
  return std::nullopt;
}

const char* to_string(Format f) noexcept {
  switch (f) {
    case Format::Turtle:
      return "turtle";
    case Format::NTriples:
      return "ntriples";
    case Format::NQuads:
      return "nquads";
    case Format::RdfXml:
      return "rdfxml";
    case Format::Dot:
      return "dot";
    case Format::Svg:
      return "svg";
    case Format::Png:
      return "png";
    case Format::GraphMl:
      return "graphml";
  }
  return "turtle";
}

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> names = {"turtle", "ntriples", "nquads", "rdfxml",
                                                 "dot",    "svg",      "png",    "graphml"};
  return names;
}

std::string choose_layout(std::size_t entities) {
  return entities <= 300 ? "dot" : "sfdp";
}

Status export_graph(const KnowledgeGraph& g, Format format, Sink& sink, const ExportOptions& options) {
  switch (format) {
    case Format::Turtle:
      return write_rdf(g, "turtle", sink, true, options.threads);
    case Format::NTriples:
      return write_rdf(g, "ntriples", sink, true, options.threads);
    case Format::NQuads:
      return write_rdf(g, "nquads", sink, true, options.threads);
    case Format::RdfXml:
      return write_rdf(g, "rdfxml", sink);
    case Format::Dot:
      return write_dot(g, sink, options.diagram);
    case Format::GraphMl:
      return write_graphml(g, sink);
    case Format::Svg:
    case Format::Png: {
      StringSink dot;
      Status st = write_dot(g, dot, options.diagram);
      if (!st) return st;
      const std::string engine =
          options.layout.empty() ? choose_layout(diagram_size(g, options.diagram)) : options.layout;
      auto image = render_dot(dot.str(), engine, format == Format::Svg ? "svg" : "png");
      if (!image) return image.error();
      if (!sink.write(*image) || !sink.flush()) return write_error(sink);
      return {};
    }
  }
  return make_error(ErrorKind::Internal, "unknown format");
}

}  // namespace newskg
