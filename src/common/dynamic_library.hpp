#pragma once
// Shared libraries opened when first needed (dlopen) rather than when the program starts.
#include <string>

#include "common/error.hpp"

namespace newskg {

/// Opens the shared library `soname` (RTLD_NOW | RTLD_GLOBAL, as the dynamic linker would at
/// start-up) and returns its handle, or an error of `kind` naming the library and why. The
/// handle is never closed: libraries such as Graphviz and GnuTLS do not survive unloading, so a
/// library once opened stays for the life of the process. Thread-safe.
Result<void*> open_library(const char* soname, ErrorKind kind);

/// The address of `name` in an open library, or an error of `kind` naming library and symbol.
Result<void*> library_symbol(void* handle, const char* soname, const char* name, ErrorKind kind);

}  // namespace newskg
