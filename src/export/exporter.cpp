#include "export/exporter.hpp"

#include "export/dot_export.hpp"
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
  }
  return "turtle";
}

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> names = {"turtle", "ntriples", "nquads", "rdfxml", "dot", "svg"};
  return names;
}

Status export_graph(const KnowledgeGraph& g, Format format, Sink& sink) {
  switch (format) {
    case Format::Turtle:
      return write_rdf(g, "turtle", sink);
    case Format::NTriples:
      return write_rdf(g, "ntriples", sink);
    case Format::NQuads:
      return write_rdf(g, "nquads", sink);
    case Format::RdfXml:
      return write_rdf(g, "rdfxml", sink);
    case Format::Dot:
      return write_dot(g, sink);
    case Format::Svg: {
      StringSink dot;
      Status st = write_dot(g, dot);
      if (!st) return st;
      auto svg = render_dot(dot.str(), "dot", "svg");
      if (!svg) return svg.error();
      if (!sink.write(*svg) || !sink.flush()) return make_error(ErrorKind::Output, "write failed");
      return {};
    }
  }
  return make_error(ErrorKind::Internal, "unknown format");
}

}  // namespace newskg
