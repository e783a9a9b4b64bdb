#include "sourcesmodel.h"

#include "format/displayformat.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

SourcesModel::SourcesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SourcesModel::setSources(QList<Project::SourceSummary> sources)
{
    beginResetModel();
    m_sources = std::move(sources);
    endResetModel();
}

const Project::SourceSummary *SourcesModel::source(int row) const
{
    return row >= 0 && row < m_sources.size() ? &m_sources.at(row) : nullptr;
}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourcesModel::kindName(const QString &kind)
{
    if (kind == u"orders"_s)
        return tr("Orders", "kind of source file");
    if (kind == u"customers"_s)
        return tr("Customers");
    if (kind == u"survey"_s)
        return tr("Survey");
    if (kind == u"sample"_s)
        return tr("Demo data");
    return kind;
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const Project::SourceSummary &source = m_sources.at(index.row());
    const Project::SourceRecord &r = source.record;
    if (role == SourceIdRole)
        return source.id;
    if (role == Qt::ToolTipRole && index.column() == File)
        return tr("%1\nSHA-256 %2").arg(r.filePath, r.checksum);
    if (role == Qt::TextAlignmentRole && index.column() >= RowsRead)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Rejected && r.rowsRejected > 0)
        return QColor(0xb0, 0x3a, 0x2e);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case File:
        // The demo's source is named in the language of the interface, not the one it was made in.
        return r.kind == u"sample"_s ? tr("Demo data") : r.fileName;
    case Kind:
        return kindName(r.kind);
    case Format:
        if (r.format == u"generated"_s)
            return tr("Generated", "format of the demo data");
        return r.encoding.isEmpty() ? r.format.toUpper() : u"%1 · %2"_s.arg(r.format.toUpper(), r.encoding);
    case Imported: {
        const QDateTime at = QDateTime::fromString(source.importedAt, Qt::ISODate);
        return at.isValid() ? DisplayFormat::dateTime(at) : source.importedAt;
    }
    case RowsRead:
        return locale.toString(r.rowsRead);
    case Accepted:
        return locale.toString(r.rowsAccepted);
    case Rejected:
        return locale.toString(r.rowsRejected);
    case WithoutCustomer:
        return locale.toString(r.rowsWithoutCustomer);
    case Orders:
        return locale.toString(r.ordersStored);
    case Customers:
        return locale.toString(r.customersInFile);
    case NewCustomers:
        return locale.toString(r.newCustomers);
    case Amount:
        return locale.toString(r.totalAmount, 'f', 2);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case File:
        return tr("File");
    case Kind:
        return tr("Kind");
    case Format:
        return tr("Format");
    case Imported:
        return tr("Imported");
    case RowsRead:
        return tr("Rows read");
    case Accepted:
        return tr("Accepted");
    case Rejected:
        return tr("Rejected");
    case WithoutCustomer:
        return tr("No customer id");
    case Orders:
        return tr("Orders");
    case Customers:
        return tr("Customers");
    case NewCustomers:
        return tr("New customers");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Portrait::Ui
