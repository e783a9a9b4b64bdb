#include "parallel.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace Portrait::Analytics {

int defaultThreadCount()
{
    return int(std::max(1u, std::thread::hardware_concurrency()));
}

void runOnThreads(int threads, const std::function<void(int worker)> &work)
{
    std::vector<std::thread> others;
    others.reserve(size_t(std::max(0, threads - 1)));
    for (int worker = 1; worker < threads; ++worker)
        others.emplace_back(work, worker);
    work(0);
    for (std::thread &thread : others)
        thread.join();
}

} // namespace Portrait::Analytics
