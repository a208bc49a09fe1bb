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

TEST(Reader, DateScannerEdgeCases) {
  // the earliest date wins, whatever its form
  EXPECT_EQ(find_date("Filed 2024-05-06; event on 1 June 2023"), "2024-05-06");
  EXPECT_EQ(find_date("On 1 June 2023, filed 2024-05-06"), "2023-06-01");
  EXPECT_EQ(find_date("(AP) May 31,\t2019: text"), "2019-05-31");
  EXPECT_EQ(find_date("Sept 4 2020 and 4 Sept 2020"), "");                  // full month names only
  EXPECT_EQ(find_date("March 32, 2020 then March 3, 2021"), "2021-03-03");  // impossible day skipped
  EXPECT_EQ(find_date("march 3, 2021"), "");                                // month names are capitalised
  EXPECT_EQ(find_date("March 3, 20215"), "");                               // a year is four digits
  EXPECT_EQ(find_date("x2026-01-20 and 2026-13-01 and 2026-01-2"), "");     // glued, month 13, short day
  EXPECT_EQ(find_date("March 3,2021"), "");                                 // a space is required
  EXPECT_EQ(find_date("1899-01-01 and 12 May 1999"), "1999-05-12");         // years 1900-2099
  EXPECT_EQ(find_date(std::string(398, ' ') + "March 3, 2021"), "");        // only the opening 400 bytes
}
