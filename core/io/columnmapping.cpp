#include "io/columnmapping.h"

#include <QJsonValue>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Portrait::Io {

namespace {

struct RoleInfo
{
    const char *key;
    const char *label;
    std::initializer_list<const char *> names; ///< normalised header names, most typical first
};

// The order follows enum Role. Names are matched after normalizedHeader(): lower case, letters and
// digits only, so "Customer ID", "customer_id" and "CustomerID" are one name.
const std::array<RoleInfo, RoleCount> &roleTable()
{
    static const std::array<RoleInfo, RoleCount> table { {
        { "", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "(none)"), {} },
        { "customer_id", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Customer ID"),
          { "customerid", "customer", "customerno", "customernumber", "clientid", "userid", "memberid",
            "会员编号", "客户id", "客户编号", "用户id", "会员id", "客户号", "会员号" } },
        { "order_id", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Order ID"),
          { "orderid", "invoiceno", "invoice", "invoiceid", "orderno", "ordernumber", "订单号", "订单编号", "订单id" } },
        { "order_date", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Order date"),
          { "orderdate", "invoicedate", "date", "orderdatetime", "purchasedate", "下单时间", "订单日期", "下单日期",
            "支付时间", "购买日期", "交易时间", "日期" } },
        { "amount", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Amount"),
          { "amount", "revenue", "sales", "total", "totalamount", "ordervalue", "实付金额", "订单金额", "金额",
            "销售额", "支付金额", "消费金额" } },
        { "quantity", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Quantity"),
          { "quantity", "qty", "数量", "购买数量" } },
        { "unit_price", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Unit price"),
          { "unitprice", "price", "单价" } },
        { "name", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Name"),
          { "name", "customername", "fullname", "姓名", "客户姓名", "客户名称", "会员姓名" } },
        { "phone", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Phone"),
          { "phone", "mobile", "phonenumber", "tel", "手机号", "手机", "电话", "手机号码", "联系电话" } },
        { "email", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Email"), { "email", "mail", "邮箱", "电子邮箱" } },
        { "gender", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Gender"), { "gender", "sex", "性别" } },
        { "birth_date", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Birth date"),
          { "birthdate", "birthday", "dateofbirth", "生日", "出生日期" } },
        { "age", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Age"), { "age", "年龄" } },
        { "province", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Province"),
          { "province", "state", "省份", "省" } },
        { "city", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "City"), { "city", "城市", "市" } },
        { "country", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Country"), { "country", "国家" } },
        { "channel", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Channel"),
          { "channel", "source", "渠道", "来源渠道" } },
        { "category", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Category"),
          { "category", "productcategory", "品类", "类目", "商品类别" } },
        { "payment_method", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Payment method"),
          { "paymentmethod", "payment", "支付方式" } },
        { "promo_flag", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Promotion flag"),
          { "promoflag", "promo", "promotion", "是否促销", "促销" } },
        { "order_count", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Order count"),
          { "ordercount", "numberoforders", "orders", "frequency", "订单数", "购买次数" } },
        { "last_order_date", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Last order date"),
          { "lastorderdate", "mostrecentvisit", "lastpurchasedate", "最近购买日期", "最后下单时间" } },
        { "recency_days", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Recency (days)"),
          { "recencydays", "recency", "最近购买天数" } },
        { "signup_date", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Sign-up date"),
          { "signupdate", "registrationdate", "注册时间", "注册日期" } },
        { "nps", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "NPS"), { "nps", "推荐意愿" } },
        { "satisfaction", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Satisfaction"),
          { "satisfaction", "满意度" } },
        { "motivation", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Motivation"), { "motivation", "购买动机" } },
        // The Chinese platform names of the roles below live in resources/data/platform_vocabulary.json.
        { "order_status", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Order status"),
          { "orderstatus", "orderstate" } },
        { "paid_date", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Payment time"),
          { "paiddate", "paidat", "paymenttime", "paymentdate", "paidtime" } },
        { "refund_amount", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Refund amount"),
          { "refundamount", "refund", "refunded" } },
        { "refund_status", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Refund status"),
          { "refundstatus", "aftersalestatus" } },
        { "address", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Shipping address"),
          { "address", "shippingaddress", "deliveryaddress" } },
        { "product", QT_TRANSLATE_NOOP("Portrait::Io::ColumnMapping", "Product"),
          { "product", "productname", "producttitle" } },
    } };
    return table;
}

bool isDateRole(Role role)
{
    return role == Role::OrderDate || role == Role::BirthDate || role == Role::LastOrderDate
            || role == Role::SignupDate || role == Role::PaidDate;
}

bool isNumericRole(Role role)
{
    return role == Role::Amount || role == Role::Quantity || role == Role::UnitPrice || role == Role::Age
            || role == Role::OrderCount || role == Role::RecencyDays || role == Role::Nps
            || role == Role::Satisfaction || role == Role::RefundAmount;
}

/// How well a header names a role: exact names score 1000 and up, a name at the start or end of
/// the header 500 and up (longer names are more specific); 0 = no match.
int nameScore(const QString &header, Role role)
{
    int best = 0;
    int index = 0;
    for (const char *raw : roleTable()[size_t(role)].names) {
        const QString name = QString::fromUtf8(raw);
        const bool wide = name.front().unicode() >= 0x2E80; // CJK names carry more per character
        if (header == name)
            best = std::max(best, 1000 - index);
        else if (name.size() >= (wide ? 2 : 3) && (header.startsWith(name) || header.endsWith(name)))
            best = std::max(best, 500 + int(name.size()) * (wide ? 30 : 10));
        ++index;
    }
    return best;
}

/// Column types confirm or rule out a name match.
int typeAdjustment(Role role, const ColumnProfile *profile)
{
    if (profile == nullptr || profile->type == ColumnType::Empty)
        return 0;
    const bool date = profile->type == ColumnType::Date || profile->type == ColumnType::DateTime;
    const bool number = profile->type == ColumnType::Integer || profile->type == ColumnType::Decimal;
    if (isDateRole(role))
        return date ? 5 : -100000;
    if (isNumericRole(role))
        return number ? 5 : -50;
    return date ? -50 : 0;
}

/// A column named by header (exact, then ignoring case) or by 1-based number; -1 when none.
int findColumn(const QStringList &headers, QStringView text)
{
    const QStringView t = text.trimmed();
    if (const qsizetype i = headers.indexOf(t); i >= 0)
        return int(i);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (QStringView(headers[i]).compare(t, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    bool ok = false;
    const int number = t.toInt(&ok);
    return ok && number >= 1 && number <= headers.size() ? number - 1 : -1;
}

QString validRoleKeys()
{
    QStringList keys;
    for (int r = 1; r < RoleCount; ++r)
        keys.append(roleKey(Role(r)));
    return keys.join(u", "_s);
}

QString quotedHeaders(const QStringList &headers)
{
    QStringList quoted;
    for (const QString &h : headers)
        quoted.append(u'"' + h + u'"');
    return quoted.join(u", "_s);
}

} // namespace

QString normalizedHeader(QStringView header)
{
    QString key;
    key.reserve(header.size());
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

QString roleKey(Role role)
{
    return QString::fromLatin1(roleTable()[size_t(role)].key);
}

std::optional<Role> roleFromKey(QStringView key)
{
    const QString wanted = key.trimmed().toString().toLower().replace(u'-', u'_');
    for (int r = 1; r < RoleCount; ++r) {
        if (wanted == QLatin1StringView(roleTable()[size_t(r)].key))
            return Role(r);
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    return QCoreApplication::translate("Portrait::Io::ColumnMapping", roleTable()[size_t(role)].label);
}

int ColumnMapping::column(Role role) const
{
    const qsizetype r = qsizetype(role);
    return role != Role::None && r < roleColumn.size() ? roleColumn[r] : -1;
}

void ColumnMapping::set(Role role, int column)
{
    if (role == Role::None)
        return;
    if (roleColumn.size() < RoleCount)
        roleColumn.resize(RoleCount, -1);
    roleColumn[qsizetype(role)] = column < 0 ? -1 : column;
}

Role ColumnMapping::roleOf(int column) const
{
    for (int r = 1; r < roleColumn.size() && r < RoleCount; ++r) {
        if (roleColumn[r] == column && column >= 0)
            return Role(r);
    }
    return Role::None;
}

QJsonObject ColumnMapping::toJson(const QStringList &headers) const
{
    QJsonObject json;
    for (int r = 1; r < RoleCount; ++r) {
        const int c = column(Role(r));
        if (c < 0)
            continue;
        json.insert(roleKey(Role(r)), c < headers.size() ? QJsonValue(headers[c]) : QJsonValue(c + 1));
    }
    return json;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json, const QStringList &headers)
{
    ColumnMapping mapping;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const std::optional<Role> role = roleFromKey(it.key());
        if (!role)
            return Error { tr("Unknown role \"%1\" in the column mapping; valid roles are: %2.")
                                   .arg(it.key(), validRoleKeys()), {}, 0, 0, {} };
        const QJsonValue value = it.value();
        if (value.isNull() || (value.isString() && value.toString().isEmpty()))
            continue;
        const int c = value.isDouble() ? value.toInt() - 1 : findColumn(headers, value.toString());
        if (c < 0 || (value.isDouble() && c >= headers.size() && !headers.isEmpty()))
            return Error { tr("The column mapping names a column \"%1\" for %2 that the file does not have; "
                              "its columns are: %3.")
                                   .arg(value.isDouble() ? QString::number(value.toInt()) : value.toString(),
                                        it.key(), quotedHeaders(headers)),
                           {}, 0, 0, it.key() };
        mapping.set(*role, c);
    }
    return mapping;
}

ColumnMapping proposeMapping(const QStringList &headers, const QList<ColumnProfile> &profiles)
{
    return proposeMapping(headers, profiles, {});
}

ColumnMapping proposeMapping(const QStringList &headers, const QList<ColumnProfile> &profiles,
                             const QList<NameHint> &hints)
{
    struct Candidate { int score; int role; int column; };
    std::vector<Candidate> candidates;
    for (const NameHint &hint : hints) {
        const ColumnProfile *profile = hint.column < profiles.size() ? &profiles[hint.column] : nullptr;
        const int score = hint.score + typeAdjustment(hint.role, profile);
        if (hint.column >= 0 && hint.column < headers.size() && hint.role != Role::None && score > 0)
            candidates.push_back({ score, int(hint.role), hint.column });
    }
    for (int c = 0; c < headers.size(); ++c) {
        const QString header = normalizedHeader(headers[c]);
        const ColumnProfile *profile = c < profiles.size() ? &profiles[c] : nullptr;
        for (int r = 1; r < RoleCount && !header.isEmpty(); ++r) {
            const int score = nameScore(header, Role(r));
            if (score > 0 && score + typeAdjustment(Role(r), profile) > 0)
                candidates.push_back({ score + typeAdjustment(Role(r), profile), r, c });
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    ColumnMapping mapping;
    std::vector<bool> used(size_t(headers.size()), false);
    for (const Candidate &k : candidates) {
        if (mapping.has(Role(k.role)) || used[size_t(k.column)])
            continue;
        mapping.set(Role(k.role), k.column);
        used[size_t(k.column)] = true;
    }
    return mapping;
}

Status applyMappingOverrides(ColumnMapping &mapping, const QStringList &headers, const QStringList &overrides)
{
    for (const QString &item : overrides) {
        const qsizetype eq = item.indexOf(u'=');
        const QStringView key = eq < 0 ? QStringView(item) : QStringView(item).first(eq);
        const std::optional<Role> role = roleFromKey(key);
        if (eq < 0 || !role)
            return Error { ColumnMapping::tr("Unknown role \"%1\" in \"%2\"; write role=column with one of: %3.")
                                   .arg(key.trimmed().toString(), item, validRoleKeys()), {}, 0, 0, {} };
        const QStringView columnText = QStringView(item).sliced(eq + 1).trimmed();
        if (columnText.isEmpty()) {
            mapping.set(*role, -1);
            continue;
        }
        const int c = findColumn(headers, columnText);
        if (c < 0)
            return Error { ColumnMapping::tr("Unknown column \"%1\" for %2; the columns are %3, or their numbers "
                                             "1 to %4.")
                                   .arg(columnText.toString(), roleKey(*role), quotedHeaders(headers))
                                   .arg(headers.size()),
                           {}, 0, 0, columnText.toString() };
        mapping.set(*role, c);
    }
    return {};
}

} // namespace Portrait::Io
