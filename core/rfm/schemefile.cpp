#include "schemefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace Portrait::Rfm {

namespace {

class SchemeFile
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Rfm::SchemeFile)
};

const QStringList TopKeys { u"format"_s, u"version"_s, u"id"_s, u"name"_s, u"name_zh"_s, u"bins"_s, u"method"_s,
                            u"basis"_s, u"prefer_zh"_s, u"rules"_s, u"fallback"_s, u"fallback_zh"_s };
const QStringList RuleKeys { u"name"_s, u"name_zh"_s, u"r"_s, u"f"_s, u"m"_s, u"color"_s, u"action"_s, u"action_zh"_s };

/// Reads an optional string field into out; returns an error text if it is not a string.
std::optional<QString> readString(const QJsonObject &o, const QString &key, QString &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString())
        return SchemeFile::tr("expected text in quotes");
    out = v.toString();
    return std::nullopt;
}

std::optional<QString> readRange(const QJsonObject &o, const QString &key, int bins, int &lo, int &hi)
{
    lo = 1;
    hi = bins;
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return std::nullopt;   // a missing range is the whole range
    const QString expected = SchemeFile::tr("expected [lower, upper], whole numbers from 1 to %1 with lower <= upper")
                                 .arg(bins);
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2)
        return expected;
    for (const QJsonValue &bound : a) {
        const double d = bound.toDouble(-1);
        if (!bound.isDouble() || d != double(int(d)) || d < 1 || d > bins)
            return expected;
    }
    lo = a.at(0).toInt();
    hi = a.at(1).toInt();
    if (lo > hi)
        return expected;
    return std::nullopt;
}

std::optional<QString> checkUnknownKeys(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return it.key();
    }
    return std::nullopt;
}

bool isColor(const QString &s)
{
    if (s.size() != 7 || s.front() != u'#')
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        const char16_t c = s.at(i).unicode();
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

/// Parses rules[index]; returns an error message naming the rule number and the field.
std::optional<QString> parseRule(const QJsonValue &value, int index, int bins, SegmentRule &rule)
{
    const QString number = QString::number(index + 1);
    if (!value.isObject())
        return SchemeFile::tr("rule %1: expected an object {\"name\": ..., \"r\": [lower, upper], ...}").arg(number);
    const QJsonObject o = value.toObject();
    auto fail = [&](const QString &field, const QString &what) {
        const QString who = rule.name.isEmpty() ? number : number + u" \""_s + rule.name + u'"';
        return SchemeFile::tr("rule %1, field \"%2\": %3").arg(who, field, what);
    };
    if (auto e = readString(o, u"name"_s, rule.name))
        return fail(u"name"_s, *e);
    if (rule.name.trimmed().isEmpty())
        return fail(u"name"_s, SchemeFile::tr("every rule needs a name"));
    if (auto key = checkUnknownKeys(o, RuleKeys))
        return fail(*key, SchemeFile::tr("unknown field (known: %1)").arg(RuleKeys.join(u", "_s)));
    for (const auto &[key, out] : { std::pair { u"name_zh"_s, &rule.nameZh }, std::pair { u"color"_s, &rule.color },
                                    std::pair { u"action"_s, &rule.action }, std::pair { u"action_zh"_s, &rule.actionZh } }) {
        if (auto e = readString(o, key, *out))
            return fail(key, *e);
    }
    if (!rule.color.isEmpty() && !isColor(rule.color))
        return fail(u"color"_s, SchemeFile::tr("expected a colour like \"#1a9850\""));
    if (auto e = readRange(o, u"r"_s, bins, rule.rLow, rule.rHigh))
        return fail(u"r"_s, *e);
    if (auto e = readRange(o, u"f"_s, bins, rule.fLow, rule.fHigh))
        return fail(u"f"_s, *e);
    if (auto e = readRange(o, u"m"_s, bins, rule.mLow, rule.mHigh))
        return fail(u"m"_s, *e);
    return std::nullopt;
}

std::optional<QString> parseHeader(const QJsonObject &o, SegmentScheme &s)
{
    auto fail = [](const QString &field, const QString &what) {
        return SchemeFile::tr("field \"%1\": %2").arg(field, what);
    };
    if (o.value(u"format"_s).toString() != u"portrait-scheme"_s)
        return fail(u"format"_s, SchemeFile::tr("not a Portrait scheme file (expected \"portrait-scheme\")"));
    const QJsonValue version = o.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1)
        return fail(u"version"_s, SchemeFile::tr("expected a version number"));
    if (version.toDouble() > SchemeFileVersion) {
        return fail(u"version"_s, SchemeFile::tr("written by a newer Portrait (version %1); this one reads version %2")
                                       .arg(version.toDouble()).arg(SchemeFileVersion));
    }
    if (auto key = checkUnknownKeys(o, TopKeys))
        return fail(*key, SchemeFile::tr("unknown field (known: %1)").arg(TopKeys.join(u", "_s)));
    for (const auto &[key, out] : { std::pair { u"id"_s, &s.id }, std::pair { u"name"_s, &s.name },
                                    std::pair { u"name_zh"_s, &s.nameZh }, std::pair { u"fallback"_s, &s.fallbackName },
                                    std::pair { u"fallback_zh"_s, &s.fallbackNameZh } }) {
        if (auto e = readString(o, key, *out))
            return fail(key, *e);
    }
    const QJsonValue bins = o.value(u"bins"_s);
    if (!bins.isUndefined() && (!bins.isDouble() || bins.toDouble() != bins.toInt() || bins.toInt() < 2 || bins.toInt() > 5))
        return fail(u"bins"_s, SchemeFile::tr("expected 2, 3, 4 or 5"));
    s.bins = bins.toInt(5);
    return std::nullopt;
}

std::optional<QString> parseMethodAndBasis(const QJsonObject &o, SegmentScheme &s)
{
    auto fail = [](const QString &field, const QString &what) {
        return SchemeFile::tr("field \"%1\": %2").arg(field, what);
    };
    const QJsonValue method = o.value(u"method"_s);
    s.preferredMethod = s.bins == 2 ? Method::Mean : Method::Quantile;
    if (!method.isUndefined()) {
        const auto m = methodFromKey(method.toString());
        if (!m)
            return fail(u"method"_s, SchemeFile::tr("expected quantile, rfmpkg, ntile, mean, median or thresholds"));
        s.preferredMethod = *m;
    }
    if (isTwoLevel(s.preferredMethod) != (s.bins == 2))
        return fail(u"method"_s, SchemeFile::tr("mean and median give exactly 2 score levels; the other methods 3 to 5 (bins is %1)").arg(s.bins));
    const QString basis = o.value(u"basis"_s).toString(u"rfm"_s);
    if (basis != u"rfm"_s && basis != u"r_vs_fm"_s)
        return fail(u"basis"_s, SchemeFile::tr("expected \"rfm\" or \"r_vs_fm\""));
    s.basis = basis == u"rfm"_s ? SchemeBasis::RFM : SchemeBasis::RecencyVsFM;
    const QJsonValue prefer = o.value(u"prefer_zh"_s);
    if (!prefer.isUndefined() && !prefer.isBool())
        return fail(u"prefer_zh"_s, SchemeFile::tr("expected true or false"));
    s.preferChinese = prefer.toBool(false);
    return std::nullopt;
}

/// 1-based line and column of a byte offset, for JSON syntax errors.
std::pair<qint64, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    const QByteArray before = text.left(offset);
    const qsizetype lastBreak = before.lastIndexOf('\n');
    return { before.count('\n') + 1, int(QString::fromUtf8(before.mid(lastBreak + 1)).size()) + 1 };
}

QString jsonText(const QString &s)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString jsonRange(int lo, int hi)
{
    return u"["_s + QString::number(lo) + u", "_s + QString::number(hi) + u']';
}

} // namespace

Result<SegmentScheme> schemeFromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return Error { SchemeFile::tr("not valid JSON: %1").arg(parseError.errorString()), sourceName, line, column, {} };
    }
    if (!doc.isObject())
        return Error { SchemeFile::tr("expected a JSON object {\"format\": \"portrait-scheme\", ...}"), sourceName, 0, 0, {} };
    const QJsonObject o = doc.object();
    SegmentScheme s;
    std::optional<QString> problem = parseHeader(o, s);
    if (!problem)
        problem = parseMethodAndBasis(o, s);
    const QJsonArray rules = o.value(u"rules"_s).toArray();
    if (!problem && rules.isEmpty())
        problem = SchemeFile::tr("field \"rules\": expected a list with at least one rule");
    for (int i = 0; !problem && i < rules.size(); ++i) {
        SegmentRule rule;
        problem = parseRule(rules.at(i), i, s.bins, rule);
        s.rules.append(rule);
    }
    if (problem)
        return Error { *problem, sourceName, 0, 0, {} };
    if (s.id.isEmpty())
        s.id = QFileInfo(sourceName).completeBaseName();
    if (s.name.isEmpty())
        s.name = s.id;
    return s;
}

Result<SegmentScheme> loadSchemeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { SchemeFile::tr("cannot read the scheme file: %1").arg(file.errorString()), path, 0, 0, {} };
    return schemeFromJson(file.readAll(), path);
}

QByteArray schemeToJson(const SegmentScheme &s)
{
    QString out = u"{\n"_s;
    auto line = [&out](const QString &indent, const QString &key, const QString &value, bool last = false) {
        out += indent + u'"' + key + u"\": "_s + value + (last ? u"\n"_s : u",\n"_s);
    };
    const QString in1 = u"  "_s, in3 = u"      "_s;
    line(in1, u"format"_s, u"\"portrait-scheme\""_s);
    line(in1, u"version"_s, QString::number(SchemeFileVersion));
    line(in1, u"id"_s, jsonText(s.id));
    line(in1, u"name"_s, jsonText(s.name));
    line(in1, u"name_zh"_s, jsonText(s.nameZh));
    line(in1, u"bins"_s, QString::number(s.bins));
    line(in1, u"method"_s, jsonText(methodKey(s.preferredMethod)));
    line(in1, u"basis"_s, s.basis == SchemeBasis::RFM ? u"\"rfm\""_s : u"\"r_vs_fm\""_s);
    line(in1, u"prefer_zh"_s, s.preferChinese ? u"true"_s : u"false"_s);
    out += in1 + u"\"rules\": [\n"_s;
    for (qsizetype i = 0; i < s.rules.size(); ++i) {
        const SegmentRule &r = s.rules.at(i);
        out += u"    {\n"_s;
        line(in3, u"name"_s, jsonText(r.name));
        line(in3, u"name_zh"_s, jsonText(r.nameZh));
        line(in3, u"r"_s, jsonRange(r.rLow, r.rHigh));
        line(in3, u"f"_s, jsonRange(r.fLow, r.fHigh));
        line(in3, u"m"_s, jsonRange(r.mLow, r.mHigh));
        line(in3, u"color"_s, jsonText(r.color));
        line(in3, u"action"_s, jsonText(r.action));
        line(in3, u"action_zh"_s, jsonText(r.actionZh), true);
        out += i + 1 < s.rules.size() ? u"    },\n"_s : u"    }\n"_s;
    }
    out += in1 + u"],\n"_s;
    line(in1, u"fallback"_s, jsonText(s.fallbackName));
    line(in1, u"fallback_zh"_s, jsonText(s.fallbackNameZh), true);
    out += u"}\n"_s;
    return out.toUtf8();
}

Status saveSchemeFile(const SegmentScheme &scheme, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(schemeToJson(scheme)) < 0 || !file.commit())
        return Error { SchemeFile::tr("cannot write the scheme file: %1").arg(file.errorString()), path, 0, 0, {} };
    return {};
}

} // namespace Portrait::Rfm
