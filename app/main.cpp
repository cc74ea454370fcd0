// entente: with no arguments or a file, the window; with a subcommand, headless work.
#include "application.h"

int main(int argc, char *argv[])
{
    return entente::cli::runApplication(argc, argv);
}
