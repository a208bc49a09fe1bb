#include "common/error.hpp"

namespace newskg {

int exit_code(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::Usage:
      return 2;
    case ErrorKind::Input:
      return 3;
    case ErrorKind::Lexicon:
      return 4;
    case ErrorKind::Output:
      return 5;
    case ErrorKind::Render:
      return 6;
    case ErrorKind::Store:
      return 7;
    case ErrorKind::Internal:
      return 70;
  }
  return 70;
}

const char* to_string(ErrorKind kind) noexcept {
  switch (kind) {
    case ErrorKind::Usage:
      return "usage";
    case ErrorKind::Input:
      return "input";
    case ErrorKind::Lexicon:
      return "lexicon";
    case ErrorKind::Output:
      return "output";
    case ErrorKind::Render:
      return "render";
    case ErrorKind::Store:
      return "store";
    case ErrorKind::Internal:
      return "internal";
  }
  return "internal";
}

}  // namespace newskg
