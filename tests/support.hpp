#pragma once
// Shared helpers for the test suite: the lexicon, paths, running the CLI.
#include <string>
#include <vector>

#include "extract/lexicon.hpp"
#include "extract/loaded_models.hpp"
#include "extract/model.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg::test {

/// The project's lexicon (ontology/lexicon), loaded once.
const Lexicon& lexicon();
/// The shipped tagger and parser (src/syntax/models), and the recogniser's model for its corpus
/// case table only, loaded once.
const LoadedModels& models();
/// Runs the whole extraction pipeline on a text, as `newskg extract` does (with the shipped
/// tagger and parser: relations from the frames, the patterns where they find nothing).
Extraction extract(const std::string& text, const std::string& id = "t");
/// The same without models: the rules' entities (without the recogniser's corpus case table), no
/// relations (they are read from parses).
Extraction extract_without_models(const std::string& text, const std::string& id = "t");
/// Path of the source tree, the shared directory (may not exist), the newskg binary.
std::string source_dir();
std::string shared_dir();
bool have_shared();
std::string binary();
std::string read_file(const std::string& path);
/// Flips one bit in the middle of a file (a model's weights: only its checksum can tell).
void flip_middle_bit(const std::string& path);

/// "Agent relation Target [modality]" for every relation, e.g. "Vladimir Putin metWith Steve Whitkoff".
std::vector<std::string> relations(const Extraction& ex, bool asserted_only = false);
/// True when a relation "a rel b" (metWith in either direction) is present with that modality.
bool has_relation(const Extraction& ex, const std::string& a, const std::string& rel, const std::string& b,
                  Modality m = Modality::Asserted);
/// The entity named `name` (canonical), or nullptr.
const Entity* entity(const Extraction& ex, const std::string& name);

struct RunResult {
  int exit_code = -1;
  std::string out;  ///< standard output
  std::string err;  ///< standard error
};
/// Runs a shell command line, capturing stdout and stderr.
RunResult run(const std::string& command);
std::string shell_quote(const std::string& s);
/// The newskg binary, quoted for a shell command line.
inline std::string bin() {
  return shell_quote(binary());
}

/// A temporary directory removed at destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }
  std::string file(const std::string& name, const std::string& content) const;

 private:
  std::string path_;
};

}  // namespace newskg::test
