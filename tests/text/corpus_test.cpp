#include "text/corpus.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "support.hpp"

using namespace newskg;

namespace {

Document parse_ok(std::string_view line) {
  auto d = parse_jsonl_article(line, "dir/c.jsonl", 7);
  EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
  return d.ok() ? *d : Document{};
}

std::string parse_error(std::string_view line) {
  auto d = parse_jsonl_article(line, "dir/c.jsonl", 7);
  EXPECT_FALSE(d.ok());
  return d.ok() ? "" : d.error().message;
}

}  // namespace

TEST(JsonlArticle, FieldsBecomeDocumentMetadata) {
  const Document d = parse_ok(
      R"({"id":"bbc-1","title":"Talks end","date":"2025-12-02T10:00:00Z","url":"http://x.test/a","text":"Body.","extra":[1,{"a":2}]})");
  EXPECT_EQ(d.id, "bbc-1");
  EXPECT_EQ(d.title, "Talks end");
  EXPECT_EQ(d.date, "2025-12-02");
  EXPECT_EQ(d.url, "http://x.test/a");
  EXPECT_EQ(d.text, "Talks end\n\nBody.");
}

TEST(JsonlArticle, ATitleTheTextAlreadyOpensWithIsNotRepeated) {
  EXPECT_EQ(parse_ok(R"({"title":"Talks end","text":"Talks end\n\nBody."})").text, "Talks end\n\nBody.");
  EXPECT_EQ(parse_ok(R"({"title":"Talks end","text":"\n Talks end\r\nBody."})").text, "\n Talks end\nBody.");
  EXPECT_EQ(parse_ok(R"({"title":"Talks end","text":"Talks end"})").text, "Talks end");
  // only a whole first line counts: a body that merely starts with the same words keeps its title
  EXPECT_EQ(parse_ok(R"({"title":"Talks","text":"Talks ended.\n"})").text, "Talks\n\nTalks ended.\n");
  EXPECT_EQ(parse_ok(R"({"title":"Talks end","text":"Body."})").text, "Talks end\n\nBody.");
}

TEST(JsonlArticle, EscapesAreDecoded) {
  const Document d = parse_ok(R"({"text":"Caf\u00e9 \"quoted\"\n\ud83d\ude00 tab\tend"})");
  EXPECT_EQ(d.text, "Caf\xC3\xA9 \"quoted\"\n\xF0\x9F\x98\x80 tab\tend");
}

TEST(JsonlArticle, NumbersNullsAndOtherValues) {
  // integer ids are their digits, null is absent (the id falls back to file stem and line),
  // other values are their compact JSON
  EXPECT_EQ(parse_ok(R"({"id":42,"text":"x"})").id, "42");
  EXPECT_EQ(parse_ok(R"({"id":18446744073709551615,"text":"x"})").id, "18446744073709551615");
  EXPECT_EQ(parse_ok(R"({"id":-3,"text":"x"})").id, "-3");
  EXPECT_EQ(parse_ok(R"({"id":null,"text":"x"})").id, "c-7");
  EXPECT_EQ(parse_ok(R"({"text":"x"})").id, "c-7");
  EXPECT_EQ(parse_ok(R"({"id":true,"text":"x"})").id, "true");
  EXPECT_EQ(parse_ok(R"({"id":[1, 2],"text":"x"})").id, "[1,2]");
  EXPECT_EQ(parse_ok(R"({"id":"a","url":2.5,"text":"x"})").url, "2.5");
}

TEST(JsonlArticle, LaterDuplicateKeyWins) {
  EXPECT_EQ(parse_ok(R"({"id":"a","id":"b","text":"x"})").id, "b");
  EXPECT_EQ(parse_ok(R"({"id":"a","id":true,"text":"x"})").id, "true");
}

TEST(JsonlArticle, ErrorsNameFileAndLine) {
  std::string e = parse_error(R"({"id":"a","text":"x")");
  EXPECT_EQ(e.rfind("dir/c.jsonl:7: not valid JSON", 0), 0u) << e;
  e = parse_error(R"({"id":"a","other":[1,2,],"text":"x"})");  // broken even where ignored
  EXPECT_EQ(e.rfind("dir/c.jsonl:7: not valid JSON", 0), 0u) << e;
  EXPECT_EQ(parse_error(R"(["text","x"])"), "dir/c.jsonl:7: expected a JSON object");
  EXPECT_EQ(parse_error(R"({"id":"a"})"), "dir/c.jsonl:7: no \"text\"");
  EXPECT_EQ(parse_error(R"({"id":"a","text":""})"), "dir/c.jsonl:7: no \"text\"");
}

// JSONL on standard input is read through a buffer of its own over a duplicate of descriptor 0:
// every document arrives, and standard input is still open once the reader is done with it.
TEST(CorpusReader, ReadsJsonlFromStandardInputAndLeavesItOpen) {
  std::FILE* tmp = std::tmpfile();
  ASSERT_NE(tmp, nullptr);
  for (int i = 0; i < 3; ++i) std::fprintf(tmp, "{\"id\": \"d%d\", \"text\": \"Chile accused Peru of spying.\"}\n", i);
  std::fflush(tmp);
  std::rewind(tmp);
  const int saved = ::dup(0);
  ASSERT_GE(saved, 0);
  ASSERT_EQ(::dup2(fileno(tmp), 0), 0);
  std::vector<std::string> ids, errors;
  {
    CorpusReader reader({InputSource{"-", InputFormat::Jsonl, 0, ""}},
                        [&](const Error& e) { errors.push_back(e.message); });
    for (Document d; reader.next(d);) ids.push_back(d.id);
  }
  const bool still_open = ::fcntl(0, F_GETFD) != -1;
  ::dup2(saved, 0);
  ::close(saved);
  std::fclose(tmp);
  EXPECT_EQ(ids, (std::vector<std::string>{"d0", "d1", "d2"}));
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(still_open);
}

TEST(JsonlArticle, InvalidUtf8IsRepairedWithAWarningNotADroppedLine) {
  const Document d = parse_ok("{\"id\":\"a\",\"text\":\"Chile \xFF accused Peru.\"}");
  EXPECT_EQ(d.text, "Chile \xEF\xBF\xBD accused Peru.");
  ASSERT_FALSE(d.warnings.empty());
  EXPECT_EQ(d.warnings[0].rfind("dir/c.jsonl:7: invalid UTF-8 at byte 24 of the line", 0), 0u) << d.warnings[0];
}

TEST(JsonlArticle, ControlCharactersInIdTitleAndUrlAreRepaired) {
  const Document d =
      parse_ok(R"({"id":"a\u0000b","title":"T\u0001itle\uFFFE","url":"http://x/\u0000","text":"Body."})");
  EXPECT_EQ(d.id, "a b");
  EXPECT_EQ(d.title, "T itle\xEF\xBF\xBD");
  EXPECT_EQ(d.url, "http://x/ ");
  EXPECT_EQ(d.warnings.size(), 3u);
  EXPECT_NE(d.warnings[0].find("dir/c.jsonl:7: control characters or invalid UTF-8 in \"id\""), std::string::npos);
}

TEST(JsonlArticle, DateOnlyFromTheDateFieldAndOnlyWhenItIsADate) {
  EXPECT_EQ(parse_ok(R"({"text":"Tuesday, December 2, 2025\nBody."})").date, "") << "never from the text";
  EXPECT_EQ(parse_ok(R"({"date":"2024-02-29T08:00:00Z","text":"Body."})").date, "2024-02-29");
  const Document bad = parse_ok(R"({"date":"2024-13-45","text":"Body."})");
  EXPECT_EQ(bad.date, "");
  ASSERT_EQ(bad.warnings.size(), 1u);
  EXPECT_NE(bad.warnings[0].find("dir/c.jsonl:7: \"date\" 2024-13-45 is not a date"), std::string::npos);
}

TEST(CorpusReader, DocumentIdsAreUniqueAsTheIrisTheyBecome) {
  test::TempDir dir;
  const std::string f = dir.file("c.jsonl",
                                 "{\"id\":\"story\",\"text\":\"One.\"}\n"
                                 "{\"id\":\"story\",\"text\":\"Two.\"}\n"
                                 "{\"id\":\"sp ace\",\"text\":\"Three.\"}\n"
                                 "{\"id\":\"sp_ace\",\"text\":\"Four.\"}\n"
                                 "{\"id\":\"story~2\",\"text\":\"Five.\"}\n"
                                 "{\"id\":\"" +
                                     std::string(1500, 'x') + "\",\"text\":\"Six.\"}\n");
  std::vector<std::string> ids, warnings, errors;
  CorpusReader reader({InputSource{f, InputFormat::Jsonl, 0, "c"}},
                      [&](const Error& e) { errors.push_back(e.message); });
  for (Document d; reader.next(d);) {
    ids.push_back(d.id);
    warnings.insert(warnings.end(), d.warnings.begin(), d.warnings.end());
  }
  ASSERT_EQ(ids.size(), 6u);
  EXPECT_EQ(ids[0], "story");
  EXPECT_EQ(ids[1], "story~2");
  EXPECT_EQ(ids[2], "sp ace");
  EXPECT_EQ(ids[3], "sp_ace~2");
  EXPECT_EQ(ids[4], "story~2~2");
  EXPECT_EQ(ids[5], std::string(kMaxIdBytes, 'x'));
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(warnings.size(), 4u);
  EXPECT_NE(warnings[0].find(f + ":2: document id 'story' was already used"), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[3].find(f + ":6: document id longer than 1000 bytes"), std::string::npos) << warnings[3];
}

TEST(CollectInputs, ProblemsAreReportedAndTheRestGoesOn) {
  test::TempDir dir;
  namespace fs = std::filesystem;
  fs::create_directories(dir.path() + "/in/day1");
  fs::create_directories(dir.path() + "/in/day2");
  fs::create_directories(dir.path() + "/in/locked");
  dir.file("in/day1/story.txt", "One.");
  dir.file("in/day2/story.txt", "Two.");
  dir.file("in/locked/hidden.txt", "Three.");
  fs::create_symlink("loop-b.txt", dir.path() + "/in/loop-a.txt");
  fs::create_symlink("loop-a.txt", dir.path() + "/in/loop-b.txt");
  fs::create_symlink("nowhere.txt", dir.path() + "/in/dangling.txt");
  fs::permissions(dir.path() + "/in/locked", fs::perms::none);
  std::vector<std::string> problems;
  auto r = collect_inputs({dir.path() + "/in", dir.path() + "/missing.txt"}, InputFormat::Auto,
                          [&](const Error& e) { problems.push_back(e.message); });
  fs::permissions(dir.path() + "/in/locked", fs::perms::owner_all);
  ASSERT_TRUE(r.ok());
  std::vector<std::string> ids;
  for (const InputSource& s : *r) ids.push_back(s.id);
  const bool root_reads_all = ::geteuid() == 0;  // root reads a mode-000 directory all the same
  if (root_reads_all)
    EXPECT_EQ(ids, (std::vector<std::string>{"day1/story", "day2/story", "locked/hidden"}));
  else
    EXPECT_EQ(ids, (std::vector<std::string>{"day1/story", "day2/story"}));
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_NE(all.find("loop-a.txt: symlink loop"), std::string::npos) << all;
  EXPECT_NE(all.find("loop-b.txt: symlink loop"), std::string::npos) << all;
  EXPECT_NE(all.find("dangling.txt: dangling symlink"), std::string::npos) << all;
  EXPECT_NE(all.find("missing.txt: No such file or directory"), std::string::npos) << all;
  if (!root_reads_all) {
    EXPECT_NE(all.find("locked: cannot read directory: Permission denied"), std::string::npos) << all;
  }
  // nothing usable at all: an error
  auto none = collect_inputs({dir.path() + "/missing.txt"}, InputFormat::Auto, [](const Error&) {});
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message.find("No such file or directory"), std::string::npos);
}
