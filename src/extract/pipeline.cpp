#include "extract/pipeline.hpp"

#include <algorithm>
#include <cstring>

#include "extract/coref.hpp"
#include "extract/entities.hpp"
#include "extract/frames.hpp"
#include "extract/recognised.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace newskg {

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;

// Writes the ASCII lower case of `text` to `out` (text.size() bytes; other bytes copied as they
// are); true when every byte is ASCII. Eight bytes at a time: a byte is an upper-case letter when
// its low seven bits reach 'A' but not past 'Z' and its high bit is clear, and then its 0x20 bit
// is set.
bool ascii_lower(std::string_view text, char* out) {
  const char* p = text.data();
  const std::size_t n = text.size();
  std::uint64_t high = 0;
  std::size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    const std::uint64_t x = load64(p + k);
    const std::uint64_t low7 = x & ~kHigh;
    const std::uint64_t from_a = low7 + (0x80 - 'A') * kOnes;      // high bit set: byte >= 'A'
    const std::uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit set: byte > 'Z'
    const std::uint64_t upper = from_a & ~past_z & ~x & kHigh;
    const std::uint64_t lowered = x | (upper >> 2);
    std::memcpy(out + k, &lowered, 8);
    high |= x;
  }
  for (; k < n; ++k) {
    const auto c = static_cast<unsigned char>(p[k]);
    high |= c;
    out[k] = static_cast<char>(static_cast<unsigned>(c - 'A') < 26u ? c | 0x20 : c);
  }
  return (high & kHigh) == 0;
}

}  // namespace

Pipeline::Pipeline(const Lexicon& lexicon, PipelineModels models)
    : lexicon_(lexicon), models_(models), tokenizer_(lexicon.abbreviations()) {}

Extraction Pipeline::prepare(Document doc) const {
  Extraction ex;
  ex.doc = std::move(doc);
  ex.tokens = tokenizer_.tokenize(ex.doc.text);
  // ASCII lower case of the whole text in one pass (byte for byte, so a token's lower case is at
  // its own offsets); tokens with other bytes get theirs appended after the text
  const std::string_view text = ex.doc.text;
  ex.lowered.resize(text.size());
  const bool ascii = ascii_lower(text, ex.lowered.data());
  ex.lower_at.resize(ex.tokens.size());
  ex.word_class.resize(ex.tokens.size());
  for (std::uint32_t i = 0; i < ex.tokens.size(); ++i) {
    const Token& t = ex.tokens[i];
    Extraction::Span span{t.begin, t.end - t.begin};
    if (!ascii) {
      const std::string_view w = text.substr(t.begin, t.end - t.begin);
      if (std::any_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
        span.at = static_cast<std::uint32_t>(ex.lowered.size());
        utf8::append_lower(w, ex.lowered);
        span.size = static_cast<std::uint32_t>(ex.lowered.size()) - span.at;
      }
    }
    ex.lower_at[i] = span;
  }
  for (std::uint32_t i = 0; i < ex.tokens.size(); ++i)
    ex.word_class[i] = ex.tokens[i].has(kWord) ? lexicon_.word_class(ex.lower(i)) : std::uint16_t{0};
  ex.sentences = split_sentences(ex.doc.text, ex.tokens);
  if (models_.tagger && (models_.analyse_all || models_.names)) {
    ex.syntax = syntax::analyse_text(ex.doc.text, tokenizer_, *models_.tagger, models_.parser);
  }
  return ex;
}

Extraction Pipeline::run(Document doc) const {
  Extraction ex = prepare(std::move(doc));
  std::vector<RawMention> raw =
      find_mentions(ex, lexicon_, models_.corpus_case ? *models_.corpus_case : ner::CorpusCase());
  if (models_.names && models_.tagger) {
    std::vector<const std::vector<syntax::Word>*> words;
    words.reserve(ex.syntax.size());
    for (const auto& s : ex.syntax) words.push_back(&s.words);
    const auto found = models_.names->recognise(words, rule_hints(raw, words), lexicon_);
    for (std::size_t s = 0; s < found.size(); ++s)
      for (const ner::NamedSpan& n : found[s]) {
        const auto& w = ex.syntax[s].words;
        ex.names.push_back(RecognisedName{w[n.first].begin, w[n.last - 1].end,
                                          n.type == ner::NameType::Person         ? EntityType::Person
                                          : n.type == ner::NameType::Organization ? EntityType::Organization
                                                                                  : EntityType::Location});
      }
    apply_recognised_names(ex, raw);
  }
  resolve_entities(ex, lexicon_, raw);
  if (models_.tagger && models_.parser) find_frame_relations(ex, lexicon_, *models_.tagger, *models_.parser);
  prune_entities(ex, lexicon_);
  cap_names(ex);
  return ex;
}

void cap_names(Extraction& ex) {
  for (Entity& e : ex.entities) {
    if (e.name.size() > kMaxNameBytes) utf8::truncate(e.name, kMaxNameBytes);
    if (std::any_of(e.aliases.begin(), e.aliases.end(),
                    [](const std::string& a) { return a.size() > kMaxNameBytes; })) {
      std::set<std::string> capped;
      for (std::string a : e.aliases) {
        utf8::truncate(a, kMaxNameBytes);
        capped.insert(std::move(a));
      }
      e.aliases = std::move(capped);
    }
  }
}

}  // namespace newskg
