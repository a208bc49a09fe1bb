#pragma once
// Builds extractions by hand, so export tests do not depend on the NLP stages.
#include <string>
#include <vector>

#include "extract/model.hpp"

namespace newskg::test {

struct HandEntity {
  std::string name;
  EntityType type;
  std::vector<std::string> aliases = {};
};
struct HandRelation {
  int agent, target;
  RelationType type;
  Modality modality = Modality::Asserted;
};

inline Extraction hand_extraction(const std::string& doc_id, const std::vector<HandEntity>& es,
                                  const std::vector<HandRelation>& rs, const std::string& text = "One sentence.") {
  Extraction ex;
  ex.doc.id = doc_id;
  ex.doc.source = doc_id + ".txt";
  ex.doc.text = text;
  ex.sentences.push_back(Sentence{0, 0, 0, static_cast<std::uint32_t>(text.size())});
  for (const auto& h : es) {
    Entity e;
    e.name = h.name;
    e.type = h.type;
    e.aliases.insert(h.aliases.begin(), h.aliases.end());
    e.mentions = 1;
    ex.entities.push_back(e);
  }
  for (const auto& h : rs) {
    Relation r;
    r.agent = h.agent;
    r.target = h.target;
    r.type = h.type;
    r.modality = h.modality;
    r.begin = 0;
    r.end = 3;
    r.trigger = text.substr(0, 3);
    ex.relations.push_back(r);
  }
  return ex;
}

/// Names built to break Turtle, N-Triples, DOT and IRIs.
inline std::vector<std::string> hostile_names() {
  return {"Quote \"Q\" Corp",
          "Back\\slash",
          "Trailing\\",
          "a > b < c",
          "Two\nLines",
          "graph",
          "node",
          "strict",
          ".",
          "\\N",
          "C:\\new\\table",
          "Emoji \xF0\x9F\x98\x80 Group",
          "{braces}|pipe^`tick`",
          "x/y?q=1#frag",
          "Ends with dot.",
          "Tab\tand\rCR",
          "%41 percent",
          "<script>alert(1)</script>"};
}

}  // namespace newskg::test
