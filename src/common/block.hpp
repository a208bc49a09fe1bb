#pragma once
// An array of plain values that owns its elements or views elements kept alive elsewhere: the
// tables of a compiled lexicon are read in place from its mapped cache file, not copied.
#include <cstddef>
#include <functional>
#include <type_traits>
#include <utility>
#include <vector>

namespace newskg {

/// A contiguous array of trivially copyable T. It either owns its elements (a std::vector: a
/// table being built) or views elements that something else keeps alive, unchanged, for as
/// long as the block and every copy of it exist (a compiled lexicon mapped from its cache file;
/// see view()). Reads are the same either way; a change to a viewing block copies the elements
/// into owned storage first, so the viewed memory is never written. Copies of a viewing block
/// view the same memory. Const reads are thread-safe; changes are not.
template <class T>
class Block {
  static_assert(std::is_trivially_copyable_v<T>, "a Block holds plain values");

 public:
  Block() = default;
  Block(const Block& o) : own_(o.own_), data_(o.viewing() ? o.data_ : own_.data()), size_(o.size_) {}
  Block(Block&& o) noexcept
      : own_(std::move(o.own_)), data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)) {}
  Block& operator=(Block o) noexcept {
    std::swap(own_, o.own_);
    std::swap(data_, o.data_);
    std::swap(size_, o.size_);
    return *this;
  }

  const T* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  const T& operator[](std::size_t i) const noexcept { return data_[i]; }
  const T* begin() const noexcept { return data_; }
  const T* end() const noexcept { return data_ + size_; }
  /// True when the elements are viewed, not owned.
  bool viewing() const noexcept { return data_ != own_.data(); }

  /// Views `n` elements at `at` instead of owning any: the caller keeps them alive and unchanged
  /// for as long as this block or a copy of it exists.
  void view(const T* at, std::size_t n) noexcept {
    std::vector<T>().swap(own_);
    data_ = at;
    size_ = n;
  }

  /// The elements, to change in place (owned from here on).
  T* mutable_data() {
    own();
    return own_.data();
  }
  void push_back(const T& v) {
    own();
    own_.push_back(v);
    sync();
  }
  /// Appends n elements from `at`, which may be this block's own (they are copied first then).
  void append(const T* at, std::size_t n) {
    own();
    const std::less<const T*> before;
    if (n > 0 && !before(at, own_.data()) && before(at, own_.data() + own_.size())) {
      const std::vector<T> copy(at, at + n);  // vector::insert may not read from itself
      own_.insert(own_.end(), copy.begin(), copy.end());
    } else {
      own_.insert(own_.end(), at, at + n);
    }
    sync();
  }
  void assign(std::size_t n, const T& v) {
    std::vector<T>(n, v).swap(own_);
    sync();
  }
  /// Makes it `n` owned elements (value-initialised, or kept up to the old size) and returns them.
  T* resize(std::size_t n) {
    own();
    own_.resize(n);
    sync();
    return own_.data();
  }
  void reserve(std::size_t n) {
    own();
    own_.reserve(n);
    sync();
  }

 private:
  void own() {
    if (!viewing()) return;
    own_.assign(data_, data_ + size_);
    sync();
  }
  void sync() noexcept {
    data_ = own_.data();
    size_ = own_.size();
  }
  std::vector<T> own_;
  const T* data_ = nullptr;  ///< own_.data() or the viewed elements
  std::size_t size_ = 0;
};

}  // namespace newskg
