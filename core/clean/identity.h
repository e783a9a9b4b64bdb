#pragma once

#include "common/error.h"
#include "customervalues.h"
#include "model/keycolumn.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace Portrait::Clean {

class RegionTable;

/// What two customer records may share to be the same person. All but NameCity are exact keys;
/// the same name in the same city is a weaker rule, offered for review only.
enum class MatchKey { Phone, Email, ExternalId, NameCity };

/// "phone", "email", "external_id", "name+city".
QString matchKeyName(MatchKey key);
QString matchKeyLabel(MatchKey key);
bool isExactKey(MatchKey key);
/// "phone,email,external_id,name+city" in the order given; an unknown key is an error naming the
/// known ones.
Result<QList<MatchKey>> parseMatchKeys(const QString &text);
QList<MatchKey> defaultMatchKeys();

/// Two customers found to share a key value.
struct Link
{
    int a = 0;          ///< indices into CandidateGroup::members
    int b = 0;
    MatchKey key = MatchKey::Phone;
    QString value;
};

struct CandidateMember
{
    qint64 rowId = 0;
    QString customer;   ///< the customer id as imported
    MatchKey key = MatchKey::Phone; ///< the first key that links it to the group
    QString value;
};

/// Customers that are likely one person: the transitive closure of their links. Members are in
/// row id order; the first, imported first, is the one the others merge into.
struct CandidateGroup
{
    QList<CandidateMember> members;
    QList<Link> links;
    bool exact = false; ///< connected by exact keys alone

    QStringList customers() const;
};

/// A key value so many customers share (a shop's phone, "noreply@…") that it says nothing about
/// identity: listed, and not used to link.
struct SharedValue
{
    MatchKey key = MatchKey::Phone;
    QString value;
    qint64 customers = 0;
};

struct DuplicateReport
{
    QList<CandidateGroup> groups;
    QList<SharedValue> shared;
    qint64 suppressed = 0; ///< groups left out because the analyst rejected them before
};

/// Collects the normalised keys of every customer, then groups those that share one. Keys are
/// normalised as the cleaning steps would (phone digits, lower-cased address, member id without
/// separators and leading zeros, name and official city name), so it finds duplicates whether or
/// not the project was cleaned.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::Clean::DuplicateFinder)

public:
    /// More customers than this sharing one value make it a SharedValue.
    static constexpr qsizetype MaxShared = 10;

    DuplicateFinder(const QList<MatchKey> &keys, const RegionTable *regions);

    void reserve(qsizetype customers);
    void add(qint64 rowId, QStringView customer, const CustomerValues &values);
    /// The customer's normalised value of every key, in the order of the keys given (what add()
    /// stores). Safe to call from several threads at once.
    QStringList keysOf(QStringView customer, const CustomerValues &values) const;
    /// Adds a customer with the values keysOf() gave.
    void addKeys(qint64 rowId, QStringView customer, const QStringList &keys);
    qsizetype size() const { return qsizetype(m_rowIds.size()); }

    /// The groups, leaving out those whose customers all lie within one of rejected (sets of
    /// customer ids the analyst said are different people).
    DuplicateReport find(const QList<QSet<QString>> &rejected = {}) const;

private:
    QString keyOf(MatchKey key, QStringView customer, const CustomerValues &values) const;

    QList<MatchKey> m_keys;
    const RegionTable *m_regions;
    std::vector<qint64> m_rowIds;
    Model::KeyColumn m_customers;
    std::vector<Model::KeyColumn> m_values; ///< per key, per customer (empty: none)
};

} // namespace Portrait::Clean
