#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Portrait::Ui {

/// Colours a rule as the analyst types it: keywords, functions, feature names (English and
/// Chinese), text in quotes and numbers.
class RuleHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit RuleHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;   ///< applied in order: later rules win (strings last)
};

} // namespace Portrait::Ui
