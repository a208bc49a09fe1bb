#include "text/corpus.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

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
  e = parse_error("{\"text\":\"bad \xFF byte\"}");
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
    CorpusReader reader({InputSource{"-", InputFormat::Jsonl, 0}},
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
