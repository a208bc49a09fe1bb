#include "export/rdf_term.hpp"

#include <algorithm>
#include <array>

#include "common/byte_vector.hpp"
#include "text/utf8.hpp"

namespace newskg {

namespace {
// Bytes an IRI may not contain: controls, space, <>"{}|^`\ (RFC 3987 as N-Triples and Turtle read it).
constexpr auto kIriForbidden = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c <= 0x20; ++c) t[static_cast<std::size_t>(c)] = true;
  for (const char c : {'<', '>', '"', '{', '}', '|', '^', '`', '\\'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();
// Bytes a plain ASCII IRI may not contain: those above, DEL and every non-ASCII byte.
constexpr auto kNotPlainAscii = [] {
  std::array<bool, 256> t = kIriForbidden;
  for (int c = 0x7F; c < 256; ++c) t[static_cast<std::size_t>(c)] = true;
  return t;
}();
// Where x holds a byte a plain ASCII IRI may not: controls and space, <>"{}|^`\, DEL and every
// non-ASCII byte. Six tests for the twelve kinds: '<' and '>' differ in one bit, as do '\' and
// '^', and '{' '|' '}' and DEL and above are the bytes from '{' on but '~'.
Bytes16 not_plain_ascii(Bytes16 x) noexcept {
  return (x <= 0x20) | ((x >= '{') & (x != '~')) | ((x | 2) == '>') | ((x | 2) == '^') | (x == '"') | (x == '`');
}
}  // namespace

bool plain_ascii_iri(std::string_view s) noexcept {
  const char* p = s.data();
  const std::size_t n = s.size();
  if (n < 16) {  // one byte at a time, without an early exit: the loop stays branch-free
    bool scheme = false, plain = true;
    for (std::size_t i = 0; i < n; ++i) {
      const auto c = static_cast<unsigned char>(p[i]);
      plain &= !kNotPlainAscii[c];
      scheme |= c == ':';
    }
    return plain && scheme;
  }
  // sixteen bytes at a time, the last sixteen overlapping the block before them: every test is
  // on one byte, so reading a byte twice changes nothing
  Bytes16 bad{}, colon{};
  for (std::size_t i = 0; i + 16 < n; i += 16) {
    const Bytes16 x = load16(p + i);
    bad |= not_plain_ascii(x);
    colon |= x == ':';
  }
  const Bytes16 last = load16(p + n - 16);
  bad |= not_plain_ascii(last);
  colon |= last == ':';
  return !any(bad) && any(colon);
}

namespace {

// True when every byte is ASCII and none is NUL (most literals): then the text is valid UTF-8
// without NUL. False says nothing.
bool ascii_without_nul(std::string_view s) noexcept {
  std::size_t i = 0;
  for (; i + 16 <= s.size(); i += 16) {
    const Bytes16 x = load16(s.data() + i);
    if (any((x == 0) | (x >= 0x80))) return false;
  }
  for (; i < s.size(); ++i)
    if (s[i] == 0 || static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

}  // namespace

bool valid_iri(std::string_view s) noexcept {
  if (plain_ascii_iri(s)) return true;  // the common case, sixteen bytes at a time
  bool scheme = false, ascii = true;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (kIriForbidden[c]) return false;
    scheme = scheme || c == ':';
    ascii = ascii && c < 0x80;
  }
  return scheme && (ascii || utf8::is_valid(s));
}

bool valid_language_tag(std::string_view s) noexcept {
  // BCP 47 shape as RDF syntaxes accept it: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
  if (s.empty()) return false;
  bool first = true, empty_part = true;
  for (const char c : s) {
    if (c == '-') {
      if (empty_part) return false;
      first = false;
      empty_part = true;
      continue;
    }
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alpha && !(!first && c >= '0' && c <= '9')) return false;
    empty_part = false;
  }
  return !empty_part;
}

bool valid_blank_label(std::string_view s) noexcept {
  if (s.empty()) return false;
  for (const char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

Status check_term(const Term& t) {
  switch (t.kind) {
    case Term::Kind::Iri:
      if (!valid_iri(t.value)) return make_error(ErrorKind::Internal, "invalid IRI <" + t.value + ">");
      return {};
    case Term::Kind::Blank:
      if (!valid_blank_label(t.value)) return make_error(ErrorKind::Internal, "invalid blank node label " + t.value);
      return {};
    case Term::Kind::Literal:
      if (!ascii_without_nul(t.value) && (!utf8::is_valid(t.value) || t.value.find('\0') != std::string::npos))
        return make_error(ErrorKind::Internal, "literal is not valid UTF-8 or contains NUL");
      if (!t.datatype.empty() && !t.language.empty())
        return make_error(ErrorKind::Internal, "literal with both a datatype and a language tag");
      if (!t.datatype.empty() && !valid_iri(t.datatype))
        return make_error(ErrorKind::Internal, "invalid datatype IRI <" + t.datatype + ">");
      if (!t.language.empty() && !valid_language_tag(t.language))
        return make_error(ErrorKind::Internal, "invalid language tag '" + t.language + "'");
      return {};
  }
  return make_error(ErrorKind::Internal, "unknown term kind");
}

Status check_triple(const Triple& t, bool graph_names, bool subject_checked, bool graph_checked) {
  for (const Term* term : {&t.s, &t.p, &t.o})
    if (term != &t.s || !subject_checked)
      if (Status st = check_term(*term); !st) return st;
  if (t.s.kind == Term::Kind::Literal || t.p.kind != Term::Kind::Iri)
    return make_error(ErrorKind::Internal, "a literal subject or a non-IRI predicate");
  if (graph_names && !graph_checked && !t.graph.empty() && !valid_iri(t.graph))
    return make_error(ErrorKind::Internal, "invalid graph IRI <" + t.graph + ">");
  return {};
}

std::string_view lf_line_ends(const std::string& value, std::string& scratch) {
  if (value.find('\r') == std::string::npos) return value;
  scratch = value;
  std::replace(scratch.begin(), scratch.end(), '\r', '\n');
  return scratch;
}

}  // namespace newskg
