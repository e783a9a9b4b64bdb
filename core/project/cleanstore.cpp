#include "cleanstore.h"

#include "projectfile.h"
#include "sqlite.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <cstring>
#include <utility>

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

// The column's text decoded into target, reusing target's buffer: a million customers read
// without a million allocations (and frees of the part before) per column.
void decodeInto(QByteArrayView bytes, QString &target)
{
    const qsizetype n = bytes.size();
    target.resize(n); // UTF-16 code units never outnumber the UTF-8 bytes
    if (n == 0)
        return;
    QChar *out = target.data();
    const char *in = bytes.data();
    qsizetype i = 0;
    while (i < n && uchar(in[i]) < 0x80) {
        out[i] = QChar(char16_t(in[i]));
        ++i;
    }
    if (i == n)
        return;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QChar *end = decoder.appendToBuffer(out + i, bytes.sliced(i));
    target.resize(end - target.constData());
}

void assignText(const Statement &statement, int column, QString &target)
{
    decodeInto(statement.utf8(column), target);
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
    assignText(s, Key, row.key);
    Clean::CustomerValues &v = row.values;
    assignText(s, Name, v.name);
    assignText(s, Gender, v.gender);
    v.birthDay = s.isNull(BirthDay) ? Model::NoDay : Model::Day(s.int64(BirthDay));
    v.age = s.isNull(Age) ? -1 : qint32(s.int64(Age));
    assignText(s, Phone, v.phone);
    assignText(s, Email, v.email);
    assignText(s, Province, v.province);
    assignText(s, City, v.city);
    row.signupDay = s.isNull(SignupDay) ? Model::NoDay : Model::Day(s.int64(SignupDay));
    return true;
}

bool CustomerRowReader::next(RawCustomers &raw, size_t max)
{
    raw.m_rows.clear();
    raw.m_bytes.resize(0);
    if (!m_status || m_ids)
        return false; // by ids: read decoded, one at a time
    Statement &s = *m_statement;
    static constexpr int TextColumn[RawCustomers::Texts] = { Key, Name, Gender, Phone, Email, Province, City };
    while (raw.m_rows.size() < max) {
        if (m_done || !s.step()) {
            m_done = true; // stepping a finished statement again would start it over
            break;
        }
        RawCustomers::Row &row = raw.m_rows.emplace_back();
        row.rowId = s.int64(Id);
        row.birthDay = s.isNull(BirthDay) ? Model::NoDay : Model::Day(s.int64(BirthDay));
        row.age = s.isNull(Age) ? -1 : qint32(s.int64(Age));
        row.signupDay = s.isNull(SignupDay) ? Model::NoDay : Model::Day(s.int64(SignupDay));
        for (int t = 0; t < RawCustomers::Texts; ++t) {
            const QByteArrayView bytes = s.utf8(TextColumn[t]);
            row.begin[size_t(t)] = quint32(raw.m_bytes.size());
            row.size[size_t(t)] = quint32(bytes.size());
            raw.m_bytes.append(bytes);
        }
    }
    if (s.failed())
        m_status = s.error();
    return m_status.ok() && !raw.m_rows.empty();
}

void RawCustomers::decode(size_t i, CustomerRow &out) const
{
    const Row &row = m_rows[i];
    const auto text = [&](int t) { return QByteArrayView(m_bytes.constData() + row.begin[size_t(t)], row.size[size_t(t)]); };
    out.rowId = row.rowId;
    out.signupDay = row.signupDay;
    Clean::CustomerValues &v = out.values;
    v.birthDay = row.birthDay;
    v.age = row.age;
    QString *targets[Texts] = { &out.key, &v.name, &v.gender, &v.phone, &v.email, &v.province, &v.city };
    for (int t = 0; t < Texts; ++t)
        decodeInto(text(t), *targets[t]);
}

void appendUtf8(QByteArray &bytes, QStringView text)
{
    const qsizetype n = text.size(), start = bytes.size();
    bytes.resize(start + n * 3);
    char *out = bytes.data() + start;
    const char16_t *in = text.utf16();
    qsizetype i = 0;
    while (i < n && in[i] < 0x80) {
        out[i] = char(in[i]);
        ++i;
    }
    qsizetype size = i;
    if (i < n) {
        QStringEncoder encoder(QStringEncoder::Utf8);
        size = encoder.appendToBuffer(out + i, text.sliced(i)) - out;
    }
    bytes.resize(start + size);
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

namespace {

constexpr const char *InsertClean = "INSERT OR REPLACE INTO customer_clean(customer_id, name, gender, birth_day, age, "
                                    "phone, email, province, city) VALUES";
constexpr int CleanColumns = 9;

QByteArray deleteSql(int rows)
{
    QByteArray sql = "DELETE FROM customer_clean WHERE customer_id IN (?";
    for (int r = 1; r < rows; ++r)
        sql += ", ?";
    return sql + ')';
}

QByteArray insertSql(int rows)
{
    QByteArray sql = InsertClean;
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? " (?, ?, ?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

// text as UTF-8 in buffer (its capacity reused); false when empty (bound as NULL).
bool encodeText(const QString &text, QByteArray &buffer)
{
    buffer.resize(0);
    if (text.isEmpty())
        return false;
    appendUtf8(buffer, text);
    return true;
}

} // namespace

CleanWriter::CleanWriter(ProjectFile &project)
    : m_project(project)
    , m_insert(std::make_unique<Statement>(project.handle(), insertSql(1).constData(), project.fileName()))
    , m_insertBatch(std::make_unique<Statement>(project.handle(), insertSql(Batch).constData(), project.fileName()))
    , m_delete(std::make_unique<Statement>(project.handle(), "DELETE FROM customer_clean WHERE customer_id = ?1",
                                           project.fileName()))
    , m_deleteBatch(std::make_unique<Statement>(project.handle(), deleteSql(Batch).constData(), project.fileName()))
{
}

Result<bool> CleanWriter::hasAny()
{
    Statement any(m_project.handle(), "SELECT EXISTS (SELECT 1 FROM customer_clean)", m_project.fileName());
    if (!any.ok())
        return any.error();
    const bool found = any.step() && any.int64(0) != 0;
    if (any.failed())
        return any.error();
    return found;
}

Status CleanWriter::remove(qint64 rowId)
{
    m_pendingRemovals.push_back(rowId);
    if (m_pendingRemovals.size() < size_t(Batch))
        return {};
    Statement &s = *m_deleteBatch;
    if (!s.ok())
        return s.error();
    for (int i = 0; i < Batch; ++i)
        s.bind(i + 1, m_pendingRemovals[size_t(i)]);
    m_pendingRemovals.clear();
    return s.run();
}

// Rows still pending belong to a transaction that failed: they are dropped with it.
CleanWriter::~CleanWriter() = default;

Status CleanWriter::clearAll()
{
    m_pendingCount = 0;
    m_pendingRemovals.clear();
    return exec(m_project.handle(), "DELETE FROM customer_clean", m_project.fileName());
}

Status CleanWriter::clear(qint64 rowId)
{
    if (Status status = flush(); !status)
        return status;
    if (!m_delete->ok())
        return m_delete->error();
    m_delete->bind(1, rowId);
    return m_delete->run();
}

Status CleanWriter::write(qint64 rowId, const Clean::CustomerValues &v)
{
    const int slot = m_pendingCount;
    PendingRow &row = m_pending[size_t(slot)];
    row.rowId = rowId;
    row.birthDay = v.birthDay;
    row.age = v.age;
    QByteArray *buffers = &m_buffers[size_t(slot * TextColumns)];
    const QString *texts[TextColumns] = { &v.name, &v.gender, &v.phone, &v.email, &v.province, &v.city };
    for (int t = 0; t < TextColumns; ++t)
        row.hasText[size_t(t)] = encodeText(*texts[t], buffers[t]);
    if (++m_pendingCount < Batch)
        return {};
    return flush();
}

Status CleanWriter::write(qint64 rowId, Model::Day birthDay, qint32 age, const std::array<QByteArrayView, 6> &texts)
{
    const int slot = m_pendingCount;
    PendingRow &row = m_pending[size_t(slot)];
    row.rowId = rowId;
    row.birthDay = birthDay;
    row.age = age;
    QByteArray *buffers = &m_buffers[size_t(slot * TextColumns)];
    for (int t = 0; t < TextColumns; ++t) {
        const QByteArrayView text = texts[size_t(t)];
        row.hasText[size_t(t)] = !text.isEmpty();
        buffers[t].resize(text.size());
        if (!text.isEmpty())
            std::memcpy(buffers[t].data(), text.data(), size_t(text.size()));
    }
    if (++m_pendingCount < Batch)
        return {};
    return flush();
}

Status CleanWriter::writeRows(Statement &s, int first, int count)
{
    if (!s.ok())
        return s.error();
    // Parameter positions of the text columns within a row: name, gender, phone, email, province, city.
    static constexpr int TextParameter[TextColumns] = { 2, 3, 6, 7, 8, 9 };
    for (int r = 0; r < count; ++r) {
        const PendingRow &row = m_pending[size_t(first + r)];
        const int base = r * CleanColumns;
        s.bind(base + 1, row.rowId);
        bindOptionalDay(s, base + 4, row.birthDay);
        if (row.age >= 0)
            s.bind(base + 5, qint64(row.age));
        else
            s.bindNull(base + 5);
        for (int t = 0; t < TextColumns; ++t) {
            if (row.hasText[size_t(t)])
                s.bindStatic(base + TextParameter[t], m_buffers[size_t((first + r) * TextColumns + t)]);
            else
                s.bindNull(base + TextParameter[t]);
        }
    }
    return s.run();
}

Status CleanWriter::flush()
{
    const std::vector<qint64> removals = std::exchange(m_pendingRemovals, {});
    for (qint64 rowId : removals) {
        m_delete->bind(1, rowId);
        if (Status status = m_delete->run(); !status)
            return status;
    }
    const int count = m_pendingCount;
    m_pendingCount = 0;
    if (count == Batch)
        return writeRows(*m_insertBatch, 0, count);
    for (int r = 0; r < count; ++r) {
        if (Status status = writeRows(*m_insert, r, 1); !status)
            return status;
    }
    return {};
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
