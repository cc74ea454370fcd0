#pragma once

namespace entente::cli {

// Chooses between the window and a headless subcommand, sets up the QApplication for it
// (subcommands select the offscreen platform themselves) and runs it.
int runApplication(int argc, char *argv[]);

} // namespace entente::cli
