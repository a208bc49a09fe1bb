#pragma once
// A compiled copy of the lexicons, so that a run does not parse ~1.4 MB of lexicon text (and
// build its tables) again each time it starts: loading takes ~2 ms from the copy instead of ~15,
// its tables read in place in the mapped file. The text files stay the truth: a copy is used
// only when it was written by this very program (the same build) from the same lexicon files,
// and is rewritten otherwise.
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "common/error.hpp"
#include "extract/lexicon.hpp"

namespace newskg {

/// Where a lexicon came from.
enum class LexiconSource { Text, Cache };

/// A loaded lexicon and where it came from.
struct LoadedLexicon {
  Lexicon lexicon;
  LexiconSource source = LexiconSource::Text;
};

/// The directory for compiled lexicons: $NEWSKG_CACHE_DIR when it is set (set but empty: no
/// cache at all), else $XDG_CACHE_HOME/newskg, else $HOME/.cache/newskg; empty when none of
/// these is set.
std::filesystem::path default_cache_dir();

/// Loads the lexicon files of `dir` as Lexicon::load does, through a compiled copy kept in
/// `cache_dir` (none when empty). The copy is read when it holds this program's build and the
/// same files (every file of `dir`, by name, size, inode and modification and change times, and
/// by its bytes while it was changed in the last two seconds); otherwise the text files are
/// read, and a new copy is written beside the old ones (a temporary file renamed into place; the
/// eight newest copies are kept, and temporary files abandoned an hour ago removed). Anything wrong with the cache
/// (unwritable, truncated, corrupted, from another build) only means that the text files are read: errors come from the
/// lexicon files alone, as Lexicon::load reports them. Not thread-safe against itself in one
/// process; several processes may share a cache directory.
Result<LoadedLexicon> load_lexicon(const std::filesystem::path& dir, const std::filesystem::path& cache_dir);

/// The compiled form of a lexicon, and back (for tests): `restore` fails on anything that
/// `compile` did not write, without reading past the end. Given a `keeper` (what keeps
/// `compiled` alive and unchanged, such as its file's mapping), the restored lexicon reads its
/// plain tables (word lists, slot arrays, keys) where they lie in `compiled`, those that are
/// aligned there for their type, instead of copying them, and keeps `keeper` (load_lexicon does
/// this with the mapped cache file).
std::string compile_lexicon(const Lexicon& lexicon);
Result<Lexicon> restore_lexicon(std::string_view compiled, std::shared_ptr<const void> keeper = nullptr);

}  // namespace newskg
