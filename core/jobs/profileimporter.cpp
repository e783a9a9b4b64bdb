#include "profileimporter.h"

#include "project/projectwriter.h"
#include "rowreader.h"

#include <QSet>

#include <cmath>

using Portrait::Io::Role;

namespace Portrait::Jobs {

bool ProfileImporter::readCustomer(RowReader &row, Project::CustomerRecord &r)
{
    r.name = row.text(Role::Name);
    r.gender = row.text(Role::Gender);
    r.phone = row.text(Role::Phone);
    r.email = row.text(Role::Email);
    r.province = row.text(Role::Province);
    r.city = row.text(Role::City);
    r.country = row.text(Role::Country);
    std::optional<Io::DateTimeValue> birth, signup, last;
    std::optional<double> age, orders, amount, recency;
    if (!row.date(Role::BirthDate, birth) || !row.date(Role::SignupDate, signup)
        || !row.date(Role::LastOrderDate, last) || !row.number(Role::Age, age)
        || !row.number(Role::OrderCount, orders) || !row.number(Role::Amount, amount)
        || !row.number(Role::RecencyDays, recency)) {
        return false;
    }
    r.birthDay = birth ? birth->day : Model::NoDay;
    r.signupDay = signup ? signup->day : Model::NoDay;
    r.age = age ? int(*age) : -1;
    r.orderCount = orders ? qint64(std::llround(*orders)) : -1;
    r.totalAmount = amount ? *amount : Project::NoNumber;
    if (last)
        r.lastOrderDay = last->day;
    else if (recency && !row.has(Role::LastOrderDate))
        r.lastOrderDay = m_recencyAsOf - Model::Day(std::llround(*recency));
    return true;
}

bool ProfileImporter::readAnswer(RowReader &row, Project::AnswerRecord &a)
{
    std::optional<double> nps, satisfaction;
    std::optional<Io::DateTimeValue> day;
    if (!row.number(Role::Nps, nps) || !row.number(Role::Satisfaction, satisfaction)
        || !row.date(Role::OrderDate, day)) {
        return false;
    }
    if (nps && (*nps < 0 || *nps > 10 || *nps != std::floor(*nps))) {
        row.reject(Role::Nps, RowReader::tr("NPS must be a whole number from 0 to 10"));
        return false;
    }
    a.nps = nps ? int(*nps) : -1;
    a.satisfaction = satisfaction ? *satisfaction : Project::NoNumber;
    a.day = day ? day->day : Model::NoDay;
    a.motivation = row.text(Role::Motivation);
    return true;
}

bool ProfileImporter::addRow(RowReader &row, Project::SourceRecord &counts)
{
    const QByteArrayView key = row.id(Role::CustomerId);
    if (key.isEmpty()) {
        ++counts.rowsWithoutCustomer;
        return true;
    }
    if (m_kind == Kind::Customers) {
        Project::CustomerRecord record;
        if (!readCustomer(row, record))
            return false;
        m_customers.append(record);
    } else {
        Project::AnswerRecord answer;
        if (!readAnswer(row, answer))
            return false;
        m_answers.append(answer);
    }
    m_keys.append(key.toByteArray());
    if (!std::isnan(m_kind == Kind::Customers ? m_customers.last().totalAmount : Project::NoNumber))
        counts.totalAmount += m_customers.last().totalAmount;
    return true;
}

qint64 ProfileImporter::customersInFile() const
{
    return QSet<QByteArray>(m_keys.begin(), m_keys.end()).size();
}

SourceProfile ProfileImporter::profile() const
{
    SourceProfile profile;
    const QSet<QByteArray> distinct(m_keys.begin(), m_keys.end());
    for (const QByteArray &key : distinct)
        profile.customerKeys.append(QString::fromUtf8(key));
    profile.customerKeys.sort();
    return profile;
}

Status ProfileImporter::write(Project::ProjectWriter &writer, qint64 sourceId, Project::SourceRecord &counts) const
{
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        bool created = false;
        auto id = writer.customerId(m_keys.at(i), &created);
        if (!id)
            return id.error();
        counts.newCustomers += created ? 1 : 0;
        Status status;
        if (m_kind == Kind::Customers) {
            status = writer.updateCustomer(*id, m_customers.at(i), sourceId);
        } else {
            Project::AnswerRecord answer = m_answers.at(i);
            answer.customerId = *id;
            status = writer.addAnswer(sourceId, answer);
        }
        if (!status)
            return status;
    }
    return {};
}

} // namespace Portrait::Jobs
