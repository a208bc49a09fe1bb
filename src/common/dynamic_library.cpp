#include "common/dynamic_library.hpp"

#include <dlfcn.h>

#include <mutex>

namespace newskg {
namespace {

std::mutex g_dl_mutex;  // dlerror() is per thread, but keep the open-and-read-error pairs whole

}  // namespace

Result<void*> open_library(const char* soname, ErrorKind kind) {
  std::lock_guard lock(g_dl_mutex);
  void* h = ::dlopen(soname, RTLD_NOW | RTLD_GLOBAL);
  if (!h) {
    const char* why = ::dlerror();
    return make_error(kind, std::string("cannot load ") + soname + ": " + (why ? why : "unknown error") +
                                " (is its package installed? see scripts/install-deps)");
  }
  return h;
}

Result<void*> library_symbol(void* handle, const char* soname, const char* name, ErrorKind kind) {
  std::lock_guard lock(g_dl_mutex);
  ::dlerror();  // clear
  void* p = ::dlsym(handle, name);
  if (!p) return make_error(kind, std::string(soname) + " has no function " + name + " (an incompatible version?)");
  return p;
}

}  // namespace newskg
