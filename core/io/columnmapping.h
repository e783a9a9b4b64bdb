#pragma once

#include "common/error.h"
#include "io/typedetect.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace Portrait::Io {

/// What a source column means to the analysis.
enum class Role {
    None, CustomerId, OrderId, OrderDate, Amount, Quantity, UnitPrice, Name, Phone, Email, Gender,
    BirthDate, Age, Province, City, Country, Channel, Category, PaymentMethod, PromoFlag, OrderCount,
    LastOrderDate, RecencyDays, SignupDate, Nps, Satisfaction, Motivation,
    // Shop-platform order exports (resources/data/platform_vocabulary.json): they decide which
    // orders are purchases and what a refund takes back.
    OrderStatus, PaidDate, RefundAmount, RefundStatus, Address, Product
};
constexpr int RoleCount = int(Role::Product) + 1;

/// snake_case key for files and the command line ("customer_id"); empty for Role::None.
QString roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);
/// Translated name for the user interface.
QString roleLabel(Role role);

/// Lower case, letters and digits only: "Customer ID", "customer_id" and "CustomerID" are one
/// name, and so are 商品总价(元) and 商品总价（元）. Every header name is matched in this form.
QString normalizedHeader(QStringView header);

/// Which column (0-based) plays which role.
struct ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Io::ColumnMapping)

public:
    QList<int> roleColumn = QList<int>(RoleCount, -1); ///< indexed by int(Role), -1 = unmapped

    int column(Role role) const;
    void set(Role role, int column);
    bool has(Role role) const { return column(role) >= 0; }
    /// The role of a column, or Role::None.
    Role roleOf(int column) const;

    /// {"customer_id": "CustomerID", ...}: columns by header name, or by 1-based number when the
    /// headers do not name them.
    QJsonObject toJson(const QStringList &headers) const;
    static Result<ColumnMapping> fromJson(const QJsonObject &json, const QStringList &headers);
};

/// Proposes roles from header names (English and Chinese; case, spaces and underscores ignored).
/// Exact names beat partial ones; a date role only takes a date column, and the column types break
/// ties. Each role and each column is used at most once.
ColumnMapping proposeMapping(const QStringList &headers, const QList<ColumnProfile> &profiles);

/// A name match found elsewhere (a platform's vocabulary): column, role and a score on the scale
/// of the built-in names (exact names score 1000, so a hint above that wins over them).
struct NameHint
{
    int column = -1;
    Role role = Role::None;
    int score = 0;
};

/// proposeMapping() with extra candidates, held to the same type checks and one-role-per-column rule.
ColumnMapping proposeMapping(const QStringList &headers, const QList<ColumnProfile> &profiles,
                             const QList<NameHint> &hints);

/// Applies "role=column" overrides (column by header name or 1-based number; "role=" unmaps).
/// An unknown role or column is an Error that names it and lists the valid ones.
Status applyMappingOverrides(ColumnMapping &mapping, const QStringList &headers, const QStringList &overrides);

} // namespace Portrait::Io
