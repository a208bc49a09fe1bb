#include "extract/lexicon_cache.hpp"

#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/checksum.hpp"
#include "common/file_bytes.hpp"

namespace newskg {
namespace {

constexpr std::string_view kMagic = "NKGLEX\x0f\n";  // the compiled form, version 15
// The compiled lexicon's payload (after magic, size, checksum and padding) starts kHead bytes in,
// at a multiple of kAlign from the start of a cache file, so its Blocks are aligned when mapped.
constexpr std::size_t kAlign = 16, kHead = 32;
static_assert(kHead >= kMagic.size() + 16 && kHead % kAlign == 0);
constexpr std::size_t kKeptCopies = 8;

// ---- the compiled form: fields in the order Lexicon::visit names them ----

// The fields of the lexicon's own structs (they are aggregates with public fields).
template <class Self, class A>
requires std::is_same_v<std::remove_const_t<Self>, Description>
void fields(Self& d, A& a) {
  a(d.type), a(d.name_words), a(d.role_kinds), a(d.role_words), a(d.plural), a(d.bare);
}
template <class Self, class A>
requires std::is_same_v<std::remove_const_t<Self>, RelationFrame>
void fields(Self& f, A& a) {
  a(f.relation), a(f.lemmas), a(f.noun), a(f.adjective), a(f.agent), a(f.target), a(f.object), a(f.needs), a(f.via),
      a(f.cameo), a(f.mutual), a(f.source);
}
template <class Self, class A>
requires std::is_same_v<std::remove_const_t<Self>, Cue>
void fields(Self& c, A& a) {
  a(c.kind), a(c.words);
}

template <class T>
struct is_vector : std::false_type {};
template <class T>
struct is_vector<std::vector<T>> : std::true_type {};
template <class T>
struct is_block : std::false_type {};
template <class T>
struct is_block<Block<T>> : std::true_type {};

// Zero bytes before a Block's elements, so that they start at a multiple of their alignment
// from the payload's start (and so in memory, the payload being aligned in the file).
template <class T>
std::size_t padding(std::size_t at) {
  return (alignof(T) - at % alignof(T)) % alignof(T);
}
template <class T>
struct is_pair : std::false_type {};
template <class A, class B>
struct is_pair<std::pair<A, B>> : std::true_type {};

// What Writer and Reader handle alike, member by member: pairs, the classes that hand over their
// members (visit) and the lexicon's structs (fields).
template <class T, class Archive>
concept Visits = requires(T& x, Archive& a) {
  std::remove_const_t<T>::visit(x, a);
};
template <class T, class Archive>
concept HasFields = requires(T& x, Archive& a) {
  fields(x, a);
};
template <class Archive, class T>
constexpr bool kCompound = is_pair<std::remove_const_t<T>>::value || Visits<T, Archive> || HasFields<T, Archive>;
template <class Archive, class T>
void compound(Archive& a, T& x) {
  if constexpr (is_pair<std::remove_const_t<T>>::value)
    a(x.first), a(x.second);
  else if constexpr (Visits<T, Archive>)
    std::remove_const_t<T>::visit(x, a);
  else
    fields(x, a);
}

// Appends every field to a byte string: plain bytes for trivially copyable values, a length
// before the bytes of strings and vectors.
class Writer {
 public:
  std::string out;

  template <class T>
  void operator()(const T& x) {
    if constexpr (std::is_same_v<T, std::string>) {
      size(x.size());
      out.append(x);
    } else if constexpr (is_vector<T>::value) {
      each(x, [&](const auto& e) { (*this)(e); });
    } else if constexpr (is_block<T>::value) {
      using E = std::remove_cvref_t<decltype(x[0])>;
      size(x.size());
      out.append(padding<E>(out.size()), '\0');
      out.append(reinterpret_cast<const char*>(x.data()), x.size() * sizeof(E));
    } else if constexpr (std::is_same_v<T, std::unordered_set<std::string>>) {
      std::vector<std::string> sorted(x.begin(), x.end());  // the same bytes for the same set
      std::sort(sorted.begin(), sorted.end());
      (*this)(sorted);
    } else if constexpr (kCompound<Writer, const T>) {
      compound(*this, x);
    } else {
      static_assert(std::is_trivially_copyable_v<T>, "a field the compiled lexicon cannot hold");
      out.append(reinterpret_cast<const char*>(&x), sizeof x);
    }
  }
  // A vector: its length, then its elements (in one block when they are plain bytes).
  template <class T, class Each>
  void each(const std::vector<T>& v, Each each_element) {
    size(v.size());
    if constexpr (std::is_trivially_copyable_v<T>) {
      out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
    } else {
      for (const T& e : v) each_element(e);
    }
  }

 private:
  void size(std::size_t n) {
    const auto v = static_cast<std::uint64_t>(n);
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
};

// Reads what Writer wrote, field by field; after the first read past the end (or a length that
// cannot be), every further read fails too and ok() is false. With `view`, Blocks view their
// elements in `in` (which must then outlive what is read) where they are aligned for their type,
// instead of copying them.
class Reader {
 public:
  Reader(std::string_view in, bool view) : in_(in), view_(view) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }

  template <class T>
  void operator()(T& x) {
    if constexpr (std::is_same_v<T, std::string>) {
      const std::size_t n = size(1);
      if (ok_) x.assign(in_.data() + at_, n), at_ += n;
    } else if constexpr (is_vector<T>::value) {
      each(x, [&](auto& e) { (*this)(e); });
    } else if constexpr (is_block<T>::value) {
      using E = std::remove_cvref_t<decltype(x[0])>;
      const std::size_t n = size(sizeof(E));
      x = T();
      if (!take(padding<E>(at_)) || n > (in_.size() - at_) / sizeof(E)) {
        ok_ = false;
        return;
      }
      const char* at = in_.data() + at_;
      at_ += n * sizeof(E);
      if (view_ && reinterpret_cast<std::uintptr_t>(at) % alignof(E) == 0)
        x.view(reinterpret_cast<const E*>(at), n);
      else if (n > 0)
        std::memcpy(static_cast<void*>(x.resize(n)), at, n * sizeof(E));
    } else if constexpr (std::is_same_v<T, std::unordered_set<std::string>>) {
      std::vector<std::string> all;
      (*this)(all);
      x.clear();
      x.reserve(all.size());
      for (std::string& s : all) x.insert(std::move(s));
    } else if constexpr (kCompound<Reader, T>) {
      compound(*this, x);
    } else {
      static_assert(std::is_trivially_copyable_v<T>, "a field the compiled lexicon cannot hold");
      if (take(sizeof x)) std::memcpy(static_cast<void*>(&x), in_.data() + at_ - sizeof x, sizeof x);
    }
  }
  template <class T, class Each>
  void each(std::vector<T>& v, Each each_element) {
    const std::size_t n = size(std::is_trivially_copyable_v<T> ? sizeof(T) : 1);
    v.clear();
    if (!ok_) return;
    if constexpr (std::is_trivially_copyable_v<T>) {
      v.resize(n);
      // (an empty vector's data() may be null, and memcpy's arguments must never be)
      if (n > 0) std::memcpy(static_cast<void*>(v.data()), in_.data() + at_, n * sizeof(T));
      at_ += n * sizeof(T);
    } else {
      v.resize(n);
      for (T& e : v) each_element(e);
    }
  }

 private:
  // A length, checked against what is left: each element takes at least `min_bytes`.
  std::size_t size(std::size_t min_bytes) {
    std::uint64_t n = 0;
    if (take(sizeof n)) std::memcpy(&n, in_.data() + at_ - sizeof n, sizeof n);
    if (ok_ && n > (in_.size() - at_) / min_bytes) ok_ = false;
    return ok_ ? static_cast<std::size_t>(n) : 0;
  }
  bool take(std::size_t n) {
    if (!ok_ || n > in_.size() - at_) return ok_ = false;
    at_ += n;
    return true;
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
  bool view_ = false;
};

// ---- what makes a copy valid: this build and the lexicon files' contents ----

// The GNU build ID of the running program (a hash of its code, new with every build), or empty.
std::string build_id() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* out) -> int {
        // the first object listed is the program itself
        for (int p = 0; p < info->dlpi_phnum; ++p) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[p];
          if (ph.p_type != PT_NOTE) continue;
          const char* at = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          const char* end = at + ph.p_memsz;
          while (at + sizeof(ElfW(Nhdr)) <= end) {
            ElfW(Nhdr) note;
            std::memcpy(&note, at, sizeof note);
            const char* name = at + sizeof note;
            const char* desc = name + ((note.n_namesz + 3) & ~3u);
            if (desc + note.n_descsz > end) break;
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              static_cast<std::string*>(out)->assign(desc, note.n_descsz);
              return 1;
            }
            at = desc + ((note.n_descsz + 3) & ~3u);
          }
        }
        return 1;  // only the program
      },
      &id);
  return id;
}

// Every regular file of the lexicon directory as one number: its name, size, device, inode and
// modification and change times, which a rewrite changes (the kernel sets the change time; no
// call sets it back), without reading a byte; and the bytes too of a file changed in the last
// two seconds, since two writes within one tick of the kernel's clock can leave the times as
// they were (such a file is read, and its copy rewritten once, until it is older). False when
// the directory cannot be listed or a file examined or read.
bool fingerprint(const std::filesystem::path& dir, std::uint64_t& out) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec)) files.push_back(it->path());
  if (ec) return false;
  std::sort(files.begin(), files.end());
  timespec now{};
  ::clock_gettime(CLOCK_REALTIME, &now);
  const auto recent = [&](const timespec& t) { return t.tv_sec + 2 >= now.tv_sec; };  // or in the future
  std::uint64_t h = 0x243F6A8885A308D3ull;
  const auto mix = [&h](std::uint64_t part) { h = (h ^ part) * 0x9E3779B97F4A7C15ull, h ^= h >> 32; };
  FileBytes file;
  for (const auto& f : files) {
    struct stat st {};
    if (::stat(f.c_str(), &st) != 0) return false;
    mix(hash_bytes(f.filename().string()));
    const auto u = [](auto v) { return static_cast<std::uint64_t>(v); };
    for (const std::uint64_t part : {u(st.st_size), u(st.st_dev), u(st.st_ino), u(st.st_mtim.tv_sec),
                                     u(st.st_mtim.tv_nsec), u(st.st_ctim.tv_sec), u(st.st_ctim.tv_nsec)})
      mix(part);
    if (recent(st.st_mtim) || recent(st.st_ctim)) {
      if (!file.load(f, false)) return false;
      mix(checksum(file.view()));
    }
  }
  out = h;
  return true;
}

// The cache file's header: which build wrote it and from which files; the compiled lexicon
// (with its own size and checksum) follows.
struct Header {
  std::string build;
  std::uint64_t sources = 0;
};
std::string header_bytes(const Header& h) {
  Writer w;
  w(std::string(kMagic));
  w(h.build);
  w(h.sources);
  w.out.append((kAlign - w.out.size() % kAlign) % kAlign, '\0');  // the compiled lexicon aligned
  return std::move(w.out);
}

std::string hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

// Writes the copy: a temporary file in the cache directory renamed into place, then the oldest
// copies beyond kKeptCopies removed, and temporary files abandoned by earlier runs. Failures are ignored: the cache
// only saves time.
void store(const std::filesystem::path& cache_dir, const std::filesystem::path& file, const std::string& bytes) {
  std::error_code ec;
  std::filesystem::create_directories(cache_dir, ec);
  std::string tmp = (cache_dir / ".lexicon-XXXXXX").string();
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return;
  bool ok = true;
  for (std::size_t done = 0; ok && done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    ok = n > 0;
    done += n > 0 ? static_cast<std::size_t>(n) : 0;
  }
  ok = ::close(fd) == 0 && ok;
  if (!ok || ::rename(tmp.c_str(), file.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return;
  }
  // temporary files an hour old were left by a process that died while writing: removed too
  const auto abandoned = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
  std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> copies;
  for (std::filesystem::directory_iterator it(cache_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const auto written = it->last_write_time(ec);
    if (name.starts_with("lexicon-") && name.ends_with(".bin"))
      copies.emplace_back(written, it->path());
    else if (name.starts_with(".lexicon-") && !ec && written < abandoned)
      std::filesystem::remove(it->path(), ec);
  }
  std::sort(copies.begin(), copies.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t k = kKeptCopies; k < copies.size(); ++k)
    if (copies[k].second != file) std::filesystem::remove(copies[k].second, ec);
}

}  // namespace

std::filesystem::path default_cache_dir() {
  if (const char* d = std::getenv("NEWSKG_CACHE_DIR")) return d;  // empty: no cache
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::filesystem::path(x) / "newskg";
  if (const char* h = std::getenv("HOME"); h && *h) return std::filesystem::path(h) / ".cache" / "newskg";
  return {};
}

std::string compile_lexicon(const Lexicon& lexicon) {
  Writer w;
  Lexicon::visit(lexicon, w);
  std::string out(kMagic);
  const std::uint64_t sum = checksum(w.out), size = w.out.size();
  out.append(reinterpret_cast<const char*>(&size), sizeof size);
  out.append(reinterpret_cast<const char*>(&sum), sizeof sum);
  out.append(kHead - out.size(), '\0');
  out += w.out;
  return out;
}

Result<Lexicon> restore_lexicon(std::string_view compiled, std::shared_ptr<const void> keeper) {
  const auto fail = [] { return make_error(ErrorKind::Lexicon, "not a compiled lexicon of this program"); };
  if (compiled.size() < kHead || compiled.substr(0, kMagic.size()) != kMagic) return fail();
  std::uint64_t size = 0, sum = 0;
  std::memcpy(&size, compiled.data() + kMagic.size(), 8);
  std::memcpy(&sum, compiled.data() + kMagic.size() + 8, 8);
  const std::string_view payload = compiled.substr(kHead);
  if (payload.size() != size || checksum(payload) != sum) return fail();
  Lexicon lx;
  Reader r(payload, keeper != nullptr);
  Lexicon::visit(lx, r);
  // a checksum that matches says the bytes are the ones written, not that the writer was right:
  // every offset and size is checked before a look-up can follow it
  if (!r.ok() || !r.at_end() || !lx.consistent()) return fail();
  if (keeper) lx.keep_alive(std::move(keeper));
  return lx;
}

Result<LoadedLexicon> load_lexicon(const std::filesystem::path& dir, const std::filesystem::path& cache_dir) {
  const auto from_text = [&]() -> Result<LoadedLexicon> {
    auto lx = Lexicon::load(dir);
    if (!lx) return lx.error();
    return LoadedLexicon{std::move(*lx), LexiconSource::Text};
  };
  if (cache_dir.empty()) return from_text();
  Header want{build_id(), 0};
  if (want.build.empty() || !fingerprint(dir, want.sources)) return from_text();
  std::error_code ec;
  const auto canonical = std::filesystem::weakly_canonical(dir, ec);
  const std::filesystem::path file =
      cache_dir / ("lexicon-" + hex(hash_bytes((ec ? dir : canonical).string()) ^ hash_bytes(want.build)) + ".bin");
  const std::string head = header_bytes(want);
  // the lexicon reads its plain tables in the mapped file, which it keeps
  auto cached = std::make_shared<FileBytes>();
  if (cached->load(file, true) && cached->view().substr(0, head.size()) == head) {
    const std::string_view compiled = cached->view().substr(head.size());
    if (auto lx = restore_lexicon(compiled, std::move(cached)))
      return LoadedLexicon{std::move(*lx), LexiconSource::Cache};
  }
  auto loaded = from_text();
  if (loaded) store(cache_dir, file, head + compile_lexicon(loaded->lexicon));
  return loaded;
}

}  // namespace newskg
