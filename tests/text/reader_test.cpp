#include "text/reader.hpp"

#include <gtest/gtest.h>

#include "support.hpp"

using namespace newskg;

TEST(Reader, MissingFileIsAnInputErrorNamingTheFile) {
  auto r = read_document("/nonexistent/dir/article.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Input);
  EXPECT_NE(r.error().message.find("/nonexistent/dir/article.txt"), std::string::npos);
}

TEST(Reader, DirectoryIsRejected) {
  test::TempDir d;
  auto r = read_document(d.path());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("directory"), std::string::npos);
}

TEST(Reader, IdTitleAndRepairWarning) {
  test::TempDir d;
  const std::string path = d.file("my-story.txt", "\n  Headline here  \nBody \xFF text.\n");
  auto r = read_document(path);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->id, "my-story");
  EXPECT_EQ(r->title, "Headline here");
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_NE(r->warnings[0].find("byte 24"), std::string::npos) << r->warnings[0];
  EXPECT_NE(r->warnings[0].find(path), std::string::npos);
}

TEST(Reader, DateFromTheOpeningLines) {
  EXPECT_EQ(find_date("Tuesday, December 2, 2025\n\nHeadline"), "2025-12-02");
  EXPECT_EQ(find_date("LONDON, 3 March 2024 - text"), "2024-03-03");
  EXPECT_EQ(find_date("Posted 2026-01-20 by staff"), "2026-01-20");
  EXPECT_EQ(find_date("No date here, just May and 2025."), "");
  EXPECT_EQ(make_document("x", "x.txt", "March 9, 2026\nBody.").date, "2026-03-09");
}
