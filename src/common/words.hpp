#pragma once
// Comparing a word with literal words. The hot loops of extraction compare every token with short
// closed lists ("he", "him", "his", ...); std::string_view's operator== calls memcmp for each
// candidate of the right length, where a literal's length known at compile time lets the
// compiler compare a few bytes in place.
#include <cstddef>
#include <cstring>
#include <string_view>

namespace newskg {

/// True when `w` is exactly the literal `lit`.
template <std::size_t N>
constexpr bool is_word(std::string_view w, const char (&lit)[N]) noexcept {
  return w.size() == N - 1 && std::memcmp(w.data(), lit, N - 1) == 0;
}

/// True when `w` is exactly one of the literals: is_any(w, "he", "him", "his").
template <std::size_t... N>
constexpr bool is_any(std::string_view w, const char (&... lits)[N]) noexcept {
  return (is_word(w, lits) || ...);
}

/// The possessive clitic as a token: "'s", with a straight or a curly apostrophe.
constexpr bool is_possessive_s(std::string_view w) noexcept {
  return is_any(w, "'s", "\xE2\x80\x99s");
}

/// An article in lower case: "the", "a", "an".
constexpr bool is_article(std::string_view lower) noexcept {
  return is_any(lower, "the", "a", "an");
}

/// A day of the week in lower case ("monday"): English's closed class, like the pronouns.
constexpr bool is_day_name(std::string_view lower) noexcept {
  return is_any(lower, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
}

/// A month's number (1-12) from its name in lower case ("january"), or with `abbreviated` also
/// from its first three letters or "sept" ("dec"); else 0.
constexpr int month_number(std::string_view lower, bool abbreviated = false) noexcept {
  constexpr std::string_view months[] = {"january", "february", "march",     "april",   "may",      "june",
                                         "july",    "august",   "september", "october", "november", "december"};
  if (lower.size() < 3 || lower.size() > 9) return 0;
  for (int i = 0; i < 12; ++i) {
    const std::string_view m = months[i];
    if (lower == m || (abbreviated && (lower == m.substr(0, 3) || (i == 8 && lower == "sept")))) return i + 1;
  }
  return 0;
}

}  // namespace newskg
