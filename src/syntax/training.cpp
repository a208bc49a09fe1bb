#include "syntax/training.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "syntax/clusters.hpp"
#include "syntax/parser.hpp"
#include "syntax/tagger.hpp"
#include "syntax/tokens.hpp"
#include "syntax/word_shape.hpp"
#include "text/corpus.hpp"

namespace newskg::syntax {

Status find_treebank_files(const std::string& dir, TrainingSetup& setup) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return make_error(ErrorKind::Input, dir + ": not a directory");
  std::vector<std::string> train, dev;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::follow_directory_symlink, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.ends_with("-train.conllu")) train.push_back(it->path().string());
    if (name.ends_with("-dev.conllu")) dev.push_back(it->path().string());
  }
  if (ec) return make_error(ErrorKind::Input, dir + ": " + ec.message());
  if (train.empty()) return make_error(ErrorKind::Input, dir + ": no *-train.conllu file in it");
  std::sort(train.begin(), train.end());
  std::sort(dev.begin(), dev.end());
  setup.train_files = std::move(train);
  setup.dev_files = std::move(dev);
  return {};
}

Result<std::vector<ConlluSentence>> read_treebanks(const std::vector<std::string>& files) {
  std::vector<ConlluSentence> all;
  for (const auto& f : files) {
    auto s = read_conllu(f);
    if (!s) return s.error();
    for (auto& x : *s) all.push_back(std::move(x));
  }
  return all;
}

Result<std::vector<std::vector<std::string>>> read_corpus_words(const std::vector<std::string>& files,
                                                                const std::unordered_set<std::string>& abbreviations,
                                                                std::size_t* documents) {
  Status problem;
  auto inputs = collect_inputs(files, InputFormat::Auto, [&](const Error& e) { problem = e; });
  if (!inputs) return inputs.error();
  if (!problem) return problem.error();
  const Tokenizer tokenizer(abbreviations);
  CorpusReader reader(std::move(*inputs), [&](const Error& e) { problem = e; });
  Document doc;
  std::vector<std::vector<std::string>> sentences;
  while (reader.next(doc)) {
    if (documents) ++*documents;
    for (const auto& s : ud_sentences(doc.text, tokenizer)) {
      sentences.emplace_back();
      for (const auto& w : s.words) sentences.back().emplace_back(doc.text.substr(w.begin, w.end - w.begin));
    }
  }
  if (!problem) return problem.error();
  return sentences;
}

Status train_models(const TrainingSetup& setup, const std::string& tagger_path, const std::string& parser_path,
                    std::ostream& log) {
  auto train = read_treebanks(setup.train_files);
  if (!train) return train.error();
  if (!setup.news.empty() && setup.news_every > 0) {
    std::vector<ConlluSentence> copies = news_copies(*train, setup.news, setup.seed, setup.news_every);
    log << copies.size() << " news-shaped copies (titles before names) added to the training sentences\n";
    for (auto& c : copies) train->push_back(std::move(c));
  }
  auto dev = read_treebanks(setup.dev_files);
  if (!dev) return dev.error();
  TaggerTraining to;
  to.epochs = setup.tagger_epochs;
  to.seed = setup.seed;
  to.runs = setup.tagger_runs;
  if (!setup.wordnet_file.empty()) {
    std::ifstream in(setup.wordnet_file, std::ios::binary);
    if (!in) return make_error(ErrorKind::Input, setup.wordnet_file + ": cannot open");
    std::ostringstream ss;
    ss << in.rdbuf();
    to.wordnet = ss.str();
  }
  if (!setup.cluster_corpus.empty()) {
    std::vector<std::vector<std::string>> sentences;
    for (const auto& s : *train) {
      sentences.emplace_back();
      for (const auto& w : s.words) sentences.back().push_back(normalise(w.form));
    }
    std::size_t documents = 0;
    auto corpus = read_corpus_words(setup.cluster_corpus, setup.abbreviations, &documents);
    if (!corpus) return corpus.error();
    for (auto& s : *corpus) {
      for (auto& w : s) w = normalise(w);
      sentences.push_back(std::move(s));
    }
    log << "word classes from " << documents << " documents and the training sentences\n";
    to.clusters = WordClusters::learn(sentences, 3, &log);
  }
  log << "training on " << train->size() << " sentences (" << setup.train_files.size() << " files), " << dev->size()
      << " dev sentences\n";
  const std::string tagger_bytes = train_tagger(*train, *dev, to, &log);
  if (!tagger_path.empty())
    if (auto st = ModelWriter::write_bytes(tagger_path, tagger_bytes); !st) return st;
  if (parser_path.empty()) return {};
  auto tagger = Tagger::from_model(std::move(*ModelFile::from_bytes(tagger_bytes, "TAGR", "trained tagger")));
  if (!tagger) return tagger.error();
  // the parser's training and dev words carry predicted tags, as it will see them
  std::vector<ConlluSentence> tagged = *train;
  if (setup.jackknife > 1) {
    const auto k = static_cast<std::size_t>(setup.jackknife);
    for (std::size_t fold = 0; fold < k; ++fold) {
      std::vector<ConlluSentence> rest;
      for (std::size_t i = 0; i < train->size(); ++i)
        if (i % k != fold) rest.push_back((*train)[i]);
      log << "jackknife " << fold + 1 << "/" << k << "\n";
      TaggerTraining fold_options = to;
      fold_options.seed = setup.seed + fold + 1;
      auto part = Tagger::from_model(
          *ModelFile::from_bytes(train_tagger(rest, {}, fold_options, nullptr), "TAGR", "jackknife tagger"));
      if (!part) return part.error();
      for (std::size_t i = fold; i < tagged.size(); i += k) part->tag(tagged[i].words);
    }
  }
  std::vector<ConlluSentence> dev_tagged = *dev;
  for (auto& s : dev_tagged) tagger->tag(s.words);
  ParserTraining po;
  po.epochs = setup.parser_epochs;
  po.seed = setup.seed;
  po.runs = setup.parser_runs;
  const std::string parser_bytes = train_parser(tagged, dev_tagged, po, &log);
  return ModelWriter::write_bytes(parser_path, parser_bytes);
}

}  // namespace newskg::syntax
