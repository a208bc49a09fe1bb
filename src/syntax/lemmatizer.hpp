#pragma once
// Lemmas from a word and its Penn tag: exceptions learnt from a treebank, WordNet's exception
// lists, then suffix rules checked against the lemmas the treebank knows.
#include <string>
#include <string_view>
#include <vector>

#include "syntax/conllu.hpp"

namespace newskg::syntax {

/// A lemmatiser. Its tables are sorted text (one entry per line) viewed in place, in a model
/// file's sections or in strings it owns. Immutable once built: concurrent lemma() calls are safe.
class Lemmatizer {
 public:
  Lemmatizer() = default;
  /// Views tables built by build_tables(); they must outlive the lemmatiser.
  Lemmatizer(std::string_view exceptions, std::string_view known);
  std::string lemma(std::string_view form, std::string_view upos, std::string_view xpos) const;
  /// What the rules alone give (no exceptions), for building the tables and for tests.
  std::string rules(std::string_view form, std::string_view xpos) const;

  /// Builds the two tables from training sentences and WordNet's exception list (lines
  /// "form<TAB>lemma<TAB>noun|verb|adj|adv", `#` comments): `exceptions` holds
  /// "form<TAB>xpos<TAB>lemma" where the rules would be wrong, `known` every lower-case lemma seen.
  static void build_tables(const std::vector<ConlluSentence>& train, std::string_view wordnet, std::string& exceptions,
                           std::string& known);

 private:
  bool known(std::string_view lemma) const;
  std::string_view find(std::string_view form, std::string_view xpos) const;
  std::vector<std::string_view> exceptions_;  // "form\txpos\tlemma", sorted
  std::vector<std::string_view> known_;       // sorted
};

}  // namespace newskg::syntax
