#pragma once
// A fast 64-bit checksum of a byte string, for files this program writes and reads back (the
// compiled lexicon, the fingerprint of the lexicon files): not cryptographic, catches corruption.
#include <cstdint>
#include <string_view>

namespace newskg {

/// Three CRC-32C lanes over consecutive 8-byte words, mixed with the length into 64 bits. Uses
/// the CPU's CRC32 instruction where there is one (x86-64 with SSE4.2: a few GB/s), else the
/// same arithmetic in software: the value is the same on every machine. Thread-safe.
std::uint64_t checksum(std::string_view bytes) noexcept;

/// checksum() in software only (what machines without the instruction compute; for tests).
std::uint64_t checksum_portable(std::string_view bytes) noexcept;

}  // namespace newskg
