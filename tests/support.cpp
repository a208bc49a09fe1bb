#include "support.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/loaded_models.hpp"
#include "extract/pipeline.hpp"
#include "syntax/models.hpp"
#include "text/reader.hpp"

namespace newskg::test {

const Lexicon& lexicon() {
  static const Lexicon lx = [] {
    auto r = Lexicon::load(std::filesystem::path(NEWSKG_SOURCE_DIR) / "ontology" / "lexicon");
    if (!r) {
      ADD_FAILURE() << r.error().message;
      return Lexicon{};
    }
    return std::move(r).value();
  }();
  return lx;
}

const LoadedModels& models() {
  static const LoadedModels m = [] {
    auto r = LoadedModels::load(syntax::models_dir(""), true, false);
    if (!r) {
      ADD_FAILURE() << r.error().message;
      return LoadedModels{};
    }
    return std::move(r).value();
  }();
  return m;
}

Extraction extract(const std::string& text, const std::string& id) {
  static const Pipeline pipeline(lexicon(), models().view());
  return pipeline.run(make_document(id, id + ".txt", text));
}

Extraction extract_without_models(const std::string& text, const std::string& id) {
  static const Pipeline pipeline(lexicon());
  return pipeline.run(make_document(id, id + ".txt", text));
}

std::string source_dir() {
  return NEWSKG_SOURCE_DIR;
}
std::string shared_dir() {
  return (std::filesystem::path(NEWSKG_SOURCE_DIR).parent_path() / "shared").string();
}
bool have_shared() {
  return std::filesystem::exists(shared_dir() + "/eval/seed-article.txt");
}
std::string binary() {
  return NEWSKG_BINARY;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> relations(const Extraction& ex, bool asserted_only) {
  std::vector<std::string> out;
  for (const Relation& r : ex.relations) {
    if (asserted_only && r.modality != Modality::Asserted) continue;
    std::string s = ex.entities[static_cast<std::size_t>(r.agent)].name + " " + to_string(r.type) + " " +
                    ex.entities[static_cast<std::size_t>(r.target)].name;
    if (r.modality != Modality::Asserted) s += std::string(" [") + to_string(r.modality) + "]";
    out.push_back(s);
  }
  return out;
}

bool has_relation(const Extraction& ex, const std::string& a, const std::string& rel, const std::string& b,
                  Modality m) {
  for (const Relation& r : ex.relations) {
    if (to_string(r.type) != rel || r.modality != m) continue;
    const std::string& x = ex.entities[static_cast<std::size_t>(r.agent)].name;
    const std::string& y = ex.entities[static_cast<std::size_t>(r.target)].name;
    if (x == a && y == b) return true;
    if (r.type == RelationType::MetWith && x == b && y == a) return true;
  }
  return false;
}

const Entity* entity(const Extraction& ex, const std::string& name) {
  for (const Entity& e : ex.entities)
    if (e.name == name) return &e;
  return nullptr;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out.push_back(c);
    }
  }
  return out + "'";
}

RunResult run(const std::string& command) {
  TempDir tmp;
  const std::string out = tmp.path() + "/out", err = tmp.path() + "/err";
  const std::string full = "(" + command + ") >" + shell_quote(out) + " 2>" + shell_quote(err);
  const int status = std::system(full.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

TempDir::TempDir() {
  std::string templ = (std::filesystem::temp_directory_path() / "newskg-test-XXXXXX").string();
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (!::mkdtemp(buf.data())) throw std::runtime_error("mkdtemp failed");
  path_ = buf.data();
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void flip_middle_bit(const std::string& path) {
  std::fstream p(path, std::ios::in | std::ios::out | std::ios::binary);
  p.seekg(0, std::ios::end);
  const auto size = static_cast<std::streamoff>(p.tellg());
  p.seekg(size / 2);
  char c = 0;
  p.read(&c, 1);
  p.seekp(size / 2);
  c = static_cast<char>(c ^ 0x01);
  p.write(&c, 1);
}

std::string TempDir::file(const std::string& name, const std::string& content) const {
  const std::string p = path_ + "/" + name;
  std::ofstream(p, std::ios::binary) << content;
  return p;
}

}  // namespace newskg::test
