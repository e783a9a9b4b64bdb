#include "rulehelper.h"

#include "ruleeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

/// A number as the rule language reads it: no group separators, at most two decimals.
QString ruleNumber(double value)
{
    QString text = QString::number(value, 'f', 2);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u"\""_s + escaped + u"\""_s;
}

} // namespace

RuleHelper::RuleHelper(RuleEditor *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    m_field = new QComboBox(this);
    m_field->setObjectName(u"ruleField"_s);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_field->setToolTip(tr("The customer features a rule can use"));
    m_value = new QComboBox(this);
    m_value->setObjectName(u"ruleValue"_s);
    m_value->setEditable(true);
    m_value->setInsertPolicy(QComboBox::NoInsert);
    m_value->setMinimumContentsLength(12);
    m_value->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_value->completer()->setFilterMode(Qt::MatchContains);
    m_value->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_value->lineEdit()->setPlaceholderText(tr("value"));
    m_insert = new QPushButton(tr("&Insert"), this);
    m_insert->setToolTip(tr("Write the field and value into the rule at the cursor"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Field:"), this));
    layout->addWidget(m_field);
    layout->addWidget(new QLabel(tr("Value:"), this));
    layout->addWidget(m_value, 1);
    layout->addWidget(m_insert);

    connect(m_field, &QComboBox::currentIndexChanged, this, &RuleHelper::fillValues);
    connect(m_insert, &QPushButton::clicked, this, [this] {
        const QString text = insertion();
        if (text.isEmpty())
            return;
        QPlainTextEdit *edit = m_editor->textEdit();
        QTextCursor cursor = edit->textCursor();
        // A space between the insertion and what is already there.
        const QString before = edit->toPlainText().left(cursor.position());
        cursor.insertText((before.isEmpty() || before.back().isSpace() ? QString() : u" "_s) + text);
        edit->setTextCursor(cursor);
        edit->setFocus();
    });
    setWorkspace(nullptr);
}

void RuleHelper::setWorkspace(std::shared_ptr<const Jobs::TagWorkspace> workspace)
{
    // The same features (new tags, same data): keep what is chosen.
    if (workspace && m_workspace && workspace->features == m_workspace->features) {
        m_workspace = std::move(workspace);
        return;
    }
    m_workspace = std::move(workspace);
    fillFields();
}

void RuleHelper::fillFields()
{
    const QString chosen = m_field->currentData().toString();
    const QSignalBlocker block(m_field);
    m_field->clear();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    if (m_workspace && m_workspace->features) {
        const Tags::FeatureTable &features = *m_workspace->features;
        for (int c = 0; c < features.columnCount(); ++c) {
            const Tags::FeatureInfo &info = features.info(c);
            // Rules take either name; the interface's language decides which comes first.
            const QString label = info.nameZh.isEmpty() ? info.name
                    : chinese                           ? u"%1 (%2)"_s.arg(info.nameZh, info.name)
                                                        : u"%1 (%2)"_s.arg(info.name, info.nameZh);
            m_field->addItem(label, info.name);
            m_field->setItemData(m_field->count() - 1, info.definition, Qt::ToolTipRole);
        }
    }
    m_field->setCurrentIndex(std::max(0, m_field->findData(chosen)));
    m_insert->setEnabled(m_field->count() > 0);
    fillValues();
}

int RuleHelper::currentColumn() const
{
    if (!m_workspace || !m_workspace->features)
        return -1;
    return m_workspace->features->indexOf(m_field->currentData().toString());
}

void RuleHelper::fillValues()
{
    m_value->clear();
    const int column = currentColumn();
    if (column >= 0)
        m_value->addItems(suggestedValues(*m_workspace->features, column));
    m_value->setCurrentIndex(-1);
    m_value->setEnabled(column >= 0 && m_workspace->features->info(column).type != Tags::FeatureType::Date);
}

QString RuleHelper::insertion() const
{
    const int column = currentColumn();
    if (column < 0)
        return {};
    const Tags::FeatureInfo &info = m_workspace->features->info(column);
    const QString value = m_value->currentText().trimmed();
    if (value.isEmpty() || info.type == Tags::FeatureType::Date)
        return info.name;
    switch (info.type) {
    case Tags::FeatureType::Text:
        return u"%1 = %2"_s.arg(info.name, quoted(value));
    case Tags::FeatureType::Number:
        return u"%1 >= %2"_s.arg(info.name, value);
    case Tags::FeatureType::Boolean:
    case Tags::FeatureType::Date:
        break;
    }
    return u"%1 = %2"_s.arg(info.name, value);
}

QStringList RuleHelper::suggestedValues(const Tags::FeatureTable &features, int column, int limit)
{
    switch (features.info(column).type) {
    case Tags::FeatureType::Boolean:
        return { u"true"_s, u"false"_s };
    case Tags::FeatureType::Date:
        return {};
    case Tags::FeatureType::Text: {
        const QStringList &dictionary = features.textDictionary(column);
        std::vector<qint64> counts(size_t(dictionary.size()), 0);
        for (qint32 code : features.textCodes(column)) {
            if (code >= 0)
                ++counts[size_t(code)];
        }
        std::vector<qint32> order;
        for (qint32 code = 0; code < qint32(dictionary.size()); ++code) {
            if (counts[size_t(code)] > 0 && !dictionary.at(code).isEmpty())
                order.push_back(code);
        }
        std::stable_sort(order.begin(), order.end(),
                         [&counts](qint32 a, qint32 b) { return counts[size_t(a)] > counts[size_t(b)]; });
        QStringList values;
        for (qint32 code : order) {
            if (values.size() >= limit)
                break;
            values.append(dictionary.at(code));
        }
        return values;
    }
    case Tags::FeatureType::Number:
        break;
    }
    std::vector<double> known;
    const std::vector<double> &numbers = features.numbers(column);
    for (size_t row = 0; row < numbers.size(); ++row) {
        if (!features.isMissing(column, qsizetype(row)) && std::isfinite(numbers[row]))
            known.push_back(numbers[row]);
    }
    if (known.empty())
        return {};
    std::sort(known.begin(), known.end());
    QStringList values;
    for (double q : { 0.25, 0.5, 0.75, 0.9 }) {
        const QString text = ruleNumber(known[size_t(q * double(known.size() - 1))]);
        if (!values.contains(text))
            values.append(text);
    }
    return values;
}

} // namespace Portrait::Ui
