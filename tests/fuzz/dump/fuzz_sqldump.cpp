// libFuzzer entry for the SQL dump parser. Each input is parsed twice, in one big chunk and in
// chunks of 1..16 bytes chosen by the first byte, and the two runs must agree event for event:
// that checks the resume-after-refill logic as well as crashes, hangs and sanitizer findings.
#include "io/sqldumpparser.h"

#include <QBuffer>

#include <cstdlib>

using namespace Portrait::Io::Dump;

namespace {

struct Run
{
    QList<QByteArray> events;
    bool failed = false;
    qint64 errorLine = 0;
};

Run parse(const QByteArray &bytes, qsizetype chunk)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    Parser parser;
    Run run;
    if (!parser.open(&buffer, QStringLiteral("fuzz.sql"), chunk)) {
        run.failed = true;
        return run;
    }
    Event event;
    while (parser.next(event)) {
        QByteArray e = event.table.toUtf8() + '|' + event.columns.join(u',').toUtf8() + '|'
                + QByteArray::number(event.line) + '|';
        if (event.kind == Event::Kind::Row)
            for (qsizetype i = 0; i < event.size(); ++i)
                e += event.value(i) + '\x1f';
        run.events.append(e);
    }
    run.failed = parser.failed();
    run.errorLine = parser.error().row;
    return run;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunk = 1 + data[0] % 16;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const Run whole = parse(bytes, 0);
    const Run pieces = parse(bytes, chunk);
    if (whole.failed != pieces.failed || whole.events != pieces.events
        || (whole.failed && whole.errorLine != pieces.errorLine)) {
        std::abort();
    }
    return 0;
}
