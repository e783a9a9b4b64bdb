// libFuzzer target: bytes as a CSV file, through encoding detection, the transcoder, the reader and
// the inspect pass (type detection, header rule). The reader reads the same bytes twice, in tiny
// chunks and whole, and both reads must agree record for record, so chunk boundaries cannot change
// what a file means. The first byte picks the chunk size and the declared encoding.
#include "common/progress.h"
#include "io/csvreader.h"
#include "io/encoding.h"
#include "io/typedetect.h"

#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <vector>

using namespace Portrait;
using namespace Portrait::Io;

namespace {

struct ReadResult
{
    std::vector<std::vector<QByteArray>> fields;
    std::vector<std::pair<qint64, qint64>> positions; // row, line
    bool failed = false;
    Error error;
    QByteArray encoding;
    char delimiter = 0;
};

ReadResult readAll(const QString &path, const CsvOptions &options)
{
    ReadResult out;
    CsvReader reader;
    if (const Status opened = reader.open(path, options); !opened) {
        out.failed = true;
        out.error = opened.error();
        return out;
    }
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    CsvRecord record;
    while (reader.next(record)) {
        std::vector<QByteArray> fields;
        for (QByteArrayView f : record.fields)
            fields.emplace_back(f.toByteArray());
        out.fields.push_back(std::move(fields));
        out.positions.emplace_back(record.row, record.line);
    }
    out.failed = reader.failed();
    out.error = reader.error();
    return out;
}

[[noreturn]] void mismatch(const char *what)
{
    std::fprintf(stderr, "chunked and whole reads differ: %s\n", what);
    std::abort();
}

// UTF-8 reports the exact place of bad text, so there everything must match. The other decoders
// only know the chunk the bad bytes were in: records before it may differ in count, not in content.
void compare(const ReadResult &whole, const ReadResult &chunked)
{
    if (whole.failed != chunked.failed)
        mismatch("one failed");
    if (whole.encoding != chunked.encoding || whole.delimiter != chunked.delimiter)
        mismatch("encoding or delimiter");
    const bool exact = !whole.failed || whole.encoding == "UTF-8";
    if (exact && whole.fields.size() != chunked.fields.size())
        mismatch("record count");
    const size_t n = std::min(whole.fields.size(), chunked.fields.size());
    for (size_t i = 0; i < n; ++i) {
        if (whole.fields[i] != chunked.fields[i])
            mismatch("fields");
        if (whole.positions[i] != chunked.positions[i])
            mismatch("row or line");
    }
    if (exact && whole.failed
        && (whole.error.row != chunked.error.row || whole.error.column != chunked.error.column))
        mismatch("error position");
}

void transcodeInPieces(QByteArrayView bytes, const QByteArray &encoding, size_t piece)
{
    Utf8Transcoder whole(encoding);
    Utf8Transcoder pieces(encoding);
    if (!whole.isValid())
        return;
    QByteArray a, b;
    whole.convert(bytes, a);
    whole.finish(a);
    for (qsizetype at = 0; at < bytes.size(); at += qsizetype(piece))
        pieces.convert(bytes.sliced(at, std::min<qsizetype>(qsizetype(piece), bytes.size() - at)), b);
    pieces.finish(b);
    if (whole.hasError() != pieces.hasError())
        mismatch("transcoder error");
    if (!whole.hasError() && a != b)
        mismatch("transcoder output");
    if (encoding == "UTF-8" && whole.hasError() && whole.errorOffset() != pieces.errorOffset())
        mismatch("UTF-8 error offset");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The reader takes a path; a file in memory, removed when the fuzzer exits.
    static const struct ScratchFile
    {
        QString path = QStringLiteral("/dev/shm/portrait-fuzz-csv-%1.csv").arg(::getpid());
        ~ScratchFile() { QFile::remove(path); }
    } scratch;
    const QString &path = scratch.path;
    static const QByteArray declared[] = { QByteArray(), QByteArray(), "GB18030", "UTF-16LE" };
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        file.write(bytes.data(), bytes.size());
    }

    const EncodingGuess guess = detectEncoding(bytes, true);
    (void)detectEncoding(bytes.first(bytes.size() / 2), false);
    transcodeInPieces(bytes.sliced(guess.bomLength), guess.name, size_t(data[0] & 0x0F) + 1);

    // "Whole" is one chunk larger than any input (-max_len stays below it): the default 4 MiB
    // chunk would make every run allocate, and poison, megabytes.
    constexpr qsizetype WholeChunk = qsizetype(1) << 16;
    CsvOptions options;
    options.encoding = declared[data[0] >> 6];
    options.chunkSize = WholeChunk;
    const ReadResult whole = readAll(path, options);
    options.chunkSize = qsizetype(data[0] & 0x3F) + 1;
    const ReadResult chunked = readAll(path, options);
    compare(whole, chunked);

    CancelToken cancel;
    options.chunkSize = WholeChunk;
    const auto inspection = inspectCsv(path, options, nullProgress(), cancel);
    if (inspection.ok() != !whole.failed)
        mismatch("inspection and read disagree on failure");
    if (inspection && inspection->records + (inspection->hasHeader ? 1 : 0) + inspection->leadingRows
                != qint64(whole.fields.size()))
        mismatch("inspection record count");
    return 0;
}
