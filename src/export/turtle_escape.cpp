#include "export/turtle_escape.hpp"

#include "common/byte_vector.hpp"

namespace newskg::turtle {

void append_string(std::string& out, std::string_view value) {
  std::size_t plain = 0;  // start of the run of bytes copied as they are
  for (std::size_t i = 0; i < value.size(); ++i) {
    for (; i + 16 <= value.size(); i += 16) {  // plain bytes sixteen at a time
      const Bytes16 x = load16(value.data() + i);
      const Bytes16 special = (x < 0x20) | (x == 0x7F) | (x == '"') | (x == '\\');
      if (any(special)) {
        i += first_set(special);
        break;
      }
    }
    if (i >= value.size()) break;
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) continue;
    out.append(value.substr(plain, i - plain));
    plain = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default: {
        static constexpr char hex[] = "0123456789ABCDEF";
        out += "\\u00";
        out += hex[c >> 4];
        out += hex[c & 0xF];
      }
    }
  }
  out.append(value.substr(plain));
}

bool plain_local_name(std::string_view local) noexcept {
  if (local.empty()) return false;
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; };
  if (!letter(local.front())) return false;
  for (const char c : local)
    if (!letter(c) && !(c >= '0' && c <= '9') && c != '-') return false;
  return true;
}

}  // namespace newskg::turtle
