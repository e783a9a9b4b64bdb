#pragma once

#include <QtGlobal>

#include <random>

namespace Portrait::Analytics {

/// A seeded generator whose draws are the same on every platform and standard library: the
/// engine's sequence is fixed by the C++ standard, and the draws are made here rather than by the
/// library's distributions, whose algorithms are not. Same seed → same clusters, everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) { }

    /// The seed of an independent stream for item `stream` of work seeded with `seed` (a restart,
    /// a value of k): mixed with SplitMix64 so neighbouring streams do not correlate.
    static quint64 streamSeed(quint64 seed, quint64 stream);

    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform in [0, n), n > 0, without modulo bias.
    quint64 below(quint64 n);

private:
    std::mt19937_64 m_engine;
};

} // namespace Portrait::Analytics
