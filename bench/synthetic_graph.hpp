#pragma once
// A synthetic knowledge graph of about N triples, for benchmarks of the writers.
#include <cstddef>
#include <string>

#include "extract/model.hpp"
#include "graph/knowledge_graph.hpp"

namespace newskg::bench {

/// Builds a graph whose RDF export has about `triples` triples: entities of every type with
/// labels and aliases (some non-ASCII), relation mentions of every type and modality spread over
/// documents of 50 relations each. Deterministic.
inline KnowledgeGraph synthetic_graph(std::size_t triples) {
  KnowledgeGraph g;
  const std::size_t relations = triples / 24 + 1;
  const std::size_t per_doc = 50;
  const EntityType types[] = {EntityType::Person, EntityType::Organization, EntityType::Country, EntityType::City,
                              EntityType::Location};
  const RelationType rels[] = {RelationType::MetWith, RelationType::Accused, RelationType::Sanctioned,
                               RelationType::Captured};
  std::size_t made = 0;
  for (std::size_t doc = 0; made < relations; ++doc) {
    Extraction ex;
    ex.doc.id = "doc" + std::to_string(doc);
    ex.doc.source = "synthetic/" + ex.doc.id + ".txt";
    ex.doc.title = "Synthetic article " + std::to_string(doc);
    ex.doc.date = "2026-01-01";
    std::string text;
    for (std::size_t r = 0; r < per_doc && made < relations; ++r, ++made) {
      const std::size_t a = made, b = made + 1;
      const auto sentence_begin = static_cast<std::uint32_t>(text.size());
      text += "Entity " + std::to_string(a) + " met Zoë Ñandú " + std::to_string(b) + " in the city of Kraków today. ";
      ex.sentences.push_back(Sentence{0, 0, sentence_begin, static_cast<std::uint32_t>(text.size())});
      for (std::size_t k : {a, b}) {
        Entity e;
        e.type = types[k % 5];
        e.name = (k % 7 == 0 ? "Zoë Ñandú " : "Entity ") + std::to_string(k);
        e.aliases = {"Alias " + std::to_string(k)};
        e.mentions = 1;
        ex.entities.push_back(std::move(e));
      }
      Relation rel;
      rel.type = rels[made % 4];
      if (rel.type == RelationType::Captured) ex.entities.back().type = EntityType::City;
      if (ex.entities[ex.entities.size() - 2].type == EntityType::City)
        ex.entities[ex.entities.size() - 2].type = EntityType::Country;
      rel.agent = static_cast<int>(ex.entities.size() - 2);
      rel.target = static_cast<int>(ex.entities.size() - 1);
      rel.modality = made % 5 == 0 ? Modality::Planned : Modality::Asserted;
      rel.sentence = static_cast<std::uint32_t>(ex.sentences.size() - 1);
      rel.begin = sentence_begin + 7;
      rel.end = sentence_begin + 12;
      rel.trigger = "met";
      ex.relations.push_back(rel);
    }
    ex.doc.text = std::move(text);
    g.add(ex);
  }
  return g;
}

}  // namespace newskg::bench
