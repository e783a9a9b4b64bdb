#include "schemerulesmodel.h"

#include <QApplication>
#include <QColor>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

int *boundField(Rfm::SegmentRule &rule, int column)
{
    switch (column) {
    case SchemeRulesModel::RLow: return &rule.rLow;
    case SchemeRulesModel::RHigh: return &rule.rHigh;
    case SchemeRulesModel::FLow: return &rule.fLow;
    case SchemeRulesModel::FHigh: return &rule.fHigh;
    case SchemeRulesModel::MLow: return &rule.mLow;
    case SchemeRulesModel::MHigh: return &rule.mHigh;
    default: return nullptr;
    }
}

QString *textField(Rfm::SegmentRule &rule, int column)
{
    switch (column) {
    case SchemeRulesModel::Name: return &rule.name;
    case SchemeRulesModel::NameZh: return &rule.nameZh;
    case SchemeRulesModel::Color: return &rule.color;
    case SchemeRulesModel::Action: return &rule.action;
    case SchemeRulesModel::ActionZh: return &rule.actionZh;
    default: return nullptr;
    }
}

} // namespace

SchemeRulesModel::SchemeRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SchemeRulesModel::setScheme(const Rfm::SegmentScheme &scheme)
{
    beginResetModel();
    m_scheme = scheme;
    m_findings.clear();
    endResetModel();
    Q_EMIT schemeChanged();
}

void SchemeRulesModel::editScheme(const std::function<void(Rfm::SegmentScheme &)> &edit)
{
    const Rfm::SegmentScheme before = m_scheme;
    edit(m_scheme);
    if (m_scheme == before)
        return;
    // Levels and basis change what the bound columns mean: headers, flags and shown values.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_scheme.rules.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT schemeChanged();
}

void SchemeRulesModel::addRule(int row)
{
    if (row < 0 || row > rowCount())
        row = rowCount();
    const int n = m_scheme.bins;
    Rfm::SegmentRule rule { tr("New segment"), QString(), 1, n, 1, n, 1, n, u"#888888"_s, QString(), QString() };
    beginInsertRows({}, row, row);
    m_scheme.rules.insert(row, rule);
    endInsertRows();
    Q_EMIT schemeChanged();
}

void SchemeRulesModel::removeRule(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_scheme.rules.removeAt(row);
    endRemoveRows();
    Q_EMIT schemeChanged();
}

bool SchemeRulesModel::moveRule(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || delta == 0)
        return false;
    // beginMoveRows names the destination as the row the moved one ends up before.
    const int destination = delta > 0 ? target + 1 : target;
    beginMoveRows({}, row, row, {}, destination);
    m_scheme.rules.move(row, target);
    endMoveRows();
    Q_EMIT schemeChanged();
    return true;
}

void SchemeRulesModel::setFindings(const QList<Rfm::LintFinding> &findings)
{
    m_findings = findings;
    if (!m_scheme.rules.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           { Qt::DecorationRole, Qt::ToolTipRole, Qt::BackgroundRole });
}

QString SchemeRulesModel::ruleFindings(int row) const
{
    QStringList texts;
    for (const Rfm::LintFinding &f : m_findings) {
        if (f.rule == row)
            texts << f.text;
    }
    return texts.join(u'\n');
}

int SchemeRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scheme.rules.size());
}

int SchemeRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SchemeRulesModel::value(const Rfm::SegmentRule &rule, int column) const
{
    switch (column) {
    case Name: return rule.name;
    case NameZh: return rule.nameZh;
    case RLow: return rule.rLow;
    case RHigh: return rule.rHigh;
    case FLow: return rule.fLow;
    case FHigh: return rule.fHigh;
    case MLow: return rule.mLow;
    case MHigh: return rule.mHigh;
    case Color: return rule.color;
    case Action: return rule.action;
    case ActionZh: return rule.actionZh;
    default: return {};
    }
}

QVariant SchemeRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rfm::SegmentRule &rule = m_scheme.rules.at(index.row());
    const int column = index.column();
    const bool ignored = m_scheme.basis == Rfm::SchemeBasis::RecencyVsFM && (column == MLow || column == MHigh);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return ignored && role == Qt::DisplayRole ? QVariant(u"–"_s) : value(rule, column);
    case Qt::DecorationRole:
        if (column == Color)
            return QColor::fromString(rule.color);
        if (column == Name && !ruleFindings(index.row()).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (ignored)
            return tr("R × FM schemes bound R and the FM score only");
        return ruleFindings(index.row());
    case Qt::BackgroundRole:
        return ruleFindings(index.row()).isEmpty() ? QVariant() : QVariant(QColor(255, 236, 179));
    case Qt::TextAlignmentRole:
        return isBound(column) ? QVariant(Qt::AlignCenter) : QVariant();
    default:
        return {};
    }
}

bool SchemeRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Rfm::SegmentRule &rule = m_scheme.rules[index.row()];
    if (int *bound = boundField(rule, index.column())) {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok || v == *bound)
            return false;
        *bound = v;
    } else if (QString *text = textField(rule, index.column())) {
        QString v = value.toString().trimmed();
        if (index.column() == Color && !QColor::fromString(v).isValid())
            return false;
        if (v == *text)
            return false;
        *text = v;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT schemeChanged();
    return true;
}

Qt::ItemFlags SchemeRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const int column = index.column();
    if (m_scheme.basis == Rfm::SchemeBasis::RecencyVsFM && (column == MLow || column == MHigh))
        return Qt::ItemIsSelectable;
    // Colours are picked with a colour dialog (the editor opens it on activation), not typed.
    if (column == Color)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant SchemeRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole && isBound(section))
        return tr("Inclusive score bound, 1 to %1").arg(m_scheme.bins);
    if (role != Qt::DisplayRole)
        return {};
    const bool fm = m_scheme.basis == Rfm::SchemeBasis::RecencyVsFM;
    switch (section) {
    case Name: return tr("Name");
    case NameZh: return tr("Chinese name");
    case RLow: return tr("R from");
    case RHigh: return tr("R to");
    case FLow: return fm ? tr("FM from") : tr("F from");
    case FHigh: return fm ? tr("FM to") : tr("F to");
    case MLow: return tr("M from");
    case MHigh: return tr("M to");
    case Color: return tr("Colour");
    case Action: return tr("Suggested action");
    case ActionZh: return tr("Suggested action (Chinese)");
    default: return {};
    }
}

} // namespace Portrait::Ui
