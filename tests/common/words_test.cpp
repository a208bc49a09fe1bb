#include "common/words.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace newskg;

TEST(Words, IsWordComparesWholeWords) {
  EXPECT_TRUE(is_word("the", "the"));
  EXPECT_FALSE(is_word("then", "the"));
  EXPECT_FALSE(is_word("th", "the"));
  EXPECT_FALSE(is_word("The", "the"));
  EXPECT_TRUE(is_word("", ""));
  EXPECT_FALSE(is_word("a", ""));
  const std::string long_word = "spokeswoman-in-chief";  // longer than the compiler's inline compares
  EXPECT_TRUE(is_word(long_word, "spokeswoman-in-chief"));
  EXPECT_FALSE(is_word(long_word, "spokeswoman-in-chiek"));
  EXPECT_TRUE(is_word(std::string_view("x\0y", 3), "x\0y"));  // bytes, not C strings
}

TEST(Words, IsAnyFindsOneOfTheLiterals) {
  EXPECT_TRUE(is_any("him", "he", "him", "his"));
  EXPECT_TRUE(is_any("his", "he", "him", "his"));
  EXPECT_FALSE(is_any("hi", "he", "him", "his"));
  EXPECT_FALSE(is_any("hers", "he", "him", "his"));
  EXPECT_TRUE(is_any("although", "as", "although"));
}

TEST(Words, MonthNumbersFromNamesAndAbbreviations) {
  EXPECT_EQ(month_number("january"), 1);
  EXPECT_EQ(month_number("december"), 12);
  EXPECT_EQ(month_number("dec"), 0) << "an abbreviation only when asked for";
  EXPECT_EQ(month_number("dec", true), 12);
  EXPECT_EQ(month_number("sept", true), 9);
  EXPECT_EQ(month_number("sep", true), 9);
  EXPECT_EQ(month_number("mayor", true), 0);
  EXPECT_EQ(month_number("January"), 0) << "lower case in";
  EXPECT_EQ(month_number("", true), 0);
}
