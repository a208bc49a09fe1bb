#pragma once
// Errors inside the library: a small closed set of kinds, returned in Result<T> (an
// expected-like value). Only the CLI's main turns an Error into a message and exit code.
#include <string>
#include <utility>
#include <variant>

namespace newskg {

/// What went wrong, coarse enough to map onto an exit code.
enum class ErrorKind {
  Usage,     ///< bad arguments or options
  Input,     ///< an input could not be read or is unusable
  Lexicon,   ///< the ontology/lexicon data files are missing or malformed
  Output,    ///< an output could not be written (disk full, permissions)
  Render,    ///< Graphviz or Raptor refused the data
  Store,     ///< the triple store refused the data or could not be reached
  Internal,  ///< a bug: an invariant was broken
};

/// One error: its kind and a message that names the file (and line or byte) when there is one.
struct Error {
  ErrorKind kind;
  std::string message;
};

/// Process exit code for an error kind (documented in `newskg --help` and the README).
int exit_code(ErrorKind kind) noexcept;
const char* to_string(ErrorKind kind) noexcept;

/// Either a value or an Error. Thread safety: as for std::variant.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}  // NOLINT(google-explicit-constructor)
  bool ok() const noexcept { return v_.index() == 0; }
  explicit operator bool() const noexcept { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const Error& error() const { return std::get<1>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }

 private:
  std::variant<T, Error> v_;
};

/// Result for operations that produce nothing but may fail.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT(google-explicit-constructor)
  bool ok() const noexcept { return ok_; }
  explicit operator bool() const noexcept { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_{ErrorKind::Internal, {}};
  bool ok_ = true;
};

inline Error make_error(ErrorKind kind, std::string message) {
  return Error{kind, std::move(message)};
}

}  // namespace newskg
