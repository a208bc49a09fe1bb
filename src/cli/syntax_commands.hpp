#pragma once
// The syntax subcommands of the newskg program: train, eval-syntax, parse.
#include <CLI/CLI.hpp>
#include <functional>

namespace newskg::cli {

/// Adds the subcommands to `app`; returns the function that runs the one chosen (an exit code),
/// or -1 when none of them was chosen.
std::function<int()> add_syntax_commands(CLI::App& app, const char* exit_codes);

}  // namespace newskg::cli
