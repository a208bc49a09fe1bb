#pragma once
// UTF-8 validation and repair, and code-point helpers used by the tokenizer.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newskg::utf8 {

/// Result of repairing a byte string into valid UTF-8.
struct Repair {
  std::string text;               ///< valid UTF-8; each invalid sequence became U+FFFD
  std::size_t invalid = 0;        ///< how many invalid sequences were replaced
  std::size_t first_bad = 0;      ///< byte offset (in the input) of the first invalid sequence
  std::size_t nul_bytes = 0;      ///< NUL bytes, replaced by spaces
  std::size_t noncharacters = 0;  ///< U+FFFE and U+FFFF (no XML may hold them), replaced by U+FFFD
  bool had_bom = false;           ///< a leading byte-order mark was removed
};

/// Validates `in`, replacing invalid sequences (overlongs, surrogates, truncations) and the
/// noncharacters U+FFFE/U+FFFF by U+FFFD, NUL and other C0 controls except TAB/LF/CR by a
/// space, dropping a leading BOM and turning CRLF/CR into LF.
Repair repair(std::string_view in);

/// `s` as one line of valid UTF-8 for metadata (ids, titles, file names in labels): repaired as
/// repair() does, and TAB and line ends turned into spaces too.
std::string one_line(std::string_view s);

/// Cuts `s` to at most `max_bytes` at a code point boundary (s must be valid UTF-8).
void truncate(std::string& s, std::size_t max_bytes);

/// True when `s` is valid UTF-8 (no repair needed for encoding; controls are not checked).
bool is_valid(std::string_view s) noexcept;

/// Decodes the code point at `s[i]` (s must be valid UTF-8) and advances `i`.
char32_t decode(std::string_view s, std::size_t& i) noexcept;

/// Appends the UTF-8 encoding of `cp` to `out`.
void encode(char32_t cp, std::string& out);

namespace detail {  // the non-ASCII part of the classes below
bool is_letter(char32_t cp) noexcept;
bool is_upper(char32_t cp) noexcept;
bool is_lower(char32_t cp) noexcept;
bool is_space(char32_t cp) noexcept;
char32_t to_lower(char32_t cp) noexcept;
}  // namespace detail

/// Letter classes for the scripts news is written in (Latin, Greek, Cyrillic, and others as
/// letters). ASCII is answered inline: it is nearly every character of English news.
inline bool is_letter(char32_t cp) noexcept {
  return cp < 0x80 ? (cp | 0x20) - 'a' < 26u : detail::is_letter(cp);
}
inline bool is_upper(char32_t cp) noexcept {
  return cp < 0x80 ? cp - 'A' < 26u : detail::is_upper(cp);
}
inline bool is_lower(char32_t cp) noexcept {
  return cp < 0x80 ? cp - 'a' < 26u : detail::is_lower(cp);
}
inline bool is_space(char32_t cp) noexcept {
  return cp < 0x80 ? cp == ' ' || cp - '\t' < 5u : detail::is_space(cp);  // TAB LF VT FF CR
}
inline char32_t to_lower(char32_t cp) noexcept {
  return cp < 0x80 ? (cp - 'A' < 26u ? cp + 32 : cp) : detail::to_lower(cp);
}

/// Lower-cases ASCII and the Latin-1/Latin Extended-A/Greek/Cyrillic letters.
std::string lower(std::string_view s);
/// Appends lower(s) to `out` without a temporary string.
void append_lower(std::string_view s, std::string& out);

/// Folds accents of Latin letters to ASCII where obvious ("Zelenskyy" stays, "Élysée" -> "Elysee").
std::string fold_accents(std::string_view s);

/// Number of code points in s[0, byte_offset): for character offsets in provenance.
std::size_t code_points(std::string_view s, std::size_t byte_offset) noexcept;

}  // namespace newskg::utf8
