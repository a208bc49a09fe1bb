// Libraries opened on first use: errors name the library or the function.
#include "common/dynamic_library.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace newskg;

TEST(DynamicLibrary, OpensALibraryAndFindsItsFunctions) {
  auto h = open_library("libm.so.6", ErrorKind::Render);
  ASSERT_TRUE(h.ok()) << h.error().message;
  auto f = library_symbol(*h, "libm.so.6", "cos", ErrorKind::Render);
  ASSERT_TRUE(f.ok()) << f.error().message;
  const auto cosine = reinterpret_cast<double (*)(double)>(*f);
  EXPECT_DOUBLE_EQ(cosine(0.0), 1.0);
  // a second open is the same library
  auto again = open_library("libm.so.6", ErrorKind::Render);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, *h);
}

TEST(DynamicLibrary, AMissingLibraryOrFunctionIsAnErrorNamingIt) {
  auto h = open_library("libnewskg-no-such-library.so.9", ErrorKind::Store);
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.error().kind, ErrorKind::Store);
  EXPECT_NE(h.error().message.find("libnewskg-no-such-library.so.9"), std::string::npos) << h.error().message;
  EXPECT_NE(h.error().message.find("install-deps"), std::string::npos) << h.error().message;
  auto m = open_library("libm.so.6", ErrorKind::Render);
  ASSERT_TRUE(m.ok());
  auto f = library_symbol(*m, "libm.so.6", "newskg_no_such_function", ErrorKind::Render);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.error().kind, ErrorKind::Render);
  EXPECT_NE(f.error().message.find("libm.so.6 has no function newskg_no_such_function"), std::string::npos)
      << f.error().message;
}
