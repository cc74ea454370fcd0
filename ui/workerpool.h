#pragma once

class QThreadPool;

namespace entente {

// The threads for Entente's own long work off the GUI thread: index builds, graph layouts,
// imports, exports and chart queries. Not QThreadPool::globalInstance(): Qt's raster paint engine
// splits large fills across the global pool and waits for the pieces, so a long job there holds
// every repaint of the window until it ends (seconds, on a large file).
QThreadPool &workerPool();

} // namespace entente
