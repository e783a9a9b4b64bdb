#include "rulesfile.h"

#include "tags/parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Portrait::Tags {

namespace {

class RulesFile
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Tags::RulesFile)
};

/// Index of the `#` that starts a comment on this line (quotes respected), or the line's size.
qsizetype codeEnd(const QString &line)
{
    QChar close;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!close.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == close)
                close = QChar();
        } else if (c == u'"' || c == u'\'') {
            close = c;
        } else if (c == u'“') {
            close = u'”';
        } else if (c == u'‘') {
            close = u'’';
        } else if (c == u'#') {
            return i;
        }
    }
    return line.size();
}

bool continues(const QString &line)
{
    return line.left(codeEnd(line)).trimmed().endsWith(u'\\');
}

int columnOf(const QString &line, qsizetype index)
{
    return int(QStringView(line).left(index).toUcs4().size()) + 1;
}

struct LogicalLine
{
    QStringList lines;   ///< the physical lines
    int first = 0;       ///< 1-based number of the first
};

/// Parses one logical line into a rule. Errors carry line:column but no source.
Result<TagRule> parseLogical(const LogicalLine &logical)
{
    qsizetype eqLine = -1, eqIndex = -1;
    for (qsizetype l = 0; l < logical.lines.size() && eqLine < 0; ++l) {
        const QString &line = logical.lines[l];
        const qsizetype end = codeEnd(line);
        const qsizetype eq = line.indexOf(u'=');
        if (eq >= 0 && eq < end) {
            eqLine = l;
            eqIndex = eq;
        }
    }
    if (eqLine < 0)
        return Error { RulesFile::tr("expected \"tag path = condition\", e.g. 行为特征/消费行为/高频 = frequency >= 5"),
                       {}, logical.first, 1, {} };
    QString pathText;
    for (qsizetype l = 0; l < eqLine; ++l)
        pathText += logical.lines[l].left(codeEnd(logical.lines[l])).trimmed().chopped(1) + u' ';
    pathText += logical.lines[eqLine].left(eqIndex);
    Result<QStringList> levels = splitTagPath(pathText);
    if (!levels)
        return Error { levels.error().message, {}, logical.first, 1, {} };

    TagRule rule;
    rule.levels = *levels;
    rule.path = rule.levels.join(u'/');
    rule.line = logical.first;
    rule.expressionPos = { logical.first + int(eqLine), columnOf(logical.lines[eqLine], eqIndex + 1) };
    QStringList rest = logical.lines.mid(eqLine);
    rest.first() = rest.first().mid(eqIndex + 1);
    rule.expression = rest.join(u'\n');
    Result<NodePtr> ast = parseExpression(rule.expression, rule.expressionPos);
    if (!ast)
        return ast.error();
    rule.ast = std::shared_ptr<const Node>(ast.takeValue());
    return rule;
}

} // namespace

Result<QStringList> splitTagPath(const QString &path)
{
    QStringList levels = path.split(u'/');
    for (QString &level : levels) {
        level = level.trimmed();
        if (level.isEmpty())
            return Error { RulesFile::tr("the tag path \"%1\" has an empty level").arg(path.trimmed()), {}, 0, 0, {} };
    }
    if (levels.size() > MaxTagLevels)
        return Error { RulesFile::tr("the tag path \"%1\" has %2 levels; at most %3 are allowed")
                           .arg(path.trimmed()).arg(levels.size()).arg(MaxTagLevels), {}, 0, 0, {} };
    return levels;
}

Result<QList<TagRule>> parseRulesText(const QString &text, const QString &source)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);   // a BOM is not part of the first rule

    QList<TagRule> rules;
    QHash<QString, int> firstLine;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        LogicalLine logical { { lines[i] }, int(i) + 1 };
        while (continues(logical.lines.last()) && i + 1 < lines.size())
            logical.lines.append(lines[++i]);
        if (logical.lines.size() == 1 && logical.lines.first().left(codeEnd(logical.lines.first())).trimmed().isEmpty())
            continue;   // blank or comment
        Result<TagRule> rule = parseLogical(logical);
        if (!rule) {
            Error e = rule.error();
            e.source = source;
            return e;
        }
        if (const auto it = firstLine.constFind(rule->path); it != firstLine.constEnd())
            return Error { RulesFile::tr("tag \"%1\" already has a rule on line %2").arg(rule->path).arg(*it), source,
                           rule->line, 1, {} };
        firstLine.insert(rule->path, rule->line);
        rule->source = source;
        rules.append(rule.takeValue());
    }
    return rules;
}

Result<QList<TagRule>> parseRulesFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { RulesFile::tr("cannot read the rules file: %1").arg(file.errorString()), path, 0, 0, {} };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(file.readAll());
    if (decoder.hasError())
        return Error { RulesFile::tr("the rules file is not UTF-8 text; save it as UTF-8"), path, 0, 0, {} };
    return parseRulesText(text, path);
}

Result<TagRule> makeRule(const QString &tagPath, const QString &expression)
{
    Result<QStringList> levels = splitTagPath(tagPath);
    if (!levels)
        return levels.error();
    Result<NodePtr> ast = parseExpression(expression);
    if (!ast)
        return ast.error();
    TagRule rule;
    rule.levels = *levels;
    rule.path = rule.levels.join(u'/');
    rule.expression = expression;
    rule.ast = std::shared_ptr<const Node>(ast.takeValue());
    return rule;
}

QString sourceLine(const QString &text, int line)
{
    if (line < 1)
        return {};
    return text.section(u'\n', line - 1, line - 1).remove(u'\r');
}

} // namespace Portrait::Tags
