#pragma once
// Sixteen bytes tested at once, through the vector types GCC and Clang provide on every target
// (SSE2 on x86-64, NEON on ARM; plain loops elsewhere): the scans over whole texts and IRIs
// that otherwise test one byte at a time.
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace newskg {

/// Sixteen bytes; a comparison gives 0xFF in each byte where it holds and 0 elsewhere.
using Bytes16 = unsigned char __attribute__((vector_size(16)));

/// The sixteen bytes at p (no alignment needed).
inline Bytes16 load16(const char* p) noexcept {
  Bytes16 v;
  std::memcpy(&v, p, 16);
  return v;
}

/// True when some byte of a comparison's result is set.
inline bool any(Bytes16 mask) noexcept {
  std::uint64_t w[2];
  std::memcpy(w, &mask, 16);
  return (w[0] | w[1]) != 0;
}

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "first_set reads the lanes as little-endian words");

/// The index of the first set byte of a comparison's result (16 when none is).
inline std::size_t first_set(Bytes16 mask) noexcept {
  std::uint64_t w[2];
  std::memcpy(w, &mask, 16);
  if (w[0]) return static_cast<std::size_t>(__builtin_ctzll(w[0])) / 8;  // little-endian lanes
  if (w[1]) return 8 + static_cast<std::size_t>(__builtin_ctzll(w[1])) / 8;
  return 16;
}

}  // namespace newskg
