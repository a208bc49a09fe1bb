#pragma once
// The fuzzing oracle, shared by the libFuzzer target and the test that replays the corpus and
// every crasher: text -> graph -> every format, and each RDF syntax parses back to the same triples.
#include <string>
#include <string_view>

namespace newskg::fuzz {

/// Runs the whole pipeline and all exporters on `input`; returns an empty string when every
/// check holds, else a description of the first problem.
std::string roundtrip_problem(std::string_view input);

}  // namespace newskg::fuzz
