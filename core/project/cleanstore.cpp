#include "cleanstore.h"

#include "projectfile.h"
#include "sqlite.h"

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

// Column order of the customer reads below.
enum CustomerColumn { Id, Key, Name, Gender, BirthDay, Age, Phone, Email, Province, City, SignupDay };

const char *customerSql(CustomerRowReader::Values values, bool one)
{
    const bool imported = values == CustomerRowReader::Values::Imported;
    if (one) {
        return imported ? "SELECT id, customer_key, name, gender, birth_day, age, phone, email, province, city, "
                          "signup_day FROM customers WHERE id = ?1"
                        : "SELECT id, customer_key, name, gender, birth_day, age, phone, email, province, city, "
                          "signup_day FROM customer_values WHERE id = ?1";
    }
    return imported ? "SELECT id, customer_key, name, gender, birth_day, age, phone, email, province, city, "
                      "signup_day FROM customers ORDER BY id"
                    : "SELECT id, customer_key, name, gender, birth_day, age, phone, email, province, city, "
                      "signup_day FROM customer_values ORDER BY id";
}

void bindOptionalDay(Statement &statement, int index, Model::Day day)
{
    if (day == Model::NoDay)
        statement.bindNull(index);
    else
        statement.bind(index, qint64(day));
}

} // namespace

QString pipelineSettingKey()
{
    return u"clean.pipeline"_s;
}

Result<std::optional<Clean::Pipeline>> loadPipeline(ProjectFile &project)
{
    const QString json = project.setting(pipelineSettingKey());
    if (json.isEmpty())
        return std::optional<Clean::Pipeline>();
    auto pipeline = Clean::Pipeline::fromJson(json.toUtf8(), project.fileName() + u" ["_s + pipelineSettingKey() + u']');
    if (!pipeline)
        return pipeline.error();
    return std::optional(pipeline.takeValue());
}

Status savePipeline(ProjectFile &project, const std::optional<Clean::Pipeline> &pipeline)
{
    if (pipeline)
        return project.setSetting(pipelineSettingKey(), QString::fromUtf8(pipeline->toJson()));
    Statement remove(project.handle(), "DELETE FROM settings WHERE key = ?1", project.fileName());
    if (!remove.ok())
        return remove.error();
    remove.bind(1, pipelineSettingKey());
    return remove.run();
}

CustomerRowReader::CustomerRowReader(ProjectFile &project, Values values, std::optional<std::vector<qint64>> ids)
    : m_project(project)
    , m_statement(std::make_unique<Statement>(project.handle(), customerSql(values, ids.has_value()), project.fileName()))
    , m_ids(std::move(ids))
{
    if (!m_statement->ok())
        m_status = m_statement->error();
    Statement bound(project.handle(), "SELECT max(id) FROM customers", project.fileName());
    if (bound.ok() && bound.step())
        m_rowBound = bound.int64(0);
}

CustomerRowReader::~CustomerRowReader() = default;

bool CustomerRowReader::read(CustomerRow &row)
{
    Statement &s = *m_statement;
    if (m_ids) {
        while (true) {
            if (m_nextId >= m_ids->size())
                return false;
            s.reset();
            s.bind(1, (*m_ids)[m_nextId++]);
            if (s.step())
                break;
            if (s.failed())
                return false; // a customer gone since is skipped; a failure ends the read
        }
    } else if (m_done || !s.step()) {
        // Stepping a finished statement again would start it over (SQLite resets it).
        m_done = true;
        return false;
    }
    row.rowId = s.int64(Id);
    row.key = s.text(Key);
    Clean::CustomerValues &v = row.values;
    v.name = s.text(Name);
    v.gender = s.text(Gender);
    v.birthDay = s.isNull(BirthDay) ? Model::NoDay : Model::Day(s.int64(BirthDay));
    v.age = s.isNull(Age) ? -1 : qint32(s.int64(Age));
    v.phone = s.text(Phone);
    v.email = s.text(Email);
    v.province = s.text(Province);
    v.city = s.text(City);
    row.signupDay = s.isNull(SignupDay) ? Model::NoDay : Model::Day(s.int64(SignupDay));
    return true;
}

bool CustomerRowReader::next(std::vector<CustomerRow> &rows, size_t max)
{
    if (!m_status)
        return false;
    rows.resize(max);
    size_t count = 0;
    while (count < max && read(rows[count]))
        ++count;
    rows.resize(count);
    if (m_statement->failed())
        m_status = m_statement->error();
    return m_status.ok() && count > 0;
}

CleanWriter::CleanWriter(ProjectFile &project)
    : m_project(project)
    , m_insert(std::make_unique<Statement>(project.handle(),
                                           "INSERT OR REPLACE INTO customer_clean(customer_id, name, gender, birth_day, "
                                           "age, phone, email, province, city) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                           project.fileName()))
    , m_delete(std::make_unique<Statement>(project.handle(), "DELETE FROM customer_clean WHERE customer_id = ?1",
                                           project.fileName()))
{
}

CleanWriter::~CleanWriter() = default;

Status CleanWriter::clearAll()
{
    return exec(m_project.handle(), "DELETE FROM customer_clean", m_project.fileName());
}

Status CleanWriter::clear(qint64 rowId)
{
    if (!m_delete->ok())
        return m_delete->error();
    m_delete->bind(1, rowId);
    return m_delete->run();
}

Status CleanWriter::write(qint64 rowId, const Clean::CustomerValues &v)
{
    Statement &s = *m_insert;
    if (!s.ok())
        return s.error();
    s.bind(1, rowId);
    s.bindOptional(2, v.name);
    s.bindOptional(3, v.gender);
    bindOptionalDay(s, 4, v.birthDay);
    if (v.age >= 0)
        s.bind(5, qint64(v.age));
    else
        s.bindNull(5);
    s.bindOptional(6, v.phone);
    s.bindOptional(7, v.email);
    s.bindOptional(8, v.province);
    s.bindOptional(9, v.city);
    return s.run();
}

Status scanOrders(ProjectFile &project, const std::function<bool(const OrderRow &)> &visit)
{
    Statement rows(project.handle(),
                   "SELECT id, customer_id, order_day, purchase_amount, returned_amount, has_purchase FROM orders",
                   project.fileName());
    if (!rows.ok())
        return rows.error();
    OrderRow row;
    while (rows.step()) {
        row.rowId = rows.int64(0);
        row.customerRowId = rows.int64(1);
        row.day = Model::Day(rows.int64(2));
        row.purchase = rows.real(3);
        row.returned = rows.real(4);
        row.hasPurchase = rows.int64(5) != 0;
        if (!visit(row))
            break;
    }
    return rows.failed() ? Status(rows.error()) : Status();
}

Status describeOrder(ProjectFile &project, qint64 orderRowId, QString &order, QString &customer, Model::Day &day)
{
    Statement row(project.handle(),
                  "SELECT o.order_key, c.customer_key, o.order_day FROM orders o JOIN customers c ON c.id = o.customer_id "
                  "WHERE o.id = ?1",
                  project.fileName());
    if (!row.ok())
        return row.error();
    row.bind(1, orderRowId);
    if (row.step()) {
        order = row.text(0);
        customer = row.text(1);
        day = Model::Day(row.int64(2));
    }
    return row.failed() ? Status(row.error()) : Status();
}

namespace {

Result<qint64> count(ProjectFile &project, const char *sql)
{
    Statement statement(project.handle(), sql, project.fileName());
    if (!statement.ok())
        return statement.error();
    const qint64 value = statement.step() ? statement.int64(0) : 0;
    if (statement.failed())
        return statement.error();
    return value;
}

Result<QList<QPair<QString, qint64>>> mostFrequent(ProjectFile &project, const char *sql, int top)
{
    Statement statement(project.handle(), sql, project.fileName());
    if (!statement.ok())
        return statement.error();
    statement.bind(1, qint64(top));
    QList<QPair<QString, qint64>> out;
    while (statement.step())
        out.append({ statement.text(0), statement.int64(1) });
    if (statement.failed())
        return statement.error();
    return out;
}

} // namespace

Result<CleaningSummary> summarizeCleaning(ProjectFile &project, int top)
{
    CleaningSummary summary;
    auto pipeline = loadPipeline(project);
    if (!pipeline)
        return pipeline.error();
    summary.pipeline = pipeline.takeValue();
    const std::pair<qint64 *, const char *> counts[] = {
        { &summary.cleanedCustomers, "SELECT count(*) FROM customer_clean" },
        { &summary.merges, "SELECT count(*) FROM merges" },
        { &summary.aliases, "SELECT count(DISTINCT alias) FROM customer_aliases" },
        { &summary.accepted, "SELECT count(*) FROM dedupe_decisions WHERE decision = 'accepted'" },
        { &summary.rejected, "SELECT count(*) FROM dedupe_decisions WHERE decision = 'rejected'" },
    };
    for (const auto &[target, sql] : counts) {
        auto value = count(project, sql);
        if (!value)
            return value.error();
        *target = *value;
    }
    auto provinces = mostFrequent(project,
                                  "SELECT province, count(*) FROM customer_values WHERE province IS NOT NULL "
                                  "GROUP BY province ORDER BY 2 DESC, 1 LIMIT ?1",
                                  top);
    auto cities = mostFrequent(project,
                               "SELECT city, count(*) FROM customer_values WHERE city IS NOT NULL "
                               "GROUP BY city ORDER BY 2 DESC, 1 LIMIT ?1",
                               top);
    if (!provinces || !cities)
        return !provinces ? provinces.error() : cities.error();
    summary.provinces = provinces.takeValue();
    summary.cities = cities.takeValue();
    return summary;
}

} // namespace Portrait::Project
