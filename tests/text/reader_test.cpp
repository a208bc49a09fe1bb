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

TEST(Reader, DateOnlyFromMetadataLinesNeverFromTheBody) {
  // a deadline in the first paragraph is no date of the document
  EXPECT_EQ(find_date("Talks resume\n\nThe two sides must agree before the March 4, 2026 deadline, officials said "
                      "on Tuesday in a statement."),
            "");
  // a dateline before the paragraph's dash is
  EXPECT_EQ(find_date("GENEVA, March 4, 2025 - The two sides must agree before the deadline, officials said on "
                      "Tuesday."),
            "2025-03-04");
  // a date line among the first lines, after a headline
  EXPECT_EQ(find_date("Headline of the story\nBy staff\nWednesday, December 3, 2025\n\nBody."), "2025-12-03");
  // past the fifth line, or once a paragraph without a dateline has begun, nothing
  EXPECT_EQ(find_date("a\nb\nc\nd\ne\nMarch 3, 2021"), "");
  EXPECT_EQ(find_date(std::string(100, 'x') + "\nMarch 3, 2021"), "");
}

TEST(Reader, ImpossibleCalendarDatesAreNoDates) {
  EXPECT_EQ(find_date("February 30, 2024"), "");
  EXPECT_EQ(find_date("February 29, 2024"), "2024-02-29");
  EXPECT_EQ(find_date("29 February 2023"), "");
  EXPECT_EQ(find_date("2024-04-31"), "");
  EXPECT_EQ(iso_date_prefix("2024-05-01"), "2024-05-01");
  EXPECT_EQ(iso_date_prefix("2024-05-01T10:00:00Z"), "2024-05-01");
  EXPECT_EQ(iso_date_prefix("2024-13-45"), "");
  EXPECT_EQ(iso_date_prefix("2023-02-29"), "");
  EXPECT_EQ(iso_date_prefix("2024-05-01x"), "");
  EXPECT_EQ(iso_date_prefix("yesterday"), "");
}

TEST(Reader, NoncharactersAndControlsNeverReachTheText) {
  const Document d = make_document("x", "x.txt",
                                   "A\x01"
                                   "B \xEF\xBF\xBE C \xEF\xBF\xBF D\x7F");
  EXPECT_EQ(d.text, "A B \xEF\xBF\xBD C \xEF\xBF\xBD D ");
  ASSERT_FALSE(d.warnings.empty());
  EXPECT_NE(d.warnings.back().find("2 noncharacter(s)"), std::string::npos) << d.warnings.back();
}

TEST(Reader, IdIsGivenOrTheStemRepaired) {
  test::TempDir dir;
  const std::string path = dir.file("st\xFFory.txt", "Chile accused Peru.");
  auto named = read_document(path);
  ASSERT_TRUE(named.ok());
  EXPECT_EQ(named->id, "st\xEF\xBF\xBDory") << "a file name that is not UTF-8 is repaired for the id";
  auto given = read_document(path, "day1/story");
  ASSERT_TRUE(given.ok());
  EXPECT_EQ(given->id, "day1/story");
}
