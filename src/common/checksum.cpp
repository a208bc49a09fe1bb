#include "common/checksum.hpp"

#include <array>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define NEWSKG_CRC32_INSTRUCTION 1
#endif

namespace newskg {
namespace {

// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) without the usual pre- and
// post-inversion, as the CRC32 instruction computes it: a table per byte position of a word.
constexpr std::array<std::array<std::uint32_t, 256>, 8> kTables = [] {
  std::array<std::array<std::uint32_t, 256>, 8> t{};
  for (std::uint32_t b = 0; b < 256; ++b) {
    std::uint32_t c = b;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0x82F63B78u & (0u - (c & 1u)));
    t[0][b] = c;
  }
  for (std::size_t k = 1; k < 8; ++k)
    for (std::uint32_t b = 0; b < 256; ++b) t[k][b] = (t[k - 1][b] >> 8) ^ t[0][t[k - 1][b] & 0xFF];
  return t;
}();

// The CRC steps in software.
struct Portable {
  static std::uint32_t word(std::uint32_t crc, std::uint64_t w) noexcept {
    w ^= crc;
    std::uint32_t out = 0;
    for (std::size_t k = 0; k < 8; ++k) out ^= kTables[7 - k][(w >> (8 * k)) & 0xFF];
    return out;
  }
  static std::uint32_t byte(std::uint32_t crc, unsigned char b) noexcept {
    return (crc >> 8) ^ kTables[0][(crc ^ b) & 0xFF];
  }
};

std::uint64_t load_word(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// The lanes' CRCs and the length, mixed (multiply-xorshift) into 64 bits.
std::uint64_t finish(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::size_t n) noexcept {
  constexpr std::uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xBF58476D1CE4E5B9ull;
  std::uint64_t h = (static_cast<std::uint64_t>(a) << 32 | b) * k1;
  h = (h ^ (h >> 29) ^ (static_cast<std::uint64_t>(c) << 32 | (n & 0xFFFFFFFFu))) * k2;
  h = (h ^ (h >> 32) ^ (static_cast<std::uint64_t>(n) >> 32)) * k1;
  return h ^ (h >> 29);
}

// Lanes a, b, c take the words at 24k, 24k + 8 and 24k + 16 (three CRCs in flight: the
// instruction's latency is three times its throughput); the last bytes go to lane a. Crc's
// word() and byte() are the CRC steps, in software or by the instruction.
template <class Crc>
std::uint64_t lanes(std::string_view s) noexcept {
  std::uint32_t a = 0xFFFFFFFFu, b = 0x12345678u, c = 0x9ABCDEF0u;
  const char* p = s.data();
  std::size_t i = 0;
  for (; i + 24 <= s.size(); i += 24) {
    a = Crc::word(a, load_word(p + i));
    b = Crc::word(b, load_word(p + i + 8));
    c = Crc::word(c, load_word(p + i + 16));
  }
  for (; i + 8 <= s.size(); i += 8) a = Crc::word(a, load_word(p + i));
  for (; i < s.size(); ++i) a = Crc::byte(a, static_cast<unsigned char>(p[i]));
  return finish(a, b, c, s.size());
}

#ifdef NEWSKG_CRC32_INSTRUCTION
// The CRC32 instruction (SSE 4.2) as inline assembly, which, unlike the intrinsics, any function
// may hold, so that the loop above serves both ways; run only where the CPU has it.
struct Instruction {
  static std::uint32_t word(std::uint32_t crc, std::uint64_t w) noexcept {
    std::uint64_t c = crc;
    asm("crc32q %1, %0" : "+r"(c) : "rm"(w));
    return static_cast<std::uint32_t>(c);
  }
  static std::uint32_t byte(std::uint32_t crc, unsigned char b) noexcept {
    asm("crc32b %1, %0" : "+r"(crc) : "rm"(b));
    return crc;
  }
};
#endif

}  // namespace

std::uint64_t checksum_portable(std::string_view bytes) noexcept {
  return lanes<Portable>(bytes);
}

std::uint64_t checksum(std::string_view bytes) noexcept {
#ifdef NEWSKG_CRC32_INSTRUCTION
  static const bool has_instruction = __builtin_cpu_supports("sse4.2");
  if (has_instruction) return lanes<Instruction>(bytes);
#endif
  return checksum_portable(bytes);
}

}  // namespace newskg
