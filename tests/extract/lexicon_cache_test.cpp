// The compiled lexicon cache: the same lexicon back, used only for the same build and files.
#include "extract/lexicon_cache.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <thread>

#include "common/checksum.hpp"
#include "extract/pipeline.hpp"
#include "support.hpp"

using namespace newskg;
namespace fs = std::filesystem;

namespace {

// A copy of the project's lexicon directory that a test may change.
std::string copy_lexicon(const test::TempDir& d) {
  const fs::path dir = fs::path(d.path()) / "lexicon";
  fs::create_directories(dir);
  for (const auto& f : fs::directory_iterator(fs::path(test::source_dir()) / "ontology" / "lexicon"))
    fs::copy_file(f.path(), dir / f.path().filename());
  return dir.string();
}

// What a lexicon makes of some text: every entity and relation, as strings.
std::vector<std::string> reading(const Lexicon& lx, const std::string& text) {
  Document d;
  d.id = "t";
  d.text = text;
  const Extraction ex = Pipeline(lx).run(std::move(d));
  std::vector<std::string> out = test::relations(ex);
  for (const Entity& e : ex.entities) out.push_back(std::string(to_string(e.type)) + " " + e.name);
  return out;
}

std::vector<fs::path> copies(const std::string& cache) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::directory_iterator it(cache, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().starts_with("lexicon-")) out.push_back(it->path());
  return out;
}

}  // namespace

TEST(LexiconCache, CompiledLexiconReadsAsTheOriginal) {
  const Lexicon& lx = test::lexicon();
  const std::string compiled = compile_lexicon(lx);
  auto back = restore_lexicon(compiled);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(compile_lexicon(*back), compiled);  // every member came back, byte for byte
  const std::string article = test::read_file(test::source_dir() + "/samples/sample-article.txt");
  EXPECT_EQ(reading(*back, article), reading(lx, article));
  ASSERT_TRUE(back->gazetteer("Canberra").has_value());
  EXPECT_EQ(back->gazetteer("Canberra")->link, "Australia");
  EXPECT_TRUE(back->inflects("met", "meet"));
  EXPECT_EQ(back->word_class("the"), lx.word_class("the"));
  EXPECT_EQ(back->abbreviations(), lx.abbreviations());
}

TEST(LexiconCache, ARestoredLexiconMayReadItsTablesInPlace) {
  const Lexicon& lx = test::lexicon();
  const std::string compiled = compile_lexicon(lx);
  const std::string article = test::read_file(test::source_dir() + "/samples/sample-article.txt");
  // at every alignment of the bytes (where a table is not aligned for its type, it is copied)
  for (std::size_t shift = 0; shift < 16; shift += 3) {
    auto bytes = std::make_shared<std::string>(std::string(shift, '\0') + compiled);
    const std::string_view view = std::string_view(*bytes).substr(shift);
    auto back = restore_lexicon(view, bytes);
    ASSERT_TRUE(back.ok()) << shift << ": " << back.error().message;
    bytes.reset();  // the lexicon keeps its bytes
    EXPECT_EQ(compile_lexicon(*back), compiled) << shift;
    EXPECT_EQ(reading(*back, article), reading(lx, article)) << shift;
    // a change to a lexicon that reads its tables in place copies them first; its copy is unchanged
    Lexicon copy = *back;
    back->add_gazetteer("Zubrovka Pass", GazetteerEntry{EntityType::Location, "Zubrovka Pass", GazRole::Name, ""});
    EXPECT_TRUE(back->gazetteer("Zubrovka Pass").has_value());
    EXPECT_FALSE(copy.gazetteer("Zubrovka Pass").has_value());
    EXPECT_EQ(compile_lexicon(copy), compiled) << shift;
  }
}

TEST(LexiconCache, RestoreRefusesAnythingItDidNotWrite) {
  const std::string compiled = compile_lexicon(test::lexicon());
  EXPECT_FALSE(restore_lexicon("").ok());
  EXPECT_FALSE(restore_lexicon("not a lexicon at all").ok());
  for (std::size_t cut = 0; cut < compiled.size(); cut += compiled.size() / 97 + 1)
    EXPECT_FALSE(restore_lexicon(std::string_view(compiled).substr(0, cut)).ok()) << cut;
  for (std::size_t at = 8; at < compiled.size(); at += compiled.size() / 53 + 1) {
    std::string bad = compiled;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    EXPECT_FALSE(restore_lexicon(bad).ok()) << at;
  }
  EXPECT_FALSE(restore_lexicon(compiled + "x").ok());
}

TEST(LexiconCache, TheCopyServesOnlyTheSameFiles) {
  test::TempDir d;
  const std::string dir = copy_lexicon(d), cache = d.path() + "/cache";
  auto first = load_lexicon(dir, cache);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->source, LexiconSource::Text);
  ASSERT_EQ(copies(cache).size(), 1u);
  auto second = load_lexicon(dir, cache);
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->source, LexiconSource::Cache);
  EXPECT_EQ(compile_lexicon(second->lexicon), compile_lexicon(first->lexicon));
  // a user's new row: the text is read again, and the next run has a copy with the row
  std::ofstream(dir + "/places-extra.tsv", std::ios::app) << "Zubrovka Pass\tLocation\tZubrovka Pass\tname\n";
  auto edited = load_lexicon(dir, cache);
  ASSERT_TRUE(edited.ok());
  EXPECT_EQ(edited->source, LexiconSource::Text);
  EXPECT_TRUE(edited->lexicon.gazetteer("Zubrovka Pass").has_value());
  auto again = load_lexicon(dir, cache);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->source, LexiconSource::Cache);
  EXPECT_TRUE(again->lexicon.gazetteer("Zubrovka Pass").has_value());
  // the lexicon reads its tables in the mapped copy, which it keeps: still whole with the cache
  // gone, and a change to it is its own, not the file's
  const std::string file_bytes = test::read_file(copies(cache).at(0).string());
  {
    Lexicon kept = std::move(again->lexicon);
    again = make_error(ErrorKind::Lexicon, "moved");
    kept.add_gazetteer("Quux Island", GazetteerEntry{EntityType::Location, "Quux Island", GazRole::Name, ""});
    EXPECT_EQ(test::read_file(copies(cache).at(0).string()), file_bytes);
    fs::remove_all(cache);
    EXPECT_TRUE(kept.gazetteer("Quux Island").has_value());
    EXPECT_TRUE(kept.gazetteer("Zubrovka Pass").has_value());
    EXPECT_TRUE(kept.inflects("met", "meet"));
    EXPECT_EQ(kept.word_class("the"), test::lexicon().word_class("the"));
  }
  // a new file counts too, by name and contents
  std::ofstream(dir + "/notes.txt") << "anything\n";
  auto with_file = load_lexicon(dir, cache);
  ASSERT_TRUE(with_file.ok());
  EXPECT_EQ(with_file->source, LexiconSource::Text);
}

TEST(LexiconCache, ARewrittenFileIsSeenWhateverItsSizeAndTimes) {
  test::TempDir d;
  const std::string dir = copy_lexicon(d), cache = d.path() + "/cache";
  const std::string file = dir + "/places-extra.tsv";
  const auto rewrite = [&](char from, char to) {  // the same size, other bytes, the old modification time
    const auto when = fs::last_write_time(file);
    std::string text = test::read_file(file);
    const std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos);
    text[at] = to;
    std::ofstream(file, std::ios::trunc) << text;
    fs::last_write_time(file, when);
  };
  // just written: read and compared byte for byte
  ASSERT_TRUE(load_lexicon(dir, cache).ok());
  rewrite('\n', '\r');
  auto racy = load_lexicon(dir, cache);
  ASSERT_TRUE(racy.ok());
  EXPECT_EQ(racy->source, LexiconSource::Text);
  // older files are known by their size, inode and times alone, without reading them; a rewrite
  // still gives the file a new change time
  std::this_thread::sleep_for(std::chrono::milliseconds(3100));
  auto first = load_lexicon(dir, cache);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->source, LexiconSource::Text);  // the files are older now: known by their times
  auto hit = load_lexicon(dir, cache);
  ASSERT_TRUE(hit.ok());
  EXPECT_EQ(hit->source, LexiconSource::Cache);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // past a tick of the file system's clock
  rewrite('\r', '\n');
  auto rewritten = load_lexicon(dir, cache);
  ASSERT_TRUE(rewritten.ok());
  EXPECT_EQ(rewritten->source, LexiconSource::Text);
}

TEST(LexiconCache, ABrokenCopyIsReadAsTextAndReplaced) {
  test::TempDir d;
  const std::string dir = copy_lexicon(d), cache = d.path() + "/cache";
  ASSERT_TRUE(load_lexicon(dir, cache).ok());
  ASSERT_EQ(copies(cache).size(), 1u);
  const fs::path file = copies(cache)[0];
  const auto size = fs::file_size(file);
  for (const bool truncate : {false, true}) {
    if (truncate) {
      fs::resize_file(file, size / 2);
    } else {
      std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
      f.seekp(static_cast<std::streamoff>(size / 2));
      f.write("garbage!", 8);
    }
    auto broken = load_lexicon(dir, cache);
    ASSERT_TRUE(broken.ok()) << broken.error().message;
    EXPECT_EQ(broken->source, LexiconSource::Text);
    EXPECT_TRUE(broken->lexicon.gazetteer("Canberra").has_value());
    auto fixed = load_lexicon(dir, cache);
    ASSERT_TRUE(fixed.ok());
    EXPECT_EQ(fixed->source, LexiconSource::Cache);
  }
}

TEST(LexiconCache, NoUsableCacheMeansTheTextFiles) {
  test::TempDir d;
  const std::string dir = copy_lexicon(d);
  const std::string blocked = d.file("not-a-directory", "a file where the cache directory would be");
  for (const std::string& cache : {std::string(), blocked, blocked + "/below"}) {
    for (int run = 0; run < 2; ++run) {
      auto lx = load_lexicon(dir, cache);
      ASSERT_TRUE(lx.ok()) << lx.error().message;
      EXPECT_EQ(lx->source, LexiconSource::Text) << cache;
      EXPECT_TRUE(lx->lexicon.gazetteer("Canberra").has_value());
    }
  }
  EXPECT_TRUE(fs::is_regular_file(blocked));
}

TEST(LexiconCache, LexiconErrorsAreReportedAsWithoutACache) {
  test::TempDir d;
  const std::string dir = copy_lexicon(d), cache = d.path() + "/cache";
  ASSERT_TRUE(load_lexicon(dir, cache).ok());
  std::ofstream(dir + "/titles.tsv", std::ios::app) << "lonely\n";
  auto bad = load_lexicon(dir, cache);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().kind, ErrorKind::Lexicon);
  EXPECT_NE(bad.error().message.find("titles.tsv:"), std::string::npos) << bad.error().message;
  EXPECT_EQ(copies(cache).size(), 1u);  // the old copy stays; no copy of a broken lexicon
  auto missing = load_lexicon(d.path() + "/no-such-dir", cache);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::Lexicon);
}

TEST(LexiconCache, OnlyTheNewestCopiesAreKept) {
  test::TempDir d;
  const std::string dir = copy_lexicon(d), cache = d.path() + "/cache";
  fs::create_directories(cache);
  const auto old = fs::file_time_type::clock::now() - std::chrono::hours(24);
  for (int k = 0; k < 12; ++k) {
    const fs::path stale = fs::path(cache) / ("lexicon-stale" + std::to_string(k) + ".bin");
    std::ofstream(stale) << "old copy";
    fs::last_write_time(stale, old + std::chrono::minutes(k));
  }
  std::ofstream(fs::path(cache) / "unrelated.txt") << "not ours";
  const fs::path abandoned = fs::path(cache) / ".lexicon-Ab12Cd", writing = fs::path(cache) / ".lexicon-Ef34Gh";
  std::ofstream(abandoned) << "a run died while writing this";
  fs::last_write_time(abandoned, old);
  std::ofstream(writing) << "another run is writing this";
  ASSERT_TRUE(load_lexicon(dir, cache).ok());
  const auto left = copies(cache);
  EXPECT_EQ(left.size(), 8u);
  EXPECT_TRUE(fs::exists(fs::path(cache) / "unrelated.txt"));
  EXPECT_FALSE(fs::exists(abandoned));
  EXPECT_TRUE(fs::exists(writing));
  EXPECT_FALSE(fs::exists(fs::path(cache) / "lexicon-stale0.bin"));  // the oldest went first
  EXPECT_TRUE(fs::exists(fs::path(cache) / "lexicon-stale11.bin"));
  auto cached = load_lexicon(dir, cache);
  ASSERT_TRUE(cached.ok());
  EXPECT_EQ(cached->source, LexiconSource::Cache);  // ours is among them
}

TEST(LexiconCache, CacheDirectoryFromTheEnvironment) {
  const auto with = [](const char* cache, const char* xdg, const char* home) {
    const auto set = [](const char* name, const char* value) {
      if (value)
        ::setenv(name, value, 1);
      else
        ::unsetenv(name);
    };
    set("NEWSKG_CACHE_DIR", cache);
    set("XDG_CACHE_HOME", xdg);
    set("HOME", home);
    return default_cache_dir().string();
  };
  const char* saved[] = {std::getenv("NEWSKG_CACHE_DIR"), std::getenv("XDG_CACHE_HOME"), std::getenv("HOME")};
  const std::string keep[] = {saved[0] ? saved[0] : "", saved[1] ? saved[1] : "", saved[2] ? saved[2] : ""};
  EXPECT_EQ(with("/c", "/x", "/h"), "/c");
  EXPECT_EQ(with("", "/x", "/h"), "");  // set but empty: no cache
  EXPECT_EQ(with(nullptr, "/x", "/h"), "/x/newskg");
  EXPECT_EQ(with(nullptr, "", "/h"), "/h/.cache/newskg");
  EXPECT_EQ(with(nullptr, nullptr, nullptr), "");
  with(saved[0] ? keep[0].c_str() : nullptr, saved[1] ? keep[1].c_str() : nullptr,
       saved[2] ? keep[2].c_str() : nullptr);
}

// A checksum that matches says the bytes are the ones written, not that they make sense: a copy
// whose tables point outside themselves (written by a bug, or by hand with the checksum redone)
// is refused, never read out of bounds (ASan caught StringTable::key_of reading past its keys).
TEST(LexiconCache, TablesThatDoNotFitTogetherAreRefusedEvenWithTheRightChecksum) {
  const std::string compiled = compile_lexicon(test::lexicon());
  constexpr std::size_t kHead = 32, kSumAt = 8 + 8;  // magic (8 bytes), payload size, checksum
  std::size_t refused = 0, tried = 0;
  const std::size_t stride = compiled.size() / 1009 + 1;
  for (std::size_t k = 0;; ++k) {
    // every byte of an 8-byte word as often, wherever the stride falls: flipping an offset's low
    // byte may keep it in bounds, flipping a high byte never does
    const std::size_t at = kHead + k * stride + k % 8;
    if (at >= compiled.size()) break;
    std::string bad = compiled;
    bad[at] = static_cast<char>(bad[at] ^ 0x41);
    const std::uint64_t sum = checksum(std::string_view(bad).substr(kHead));
    std::memcpy(bad.data() + kSumAt, &sum, sizeof sum);
    ++tried;
    // an accepted copy has a changed value, not a changed shape (restoring and checking it must
    // not read out of bounds: the sanitizer build runs this too)
    if (!restore_lexicon(bad).ok()) ++refused;
  }
  // Offsets and sizes are a small share of the bytes (most are keys and values, whose changes
  // are legitimate new values)
  EXPECT_GE(refused, tried / 20) << "changes to offsets and sizes are caught: " << refused << " of " << tried;
}

TEST(LexiconCache, AFifoInPlaceOfTheCopyNeitherHangsNorBreaksTheRun) {
  test::TempDir d;
  const std::string dir = copy_lexicon(d), cache = d.path() + "/cache";
  ASSERT_TRUE(load_lexicon(dir, cache).ok());
  ASSERT_EQ(copies(cache).size(), 1u);
  const fs::path file = copies(cache)[0];
  fs::remove(file);
  ASSERT_EQ(::mkfifo(file.c_str(), 0600), 0);
  auto lx = load_lexicon(dir, cache);  // would block forever opening the FIFO without O_NONBLOCK
  ASSERT_TRUE(lx.ok()) << lx.error().message;
  EXPECT_EQ(lx->source, LexiconSource::Text);
  EXPECT_TRUE(lx->lexicon.gazetteer("Canberra").has_value());
}
