#pragma once
// Temporary files that must not outlive an interrupted run: a fixed registry that a signal
// handler can walk (nothing in it allocates or locks), and the handlers for SIGINT, SIGTERM and
// SIGHUP that remove every registered file and exit 128 + the signal's number.
#include <string_view>

namespace newskg::temp_files {

/// Registers a path to remove if the process is interrupted; returns its slot, or -1 when the
/// registry is full or the path too long (the file is then only removed by its owner). Thread-safe.
int track(std::string_view path) noexcept;
/// Forgets a slot (the owner renamed or removed the file itself). -1 is ignored. Thread-safe.
void untrack(int slot) noexcept;
/// How many paths are registered now (for tests).
int tracked() noexcept;
/// Removes every registered file. Async-signal-safe.
void remove_all() noexcept;
/// Installs handlers for SIGINT, SIGTERM and SIGHUP: remove_all(), then _exit(128 + signal),
/// the shell's convention (130, 143, 129). Called once, by main.
void install_signal_handlers() noexcept;

}  // namespace newskg::temp_files
