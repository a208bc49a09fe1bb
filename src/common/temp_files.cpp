#include "common/temp_files.hpp"

#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

namespace newskg::temp_files {
namespace {

constexpr int kSlots = 16;
// A slot is free (0), being written (1) or holds a path (2); only state 2 is read by the handler.
struct Slot {
  std::atomic<int> state{0};
  char path[PATH_MAX];
};
Slot slots[kSlots];

extern "C" void on_signal(int sig) {
  remove_all();
  ::_exit(128 + sig);
}

}  // namespace

int track(std::string_view path) noexcept {
  if (path.empty() || path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (!slots[i].state.compare_exchange_strong(expected, 1, std::memory_order_acquire)) continue;
    std::memcpy(slots[i].path, path.data(), path.size());
    slots[i].path[path.size()] = '\0';
    slots[i].state.store(2, std::memory_order_release);
    return i;
  }
  return -1;
}

void untrack(int slot) noexcept {
  if (slot >= 0 && slot < kSlots) slots[slot].state.store(0, std::memory_order_release);
}

int tracked() noexcept {
  int n = 0;
  for (const Slot& s : slots) n += s.state.load(std::memory_order_acquire) == 2;
  return n;
}

void remove_all() noexcept {
  for (Slot& s : slots)
    if (s.state.load(std::memory_order_acquire) == 2) ::unlink(s.path);
}

void install_signal_handlers() noexcept {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&sa.sa_mask, sig);  // one handler at a time
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(sig, &sa, nullptr);
}

}  // namespace newskg::temp_files
