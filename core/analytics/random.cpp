#include "random.h"

namespace Portrait::Analytics {

quint64 Random::streamSeed(quint64 seed, quint64 stream)
{
    quint64 z = seed + 0x9E3779B97F4A7C15ULL * (stream + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 Random::below(quint64 n)
{
    // Rejection of the top partial block: every value in [0, n) equally likely.
    const quint64 limit = ~quint64(0) - (~quint64(0) % n);
    quint64 draw = m_engine();
    while (draw >= limit)
        draw = m_engine();
    return draw % n;
}

} // namespace Portrait::Analytics
