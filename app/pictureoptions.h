#pragma once

#include "publish/publishedpicture.h"

#include <QString>

class QCommandLineParser;

namespace entente::cli {

// The options every picture takes on the command line, the same for each view and for story
// handouts: --title --subtitle --notes --credit --byline --date --theme --no-legend, and the
// size as --preset, or --size with --scale.
void addPictureOptions(QCommandLineParser &parser);
// Reads them into `spec` (its path aside); returns one sentence when one is wrong, else empty.
QString readPictureOptions(const QCommandLineParser &parser, PictureSpec &spec);

} // namespace entente::cli
