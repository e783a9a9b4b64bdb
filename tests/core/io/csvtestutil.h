#pragma once

// Helpers shared by the core/io tests: write bytes to a temporary file, read all records back.
#include "io/csvreader.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <QTemporaryDir>

namespace Portrait::Io::TestUtil {

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

struct ReadResult
{
    QList<QStringList> records;
    QList<qint64> lines;
    bool failed = false;
    Error error;
    QByteArray encoding;
    char delimiter = 0;
};

inline ReadResult readAll(const QString &path, const CsvOptions &options = {})
{
    ReadResult result;
    CsvReader reader;
    if (const Status s = reader.open(path, options); !s) {
        result.failed = true;
        result.error = s.error();
        return result;
    }
    result.encoding = reader.encoding();
    result.delimiter = reader.delimiter();
    CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (QByteArrayView f : record.fields)
            fields.append(QString::fromUtf8(f));
        result.records.append(fields);
        result.lines.append(record.line);
    }
    result.failed = reader.failed();
    result.error = reader.error();
    return result;
}

} // namespace Portrait::Io::TestUtil
