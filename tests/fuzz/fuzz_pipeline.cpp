// libFuzzer target: any bytes as an article, through every stage and every format.
//   build: cmake -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DNEWSKG_FUZZ=ON -DNEWSKG_SANITIZE=ON
//   run:   build-fuzz/tests/fuzz_pipeline -max_total_time=60 -max_len=4096 tests/fuzz/corpus
// A crash input goes into tests/fuzz/crashers/, where the test suite replays it.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "roundtrip.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string problem =
      newskg::fuzz::roundtrip_problem(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!problem.empty()) {
    std::fprintf(stderr, "round-trip oracle: %s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
