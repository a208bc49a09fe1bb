#include "syntax/model_file.hpp"

#include <cerrno>
#include <cstring>
#include <thread>

#include "common/checksum.hpp"
#include "export/atomic_file.hpp"

namespace newskg::syntax {
namespace {

constexpr std::string_view kMagic{"NEWSKGM\0", 8};
constexpr std::size_t kHeader = 40;
constexpr std::size_t kEntry = 40;
constexpr std::size_t kNameBytes = 24;

void put64(std::string& s, std::size_t at, std::uint64_t v) {
  std::memcpy(s.data() + at, &v, 8);
}
void put32(std::string& s, std::size_t at, std::uint32_t v) {
  std::memcpy(s.data() + at, &v, 4);
}
std::uint64_t get64(std::string_view s, std::size_t at) {
  std::uint64_t v;
  std::memcpy(&v, s.data() + at, 8);
  return v;
}
std::uint32_t get32(std::string_view s, std::size_t at) {
  std::uint32_t v;
  std::memcpy(&v, s.data() + at, 4);
  return v;
}

}  // namespace

std::vector<std::string> section_lines(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t b = 0; b < s.size();) {
    std::size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    out.emplace_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& x : lines) s.append(x).append("\n");
  return s;
}

std::string ModelWriter::bytes() const {
  std::string out(kHeader + sections_.size() * kEntry, '\0');
  std::memcpy(out.data(), kMagic.data(), 8);
  put32(out, 8, kModelFormat);
  std::memcpy(out.data() + 12, kind_.data(), std::min<std::size_t>(4, kind_.size()));
  put32(out, 32, static_cast<std::uint32_t>(sections_.size()));
  for (std::size_t i = 0; i < sections_.size(); ++i) {
    const auto& [name, data] = sections_[i];
    out.resize((out.size() + 7) & ~std::size_t{7}, '\0');
    const std::size_t e = kHeader + i * kEntry;
    std::memcpy(out.data() + e, name.data(), std::min(name.size(), kNameBytes - 1));
    put64(out, e + 24, out.size());
    put64(out, e + 32, data.size());
    out += data;
  }
  out.resize((out.size() + 7) & ~std::size_t{7}, '\0');
  put64(out, 16, out.size() - 32);
  put64(out, 24, checksum(std::string_view(out).substr(32)));
  return out;
}

Status ModelWriter::write_bytes(const std::string& path, std::string_view b) {
  auto f = AtomicFile::create(path);
  if (!f) return f.error();
  if (std::fwrite(b.data(), 1, b.size(), f->stream()) != b.size())
    return make_error(ErrorKind::Output, path + ": " + std::strerror(errno));
  return f->commit();
}

Status ModelFile::check(std::string_view kind, bool checksum_now) {
  const std::string_view v = view();
  auto bad = [this](const std::string& what) {
    return make_error(ErrorKind::Input, path_ + ": not a usable newskg model: " + what);
  };
  if (v.size() < kHeader || v.substr(0, 8) != kMagic) return bad("no model header");
  if (get32(v, 8) != kModelFormat)
    return bad("format version " + std::to_string(get32(v, 8)) + ", this newskg reads version " +
               std::to_string(kModelFormat) + " (retrain with scripts/train-models)");
  if (v.substr(12, 4) != kind.substr(0, 4))
    return bad("a " + std::string(v.substr(12, 4)) + " model, expected " + std::string(kind));
  if (get64(v, 16) != v.size() - 32) return bad("truncated or extended (size does not match its header)");
  if (checksum_now) {
    std::promise<bool> p;
    p.set_value(get64(v, 24) == checksum(v.substr(32)));
    checksum_ok_ = p.get_future().share();
    if (!checksum_ok_.get()) return bad("checksum mismatch (the file is damaged)");
  } else {
    // the thread holds its own share of the mapping: it may outlive this object
    std::promise<bool> p;
    checksum_ok_ = p.get_future().share();
    std::thread([file = file_, p = std::move(p)]() mutable {
      const std::string_view b = file->view();
      bool ok = false;
      try {
        ok = get64(b, 24) == checksum(b.substr(32));
      } catch (...) {
      }
      p.set_value(ok);
    }).detach();
  }
  const std::uint32_t n = get32(v, 32);
  if (kHeader + std::size_t{n} * kEntry > v.size()) return bad("section table out of bounds");
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::size_t e = kHeader + i * kEntry;
    std::string_view name = v.substr(e, kNameBytes);
    name = name.substr(0, name.find('\0'));
    const std::uint64_t off = get64(v, e + 24), size = get64(v, e + 32);
    if (off % 8 != 0 || off > v.size() || size > v.size() - off)
      return bad("section '" + std::string(name) + "' out of bounds");
    sections_.emplace_back(std::string(name), v.substr(off, size));
  }
  return {};
}

Result<ModelFile> ModelFile::open(const std::string& path, std::string_view kind) {
  ModelFile m;
  m.path_ = path;
  if (!m.file_->load(path, true))
    return make_error(ErrorKind::Input, path + ": cannot read model: " + std::strerror(errno));
  if (auto st = m.check(kind, false); !st) return st.error();
  return m;
}

Result<ModelFile> ModelFile::from_bytes(std::string bytes, std::string_view kind, const std::string& name) {
  ModelFile m;
  m.path_ = name;
  m.owned_ = std::move(bytes);
  if (auto st = m.check(kind, true); !st) return st.error();
  return m;
}

std::string_view ModelFile::section(std::string_view name) const {
  for (const auto& [n, b] : sections_)
    if (n == name) return b;
  return {};
}

Status ModelFile::verify() const {
  if (!checksum_ok_.valid() || checksum_ok_.get()) return {};
  return make_error(ErrorKind::Input, path_ + ": not a usable newskg model: checksum mismatch (the file is damaged)");
}

bool ModelFile::has(std::string_view name) const {
  for (const auto& s : sections_)
    if (s.first == name) return true;
  return false;
}

}  // namespace newskg::syntax
