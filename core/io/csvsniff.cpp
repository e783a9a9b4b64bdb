// sniffDelimiter(): which of , ; tab | separates the fields of a CSV sample.
#include "io/csvreader.h"

#include <algorithm>
#include <map>
#include <vector>

namespace Portrait::Io {

namespace {

constexpr qsizetype SniffBytes = 64 * 1024;
constexpr int SniffRecords = 50;

/// Delimiters outside quotes per record, for up to SniffRecords records of the sample.
std::vector<int> delimiterCounts(QByteArrayView sample, char delimiter)
{
    std::vector<int> counts;
    int count = 0;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < sample.size() && int(counts.size()) < SniffRecords; ++i) {
        const char c = sample[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == delimiter) {
            ++count;
        } else if (c == '\n' || c == '\r') {
            if (any || count > 0)
                counts.push_back(count);
            count = 0;
            any = false;
            continue;
        }
        any = true;
    }
    // A cut-off last line would skew the counts; keep it only when it is all there is.
    if (counts.empty() && (any || count > 0))
        counts.push_back(count);
    return counts;
}

} // namespace

char sniffDelimiter(QByteArrayView utf8Sample)
{
    const QByteArrayView sample = utf8Sample.first(std::min(utf8Sample.size(), SniffBytes));
    char best = ',';
    double bestScore = 0;
    for (char candidate : { ',', ';', '\t', '|' }) {
        const std::vector<int> counts = delimiterCounts(sample, candidate);
        std::map<int, int> frequency;
        for (int c : counts)
            ++frequency[c];
        for (const auto &[fields, times] : frequency) {
            if (fields == 0)
                continue;
            // Consistency first; more fields only breaks ties between equally consistent ones.
            const double score = double(times) / double(counts.size()) * 1000.0 + std::min(fields, 999);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
    }
    return best;
}

} // namespace Portrait::Io
