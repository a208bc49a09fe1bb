#include "export/dot_escape.hpp"

#include <gtest/gtest.h>

using namespace newskg;

TEST(DotQuote, AlwaysQuotesAndEscapes) {
  EXPECT_EQ(dot_quote("graph"), "\"graph\"");
  EXPECT_EQ(dot_quote("."), "\".\"");
  EXPECT_EQ(dot_quote("say \"hi\""), "\"say \\\"hi\\\"\"");
  EXPECT_EQ(dot_quote("trailing\\"), "\"trailing\\\\\"");
  EXPECT_EQ(dot_quote("C:\\new"), "\"C:\\\\new\"");
  EXPECT_EQ(dot_quote("\\N"), "\"\\\\N\"");
  EXPECT_EQ(dot_quote("two\nlines\r"), "\"two\\nlines\"");
  EXPECT_EQ(dot_quote(std::string("ctl\x01x\x7F", 6)), "\"ctl x \"");
  EXPECT_EQ(dot_quote(""), "\"\"");
  EXPECT_EQ(dot_quote("K\xC3\xB6ln"), "\"K\xC3\xB6ln\"");
}
