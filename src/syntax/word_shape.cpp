#include "syntax/word_shape.hpp"

namespace newskg::syntax {

std::string lower_ascii(std::string_view w) {
  std::string s(w);
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string upper_ascii(std::string_view w) {
  std::string s(w);
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

std::string normalise(std::string_view w) {
  std::string s = lower_ascii(w);
  for (char& c : s)
    if (c >= '0' && c <= '9') c = '0';
  return s;
}

std::string shape(std::string_view w) {
  std::string s;
  char last = 0;
  int run = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto b = static_cast<unsigned char>(w[i]);
    char c;
    if (b >= 'A' && b <= 'Z')
      c = 'X';
    else if (b >= 'a' && b <= 'z')
      c = 'x';
    else if (b >= '0' && b <= '9')
      c = 'd';
    else if (b >= 0x80)
      c = (b & 0xC0) == 0x80 ? 0 : 'u';  // one mark per non-ASCII character
    else
      c = static_cast<char>(b);
    if (c == 0) continue;
    run = c == last ? run + 1 : 1;
    last = c;
    if (run <= 2) s += c;
  }
  return s;
}

std::string_view suffix(std::string_view w, std::size_t n) {
  if (w.size() <= n) return w;
  std::size_t at = w.size() - n;
  while (at > 0 && (static_cast<unsigned char>(w[at]) & 0xC0) == 0x80) --at;
  return w.substr(at);
}

std::string_view prefix(std::string_view w, std::size_t n) {
  if (w.size() <= n) return w;
  while (n < w.size() && (static_cast<unsigned char>(w[n]) & 0xC0) == 0x80) ++n;
  return w.substr(0, n);
}

}  // namespace newskg::syntax
