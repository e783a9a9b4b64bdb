#pragma once

#include <functional>

namespace Portrait::Analytics {

/// How many threads the analytics use when asked for 0 (the default): one per core.
int defaultThreadCount();

/// Runs work(worker) on `threads` threads at once (worker = 0 … threads − 1; worker 0 on the
/// calling thread) and returns when all have finished. Plain threads rather than a shared pool:
/// the GUI starts a fit from a pool thread, and work that waits on the pool it runs in can wait
/// for ever. Work distributes its items itself (e.g. an atomic counter), so results never depend
/// on which thread took which item.
void runOnThreads(int threads, const std::function<void(int worker)> &work);

} // namespace Portrait::Analytics
