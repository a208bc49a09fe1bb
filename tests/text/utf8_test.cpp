#include "text/utf8.hpp"

#include <gtest/gtest.h>

using namespace newskg;

TEST(Utf8, ValidTextIsUnchanged) {
  const std::string s = "Zelenskyy met Ердоган in Kyiv \xE2\x80\x94 5,660 missiles \xF0\x9F\x98\x80";
  auto r = utf8::repair(s);
  EXPECT_EQ(r.text, s);
  EXPECT_EQ(r.invalid, 0u);
  EXPECT_TRUE(utf8::is_valid(s));
}

TEST(Utf8, InvalidSequencesBecomeReplacementCharacterWithOffset) {
  const std::string s = std::string("ab") + "\xC3" + "(" + "cd" + "\xFF";  // truncated, stray
  auto r = utf8::repair(s);
  EXPECT_EQ(r.invalid, 2u);
  EXPECT_EQ(r.first_bad, 2u);
  EXPECT_EQ(r.text, "ab\xEF\xBF\xBD(cd\xEF\xBF\xBD");
  EXPECT_TRUE(utf8::is_valid(r.text));
  EXPECT_FALSE(utf8::is_valid(s));
}

TEST(Utf8, OverlongAndSurrogatesAreRejected) {
  EXPECT_FALSE(utf8::is_valid("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(utf8::is_valid("\xED\xA0\x80"));      // UTF-16 surrogate
  EXPECT_FALSE(utf8::is_valid("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  EXPECT_TRUE(utf8::is_valid(utf8::repair("\xC0\xAF\xED\xA0\x80").text));
}

TEST(Utf8, BomCrLfAndControlsAreNormalised) {
  auto r = utf8::repair(std::string("\xEF\xBB\xBFone\r\ntwo\rthree\x01", 18) + std::string(1, '\0') + "x");
  EXPECT_TRUE(r.had_bom);
  EXPECT_EQ(r.nul_bytes, 1u);
  EXPECT_EQ(r.text, "one\ntwo\nthree  x");
}

TEST(Utf8, CodePointOffsets) {
  const std::string s = "K\xC3\xB6ln und";  // "Köln und"
  EXPECT_EQ(utf8::code_points(s, 0), 0u);
  EXPECT_EQ(utf8::code_points(s, 3), 2u);  // after "Kö"
  EXPECT_EQ(utf8::code_points(s, s.size()), 8u);
}

TEST(Utf8, LowerAndFold) {
  EXPECT_EQ(utf8::lower("ÉLYSÉE Palace"), "élysée palace");
  EXPECT_EQ(utf8::fold_accents("Élysée"), "Elysee");
}

TEST(Utf8, LetterClassesInlineForAsciiAgreeWithTheFullTables) {
  // the inline ASCII answers and the out-of-line tables (which also know ASCII) never disagree
  for (char32_t cp = 0; cp < 0x3100; ++cp) {
    const auto n = static_cast<std::uint32_t>(cp);
    EXPECT_EQ(utf8::is_letter(cp), utf8::detail::is_letter(cp)) << n;
    EXPECT_EQ(utf8::is_upper(cp), utf8::detail::is_upper(cp)) << n;
    EXPECT_EQ(utf8::is_lower(cp), utf8::detail::is_lower(cp)) << n;
    EXPECT_EQ(utf8::is_space(cp), utf8::detail::is_space(cp)) << n;
    EXPECT_EQ(static_cast<std::uint32_t>(utf8::to_lower(cp)), static_cast<std::uint32_t>(utf8::detail::to_lower(cp)))
        << n;
  }
  EXPECT_TRUE(utf8::is_upper('Q'));
  EXPECT_FALSE(utf8::is_upper('q'));
  EXPECT_TRUE(utf8::is_lower(0xE9));  // é
  EXPECT_TRUE(utf8::is_space('\v'));
  EXPECT_FALSE(utf8::is_space('\x0E'));
  EXPECT_EQ(static_cast<std::uint32_t>(utf8::to_lower(0x416)), 0x436u);  // Ж -> ж
}

TEST(Utf8, RepairFindsAnythingToChangeAtEveryPositionOfALongText) {
  // plain runs are copied sixteen bytes at a time: a byte to repair at every position, in the
  // vector part and in the tail, is found and nothing else changes
  const std::string plain = "Plain ASCII text\twith a tab,\nand a line break, long enough for blocks.";
  EXPECT_EQ(utf8::repair(plain).text, plain);
  for (std::size_t at = 0; at < plain.size(); ++at) {
    std::string cr = plain, nul = plain, bad = plain, del = plain;
    cr[at] = '\r';
    nul[at] = '\0';
    bad[at] = '\xFF';
    del[at] = '\x7F';
    const bool crlf = at + 1 < plain.size() && plain[at + 1] == '\n';  // CR LF becomes one LF
    EXPECT_EQ(utf8::repair(cr).text, plain.substr(0, at) + "\n" + plain.substr(at + (crlf ? 2 : 1))) << at;
    std::string want = plain;
    want[at] = ' ';
    const auto n = utf8::repair(nul);
    EXPECT_EQ(n.text, want) << at;
    EXPECT_EQ(n.nul_bytes, 1u) << at;
    const auto b = utf8::repair(bad);
    EXPECT_EQ(b.text, plain.substr(0, at) + "\xEF\xBF\xBD" + plain.substr(at + 1)) << at;
    EXPECT_EQ(b.first_bad, at) << at;
    EXPECT_EQ(utf8::repair(del).text, want) << at;  // DEL, like the C0 controls, becomes a space
  }
}

TEST(Utf8, TruncateCutsAtACodePointBoundary) {
  std::string s =
      "ab\xE2\x80\x94"
      "cd";  // a, b, em dash (3 bytes), c, d
  utf8::truncate(s, 4);
  EXPECT_EQ(s, "ab");
  s = "ab\xE2\x80\x94"
      "cd";
  utf8::truncate(s, 5);
  EXPECT_EQ(s, "ab\xE2\x80\x94");
  s = "short";
  utf8::truncate(s, 10);
  EXPECT_EQ(s, "short");
}

TEST(Utf8, OneLineRepairsAndFlattens) {
  EXPECT_EQ(utf8::one_line("a\tb\nc\r\nd\x01"
                           "e\xFF"),
            "a b c d e\xEF\xBF\xBD");
}
