// Which stored copy of a static file a request gets, and for how long it may
// be cached (net/content_coding.hpp).
#include "net/content_coding.hpp"

#include <gtest/gtest.h>

namespace kring::net {
namespace content_coding_test {
namespace {

constexpr StoredCopies both{true, true};

TEST(ContentCoding, BrotliBeforeGzipWhenBothAreAcceptedAndStored) {
  EXPECT_EQ(choose_coding("gzip, deflate, br", both), ContentCoding::brotli);
  EXPECT_EQ(choose_coding("gzip, deflate, br", {false, true}), ContentCoding::gzip);
  EXPECT_EQ(choose_coding("gzip, deflate, br", {false, false}), ContentCoding::identity);
  EXPECT_EQ(choose_coding("gzip", both), ContentCoding::gzip);
  EXPECT_EQ(choose_coding("BR", both), ContentCoding::brotli);  // codings are case-insensitive
}

TEST(ContentCoding, WeightsAndTheWildcardDecide) {
  EXPECT_EQ(choose_coding("br;q=0, gzip", both), ContentCoding::gzip);
  EXPECT_EQ(choose_coding("br;q=0.0, gzip;q=0.000", both), ContentCoding::identity);
  EXPECT_EQ(choose_coding("br ; q=0.5", both), ContentCoding::brotli);
  EXPECT_EQ(choose_coding("*", both), ContentCoding::brotli);
  EXPECT_EQ(choose_coding("*;q=0", both), ContentCoding::identity);
  EXPECT_EQ(choose_coding("br;q=0, *", both), ContentCoding::gzip);
  EXPECT_EQ(choose_coding("gzip;q=1.0", both), ContentCoding::gzip);
}

TEST(ContentCoding, NothingOrNonsenseMeansThePlainFile) {
  for (const char* header : {"", "identity", "deflate", "br;q=2", "br;q=abc", "br;q=0.5555",
                             "gzip;q=1.5", "brotli", ",,,", "br;q=", "gzip;q=-1"}) {
    EXPECT_EQ(choose_coding(header, both), ContentCoding::identity) << header;
  }
}

TEST(ContentCoding, SuffixesAndNamesMatchTheBuildsCopies) {
  EXPECT_EQ(stored_suffix(ContentCoding::brotli), ".br");
  EXPECT_EQ(stored_suffix(ContentCoding::gzip), ".gz");
  EXPECT_EQ(stored_suffix(ContentCoding::identity), "");
  EXPECT_EQ(encoding_name(ContentCoding::brotli), "br");
  EXPECT_EQ(encoding_name(ContentCoding::gzip), "gzip");
}

TEST(ContentCoding, HashedAssetsAreImmutableTheRestIsRevalidated) {
  EXPECT_EQ(cache_control_for("assets/index-3f9a.js"), "public, max-age=31536000, immutable");
  EXPECT_EQ(cache_control_for("index.html"), "no-cache");
  EXPECT_EQ(cache_control_for("favicon.ico"), "no-cache");
  EXPECT_EQ(cache_control_for("assetsfoo.js"), "no-cache");
}

}  // namespace
}  // namespace content_coding_test
}  // namespace kring::net
