#include "rulehighlighter.h"

#include "tags/featuretable.h"
#include "tags/typechecker.h"

using namespace Qt::StringLiterals;

namespace Portrait::Ui {

namespace {

QTextCharFormat charFormat(const char *color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(QColor(QString::fromLatin1(color)));
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

QString alternatives(const QStringList &words)
{
    QStringList escaped;
    for (const QString &w : words)
        escaped.append(QRegularExpression::escape(w));
    // Longest first, so "recency_days" wins over a shorter name it starts with.
    std::sort(escaped.begin(), escaped.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return escaped.join(u'|');
}

} // namespace

RuleHighlighter::RuleHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    QStringList features;
    for (const Tags::FeatureInfo &f : Tags::standardFeatures()) {
        features.append(f.name);
        features.append(f.nameZh);
    }
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    m_rules = {
        { QRegularExpression(u"(?<![\\w.])\\d+(\\.\\d+)?([eE][-+]?\\d+)?|(?<![\\w.])\\.\\d+"_s), charFormat("#a0522d") },
        { QRegularExpression(u"(?<!\\w)(%1)(?!\\w)"_s.arg(alternatives(features)), ci), charFormat("#006e6e") },
        { QRegularExpression(u"\\b(%1)\\s*(?=[(（])"_s.arg(alternatives(Tags::functionNames())), ci),
          charFormat("#6f42c1", false, true) },
        { QRegularExpression(u"\\b(and|or|not|in|between|contains|starts|with|is|missing|true|false)\\b"_s, ci),
          charFormat("#0b4fa8", true) },
        { QRegularExpression(u"#.*$"_s), charFormat("#808080", false, true) },
        { QRegularExpression(u"\"(\\\\.|[^\"\\\\])*\"?|'(\\\\.|[^'\\\\])*'?|“[^”]*”?"_s), charFormat("#2e7d32") },
    };
}

void RuleHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
}

} // namespace Portrait::Ui
