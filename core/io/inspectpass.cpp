#include "inspectpass.h"

#include "io/valueparse.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Portrait::Io::Inspect {

QList<QByteArray> recordFields(const CsvRecord &record)
{
    QList<QByteArray> fields;
    fields.reserve(qsizetype(record.fields.size()));
    for (QByteArrayView f : record.fields)
        fields.append(f.toByteArray());
    return fields;
}

QStringList headerNames(const QList<QByteArray> &cells, qsizetype columns, bool hasHeader)
{
    QStringList names;
    QSet<QString> used;
    for (qsizetype i = 0; i < columns; ++i) {
        QString name = hasHeader && i < cells.size() ? QString::fromUtf8(trimmed(cells[i])) : QString();
        if (name.isEmpty())
            name = TypeDetector::tr("Column %1").arg(i + 1);
        const QString base = name;
        for (int n = 2; used.contains(name); ++n)
            name = base + u" ("_s + QString::number(n) + u')';
        used.insert(name);
        names.append(name);
    }
    return names;
}

Error cancelled()
{
    return Error { TypeDetector::tr("cancelled"), QString(), 0, 0, {} };
}

} // namespace Portrait::Io::Inspect
