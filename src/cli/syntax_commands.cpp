#include "cli/syntax_commands.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "common/error.hpp"
#include "export/atomic_file.hpp"
#include "extract/lexicon.hpp"
#include "extract/lexicon_cache.hpp"
#include "extract/ner_data.hpp"
#include "extract/recognised.hpp"
#include "extract/recogniser.hpp"
#include "syntax/analysis.hpp"
#include "syntax/evaluate.hpp"
#include "syntax/models.hpp"
#include "syntax/training.hpp"
#include "text/corpus.hpp"

namespace newskg::cli {
namespace {

int fail(const Error& e) {
  std::cerr << "newskg: " << e.message << "\n";
  return exit_code(e.kind);
}

struct TrainOptions {
  std::string what;
  std::string treebank = "../shared/treebanks";
  std::string output;
  std::string wordnet;
  std::string ontology;
  syntax::TrainingSetup setup;
  ner::RecogniserTraining names;
};

// Reads named-entity files (UNER IOB2 or GUM CoNLL-U) into one list of documents.
Result<std::vector<ner::NerDocument>> read_name_files(const std::vector<std::string>& files, const Lexicon& lexicon) {
  std::vector<ner::NerDocument> all;
  for (const auto& f : files) {
    auto docs = ner::read_ner_file(f, lexicon);
    if (!docs) return docs.error();
    for (auto& d : *docs) all.push_back(std::move(d));
  }
  return all;
}

// Trains the recogniser from the treebank directory's named-entity files (GUM's train CoNLL-U
// with Entity= annotations and UNER's dev IOB2 file; GUM's dev file to report progress) with the
// tagger in `dir`, and writes it there.
int train_names(const TrainOptions& o, const std::string& dir) {
  ner::NameFiles files;
  if (auto st = ner::find_name_files(o.treebank, files); !st) return fail(st.error());
  for (const auto& f : files.train) std::cerr << "names train: " << f << "\n";
  for (const auto& f : files.dev) std::cerr << "names dev:   " << f << "\n";
  auto lexicon = load_lexicon(lexicon_dir(o.ontology), default_cache_dir());
  if (!lexicon) return fail(lexicon.error());
  auto tagger = syntax::Tagger::load(dir + "/" + syntax::kTaggerFile);
  if (!tagger) return fail(tagger.error());
  auto train = read_name_files(files.train, lexicon->lexicon);
  if (!train) return fail(train.error());
  auto dev = read_name_files(files.dev, lexicon->lexicon);
  if (!dev) return fail(dev.error());
  // Tags as the recogniser will see them: a treebank file the tagger learnt from is tagged by a
  // tagger trained without it (its own tags would be nearly perfect, and trusted too much)
  syntax::TrainingSetup tb;
  (void)syntax::find_treebank_files(o.treebank, tb);  // none: every file is tagged by the tagger
  std::vector<ner::NerDocument> tagged;
  for (const auto& f : files.train) {
    auto docs = ner::read_ner_file(f, lexicon->lexicon);
    if (!docs) return fail(docs.error());
    std::vector<std::string> others;
    for (const auto& t : tb.train_files)
      if (t != f) others.push_back(t);
    if (others.size() == tb.train_files.size() || others.empty()) {
      ner::prepare_training_documents(*docs, *tagger);
    } else {
      std::cerr << "tagging " << f << " with a tagger trained without it\n";
      auto sentences = syntax::read_treebanks(others);
      if (!sentences) return fail(sentences.error());
      syntax::TaggerTraining to;
      to.epochs = 8;
      to.seed = o.setup.seed;
      to.clusters = std::string(tagger->file().section("clusters"));
      auto held_out = syntax::Tagger::from_model(std::move(*syntax::ModelFile::from_bytes(
          syntax::train_tagger(*sentences, {}, to, nullptr), "TAGR", "held-out tagger")));
      if (!held_out) return fail(held_out.error());
      ner::prepare_training_documents(*docs, *held_out);
    }
    for (auto& d : *docs) tagged.push_back(std::move(d));
  }
  *train = std::move(tagged);
  ner::add_capitalised_copies(*train, *tagger);
  ner::RecogniserTraining options = o.names;
  options.seed = o.setup.seed;
  if (!o.setup.cluster_corpus.empty()) {
    std::size_t documents = 0;
    auto corpus = syntax::read_corpus_words(o.setup.cluster_corpus, lexicon->lexicon.abbreviations(), &documents);
    if (!corpus) return fail(corpus.error());
    options.case_table = ner::case_table(*corpus);
    std::cerr << "how " << documents
              << " documents write their words: " << options.case_table.size() / sizeof(ner::CaseEntry) << " words\n";
  }
  // the rules' hints as extraction gives them: with the corpus case table
  const auto corpus_case = ner::CorpusCase::view(options.case_table);
  add_rule_hints(*train, lexicon->lexicon, corpus_case);
  add_rule_hints(*dev, lexicon->lexicon, corpus_case);
  const std::string bytes = ner::train_recogniser(*train, *dev, lexicon->lexicon, *tagger, options, &std::cerr);
  if (auto st = tagger->file().verify(); !st) return fail(st.error());
  const std::string path = dir + "/" + syntax::kRecogniserFile;
  if (auto st = syntax::ModelWriter::write_bytes(path, bytes); !st) return fail(st.error());
  std::cerr << "wrote " << path << "\n";
  return 0;
}

int run_train(TrainOptions& o) {
  using namespace syntax;
  if (o.what == "recogniser") return train_names(o, models_dir(o.output));
  if (auto st = find_treebank_files(o.treebank, o.setup); !st) return fail(st.error());
  if (o.wordnet.empty()) o.wordnet = (lexicon_dir("") / "word-forms.tsv").string();
  o.setup.wordnet_file = o.wordnet;
  if (o.setup.news_every > 0) {
    auto news = syntax::read_news_vocabulary(lexicon_dir("").string());
    if (!news) return fail(news.error());
    o.setup.news = std::move(*news);
  }
  if (!o.setup.cluster_corpus.empty()) {
    auto lexicon = load_lexicon(lexicon_dir(""), default_cache_dir());
    if (!lexicon) return fail(lexicon.error());
    o.setup.abbreviations = lexicon->lexicon.abbreviations();
  }
  const std::string dir = models_dir(o.output);
  const std::string tagger = o.what == "parser" ? "" : dir + "/" + kTaggerFile;
  const std::string parser = o.what == "tagger" ? "" : dir + "/" + kParserFile;
  for (const auto& f : o.setup.train_files) std::cerr << "train: " << f << "\n";
  for (const auto& f : o.setup.dev_files) std::cerr << "dev:   " << f << "\n";
  if (auto st = train_models(o.setup, tagger, parser, std::cerr); !st) return fail(st.error());
  if (!tagger.empty()) std::cerr << "wrote " << tagger << "\n";
  if (!parser.empty()) std::cerr << "wrote " << parser << "\n";
  if (o.what == "all") return train_names(o, dir);
  return 0;
}

struct EvalNamesOptions {
  std::vector<std::string> data;
  std::string models;
  std::string ontology;
  bool errors = false;
};

int run_eval_names(const EvalNamesOptions& o) {
  auto lexicon = load_lexicon(lexicon_dir(o.ontology), default_cache_dir());
  if (!lexicon) return fail(lexicon.error());
  const std::string dir = syntax::models_dir(o.models);
  auto tagger = syntax::Tagger::load(dir + "/" + syntax::kTaggerFile);
  if (!tagger) return fail(tagger.error());
  auto recogniser = ner::Recogniser::load(dir + "/" + syntax::kRecogniserFile);
  if (!recogniser) return fail(recogniser.error());
  for (const auto& path : o.data) {
    auto docs = ner::read_ner_file(path, lexicon->lexicon);
    if (!docs) return fail(docs.error());
    add_rule_hints(*docs, lexicon->lexicon, recogniser->corpus_case());
    std::ostringstream differences;
    const ner::NameScores s = ner::evaluate_recogniser(*recogniser, *tagger, std::move(*docs), lexicon->lexicon,
                                                       o.errors ? &differences : nullptr);

    if (auto st = tagger->file().verify(); !st) return fail(st.error());
    if (auto st = recogniser->file().verify(); !st) return fail(st.error());
    std::printf("%s\n%s", path.c_str(), differences.str().c_str());
    std::printf("%-6s %7s %7s %9s %7s %7s %7s\n", "type", "gold", "found", "right", "P", "R", "F1");
    for (std::size_t t = 0; t < ner::kNameTypes; ++t) {
      const auto type = static_cast<ner::NameType>(t);
      std::printf("%-6s %7zu %7zu %9zu %7.2f %7.2f %7.2f\n", ner::to_string(type), s.gold[t], s.predicted[t],
                  s.right[t], 100.0 * s.precision(type), 100.0 * s.recall(type), 100.0 * s.f1(type));
    }
    std::size_t g = 0, f = 0, r = 0;
    for (std::size_t t = 0; t < ner::kNameTypes; ++t) g += s.gold[t], f += s.predicted[t], r += s.right[t];
    std::printf("%-6s %7zu %7zu %9zu %7.2f %7.2f %7.2f\n", "all", g, f, r, 100.0 * s.precision(), 100.0 * s.recall(),
                100.0 * s.f1());
  }
  return 0;
}

struct EvalOptions {
  std::vector<std::string> treebanks;
  std::string models;
  std::string ontology;
  std::string documents;
  std::string write;
};

void print_row(const char* what, const syntax::SyntaxScores& s, bool own) {
  std::printf("%-16s %8zu %9zu", what, s.sentences, s.gold);
  if (own) std::printf("  words %6.2f", s.words_score());
  std::printf("  UPOS %6.2f  XPOS %6.2f  lemma %6.2f  UAS %6.2f  LAS %6.2f\n", s.upos_score(), s.xpos_score(),
              s.lemma_score(), s.uas_score(), s.las_score());
}

int run_eval(const EvalOptions& o) {
  using namespace syntax;
  auto models = SyntaxModels::load(models_dir(o.models));
  if (!models) return fail(models.error());
  auto lexicon = load_lexicon(lexicon_dir(o.ontology), default_cache_dir());
  if (!lexicon) return fail(lexicon.error());
  const Tokenizer tokenizer(lexicon->lexicon.abbreviations());
  std::ostringstream analyses;
  for (const auto& path : o.treebanks) {
    auto gold = read_conllu(path);
    if (!gold) return fail(gold.error());
    const auto docs = document_ids(*gold);
    SyntaxScores same, own;
    std::size_t unaligned = 0;
    for (std::size_t i = 0; i < gold->size(); ++i) {
      if (!o.documents.empty() && !docs[i].starts_with(o.documents)) continue;
      ConlluSentence& g = (*gold)[i];
      // own tokenisation of the sentence's text, words paired with the gold ones by characters
      if (!g.text.empty() && align_words_to_text(g)) {
        ConlluSentence mine;
        for (const auto& ps : analyse_text(g.text, tokenizer, *models)) {
          const int base = static_cast<int>(mine.words.size());
          for (Word w : ps.words) {
            if (w.head > 0) w.head += base;
            mine.words.push_back(std::move(w));
          }
        }
        score_aligned(g, mine, own);
      } else {
        ++unaligned;
      }
      ConlluSentence p;
      p.words = forms_only(g);
      models->analyse(p.words);
      score_same_tokens(g, p, same);
      if (!o.write.empty()) {
        p.comments = g.comments;
        write_conllu(analyses, p);
      }
    }
    if (auto st = models->verify(); !st) return fail(st.error());
    std::printf("%s%s%s\n", path.c_str(), o.documents.empty() ? "" : ", documents ", o.documents.c_str());
    std::printf("%-16s %8s %9s\n", "", "sentences", "words");
    print_row("gold tokens", same, false);
    print_row("own tokens", own, true);
    if (unaligned)
      std::printf("(%zu sentences without a text that matches their words left out of 'own tokens')\n", unaligned);
  }
  if (!o.write.empty()) {
    auto f = AtomicFile::create(o.write);
    if (!f) return fail(f.error());
    const std::string bytes = analyses.str();
    if (std::fwrite(bytes.data(), 1, bytes.size(), f->stream()) != bytes.size())
      return fail(make_error(ErrorKind::Output, o.write + ": " + std::strerror(errno)));
    if (auto st = f->commit(); !st) return fail(st.error());
  }
  return 0;
}

struct ParseOptions {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string output;
  std::string models;
  std::string ontology;
};

int run_parse(const ParseOptions& o) {
  using namespace syntax;
  const InputFormat format = o.input_format == "text"    ? InputFormat::Text
                             : o.input_format == "jsonl" ? InputFormat::Jsonl
                                                         : InputFormat::Auto;
  std::size_t problems = 0;
  auto inputs =
      collect_inputs(o.inputs.empty() ? std::vector<std::string>{"-"} : o.inputs, format, [&](const Error& e) {
        ++problems;
        std::cerr << "newskg: " << e.message << "\n";
      });
  if (!inputs) return exit_code(inputs.error().kind);
  auto lexicon = load_lexicon(lexicon_dir(o.ontology), default_cache_dir());
  if (!lexicon) return fail(lexicon.error());
  auto models = SyntaxModels::load(models_dir(o.models));
  if (!models) return fail(models.error());
  const Tokenizer tokenizer(lexicon->lexicon.abbreviations());
  std::optional<AtomicFile> file;
  if (!o.output.empty() && o.output != "-") {
    if (auto st = refuse_input_as_output(*inputs, o.output); !st) return fail(st.error());
    auto f = AtomicFile::create(o.output);
    if (!f) return fail(f.error());
    file.emplace(std::move(*f));
  }
  std::FILE* out = file ? file->stream() : stdout;
  const std::string where = file ? o.output : "<stdout>";
  CorpusReader reader(std::move(*inputs), [&](const Error& e) {
    ++problems;
    std::cerr << "newskg: " << e.message << "\n";
  });
  Document doc;
  std::size_t documents = 0;
  while (reader.next(doc)) {
    ++documents;
    std::ostringstream ss;
    std::size_t n = 0;
    for (const auto& s : analyse_text(doc.text, tokenizer, *models)) {
      ++n;
      write_conllu(ss, to_conllu(s, doc.text, doc.id, n, n == 1));
    }
    const std::string bytes = ss.str();
    if (std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size() || std::fflush(out) != 0)
      return fail(make_error(ErrorKind::Output, where + ": " + std::strerror(errno)));
  }
  if (auto st = models->verify(); !st) return fail(st.error());  // before anything is committed
  if (file)
    if (auto st = file->commit(); !st) return fail(st.error());
  if (documents == 0) return exit_code(ErrorKind::Input);
  return 0;
}

}  // namespace

std::function<int()> add_syntax_commands(CLI::App& app, const char* exit_codes) {
  auto train = std::make_shared<TrainOptions>();
  CLI::App* t = app.add_subcommand("train", "Train the syntax models (tagger, parser) from CoNLL-U treebanks");
  t->add_option("what", train->what,
                "tagger, parser, recogniser (names; uses the tagger in the models directory) or all")
      ->required()
      ->check(CLI::IsMember({"tagger", "parser", "recogniser", "all"}));
  t->add_option("--treebank", train->treebank,
                "Directory searched for *-train.conllu (training) and *-dev.conllu (progress reports); default "
                "../shared/treebanks");
  t->add_option("--output-dir", train->output, "Where the models are written (default: the models directory)");
  t->add_option("--wordnet", train->wordnet, "WordNet's irregular forms (default: ontology/lexicon/word-forms.tsv)");
  t->add_option("--corpus", train->setup.cluster_corpus,
                "Raw text (text or JSONL files) for the learnt word classes, e.g. ../shared/corpus/bbc_news_2225.jsonl "
                "(default: none, no word classes)");
  t->add_option("--seed", train->setup.seed, "Random seed (same data and seed: same model bytes)");
  t->add_option("--tagger-epochs", train->setup.tagger_epochs, "Passes over the data for the tagger")
      ->check(CLI::PositiveNumber);
  t->add_option("--parser-epochs", train->setup.parser_epochs, "Passes over the data for the parser")
      ->check(CLI::PositiveNumber);
  t->add_option("--tagger-runs", train->setup.tagger_runs,
                "Taggers trained on differently shuffled data and averaged into one")
      ->check(CLI::PositiveNumber);
  t->add_option("--parser-runs", train->setup.parser_runs,
                "Parsers trained on differently shuffled data and averaged into one (an ensemble at the speed of one)")
      ->check(CLI::PositiveNumber);
  t->add_option("--jackknife", train->setup.jackknife,
                "The parser learns from tags predicted by K taggers each trained without its part (0: gold tags)")
      ->check(CLI::NonNegativeNumber);
  t->add_option("--news-copies", train->setup.news_every,
                "Add a copy, with a title and a demonym or country before a name (\"Zimbabwean Prime Minister X\"), "
                "of every N-th training sentence holding a name (titles and demonyms from the lexicon; default 0: "
                "none, as the shipped models are trained, see their model card)")
      ->check(CLI::NonNegativeNumber);
  t->add_option("--ner-epochs", train->names.epochs, "Passes over the data for the recogniser")
      ->check(CLI::PositiveNumber);
  t->add_option("--ner-runs", train->names.runs, "Recognisers trained on differently shuffled data and averaged")
      ->check(CLI::PositiveNumber);
  t->add_option("--ontology", train->ontology, "Ontology directory (the recogniser's gazetteer and title features)");
  t->footer(exit_codes);

  auto eval = std::make_shared<EvalOptions>();
  CLI::App* e = app.add_subcommand(
      "eval-syntax", "Score the tagger and parser on CoNLL-U files (UPOS, XPOS, lemma, UAS, LAS without punctuation)");
  e->add_option("--treebank", eval->treebanks, "CoNLL-U files with gold analyses")->required();
  e->add_option("--models", eval->models, "Models directory (default: $NEWSKG_MODELS, else the built-in one)");
  e->add_option("--documents", eval->documents, "Only documents whose id starts with this (e.g. GUM_news)");
  e->add_option("--ontology", eval->ontology, "Ontology directory (abbreviations for the tokenizer)");
  e->add_option("--write", eval->write, "Also write the analyses (gold tokens) to this CoNLL-U file");
  e->footer(exit_codes);

  auto eval_names = std::make_shared<EvalNamesOptions>();
  CLI::App* en = app.add_subcommand(
      "eval-ner", "Score the name recogniser on UNER IOB2 or GUM CoNLL-U files (exact spans; PER, ORG, LOC)");
  en->add_option("--data", eval_names->data, "IOB2 (.iob2) or GUM CoNLL-U files with gold names")->required();
  en->add_option("--models", eval_names->models, "Models directory (default: $NEWSKG_MODELS, else the built-in one)");
  en->add_option("--ontology", eval_names->ontology, "Ontology directory (gazetteers and titles)");
  en->add_flag("--errors", eval_names->errors,
               "Also print every sentence where the names differ: gold in [TYPE ...], recognised in {TYPE ...}");
  en->footer(exit_codes);

  auto parse = std::make_shared<ParseOptions>();
  CLI::App* p = app.add_subcommand(
      "parse",
      "Tokenise, tag and parse articles and write CoNLL-U (one sentence block per sentence, byte offsets "
      "in TokenRange)");
  p->add_option("inputs", parse->inputs, "Text or JSONL files, directories, or '-' for standard input (the default)");
  p->add_option("--input-format", parse->input_format, "auto (by extension), text or jsonl")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}));
  p->add_option("-o,--output", parse->output, "Output file (written whole or not at all); default: standard output");
  p->add_option("--models", parse->models, "Models directory (default: $NEWSKG_MODELS, else the built-in one)");
  p->add_option("--ontology", parse->ontology, "Ontology directory (abbreviations for the tokenizer)");
  p->footer(exit_codes);

  return [=]() -> int {
    if (*t) return run_train(*train);
    if (*e) return run_eval(*eval);
    if (*en) return run_eval_names(*eval_names);
    if (*p) return run_parse(*parse);
    return -1;
  };
}

}  // namespace newskg::cli
