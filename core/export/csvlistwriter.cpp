#include "csvlistwriter.h"

#include "csvfield.h"
#include "listwriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringEncoder>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Portrait::Export {

namespace {

struct CsvListWriter
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Export::CsvListWriter)
};

QByteArray csvNumber(double value, int decimals)
{
    if (std::isnan(value))
        return {};
    if (value == 0.0)
        value = 0.0; // no "-0.00"
    return QByteArray::number(value, 'f', decimals);
}

// Rows are built as UTF-8 (csvField's output) and flushed in whole lines, so a GB18030 chunk
// never splits a character.
class Output
{
public:
    Output(QSaveFile &file, CsvEncoding encoding) : m_file(file)
    {
        if (encoding == CsvEncoding::Gb18030)
            m_encoder.emplace("GB18030");
    }

    bool encoderValid() const { return !m_encoder || m_encoder->isValid(); }
    QByteArray &buffer() { return m_buffer; }

    /// Writes the buffer out; false when the encoder failed (never for GB18030 on valid text).
    bool flush()
    {
        if (m_encoder) {
            const QByteArray encoded = (*m_encoder)(QString::fromUtf8(m_buffer));
            if (m_encoder->hasError())
                return false;
            m_file.write(encoded);
        } else {
            m_file.write(m_buffer);
        }
        m_buffer.clear();
        return true;
    }

private:
    QSaveFile &m_file;
    std::optional<QStringEncoder> m_encoder;
    QByteArray m_buffer;
};

} // namespace

Status writeCsvList(const CustomerList &list, const QString &path, CsvEncoding encoding, ProgressSink &progress,
                    const CancelToken &cancel)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    Output out(file, encoding);
    if (!out.encoderValid())
        return cannotWrite(path, CsvListWriter::tr("this system cannot encode GB18030"));

    const ListCells cells(list);
    QByteArray &buffer = out.buffer();
    if (encoding == CsvEncoding::Utf8Bom)
        file.write("\xEF\xBB\xBF");
    for (qsizetype c = 0; c < list.columns.size(); ++c) {
        buffer += c == 0 ? QByteArray() : QByteArray(",");
        buffer += csvField(cells.header(list.columns.at(c)));
    }
    buffer += '\n';

    progress.setPhase(writingPhase(path));
    progress.setTotal(qint64(list.rows.size()));
    qint32 written = 0;
    for (const qint32 row : list.rows) {
        bool first = true;
        for (const ListColumn column : list.columns) {
            if (!first)
                buffer += ',';
            first = false;
            if (listColumnKind(column) == CellKind::Number)
                buffer += csvNumber(cells.number(row, column), listColumnDecimals(column));
            else
                buffer += csvField(cells.text(row, column));
        }
        buffer += '\n';
        if (++written % ListWriterStride == 0) {
            if (cancel.isCancelled()) {
                file.cancelWriting();
                return exportCancelled(path);
            }
            progress.setValue(written);
        }
        if (buffer.size() > (1 << 20) && !out.flush())
            return cannotWrite(path, CsvListWriter::tr("a character cannot be encoded in GB18030"));
    }
    if (!out.flush())
        return cannotWrite(path, CsvListWriter::tr("a character cannot be encoded in GB18030"));
    progress.setValue(written);
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

} // namespace Portrait::Export
