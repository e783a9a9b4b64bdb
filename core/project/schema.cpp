#include "schema.h"

#include "sqlite.h"

using namespace Qt::StringLiterals;

namespace Portrait::Project {

namespace {

// Version 1. Days are Julian day numbers; amounts are in the file's currency.
constexpr const char *SchemaV1[] = {
    R"(CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('orders', 'customers', 'survey', 'sample')),
        file_name TEXT NOT NULL,
        file_path TEXT NOT NULL,
        checksum TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        format TEXT NOT NULL,
        encoding TEXT NOT NULL,
        delimiter TEXT NOT NULL,
        mapping TEXT NOT NULL,
        rows_read INTEGER NOT NULL,
        rows_accepted INTEGER NOT NULL,
        rows_rejected INTEGER NOT NULL,
        rows_without_customer INTEGER NOT NULL,
        orders_in_file INTEGER NOT NULL,
        orders_stored INTEGER NOT NULL,
        return_orders INTEGER NOT NULL,
        cancellation_rows INTEGER NOT NULL,
        return_lines INTEGER NOT NULL,
        customers_in_file INTEGER NOT NULL,
        new_customers INTEGER NOT NULL,
        total_amount REAL NOT NULL
    ) STRICT)",
    R"(CREATE TABLE rejected_rows (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        row_number INTEGER NOT NULL,
        column_number INTEGER NOT NULL,
        column_name TEXT NOT NULL,
        reason TEXT NOT NULL,
        raw_value TEXT NOT NULL
    ) STRICT)",
    "CREATE INDEX rejected_rows_source ON rejected_rows(source_id, row_number)",
    R"(CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        customer_key TEXT NOT NULL UNIQUE,
        name TEXT,
        gender TEXT,
        birth_day INTEGER,
        age INTEGER,
        phone TEXT,
        email TEXT,
        province TEXT,
        city TEXT,
        country TEXT,
        signup_day INTEGER,
        order_count INTEGER,
        total_amount REAL,
        last_order_day INTEGER,
        source_id INTEGER REFERENCES sources(id) ON DELETE SET NULL
    ) STRICT)",
    R"(CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        order_key TEXT NOT NULL,
        order_day INTEGER NOT NULL,
        order_seconds INTEGER,
        purchase_amount REAL NOT NULL,
        returned_amount REAL NOT NULL,
        has_purchase INTEGER NOT NULL,
        line_count INTEGER NOT NULL,
        quantity REAL,
        channel TEXT,
        category TEXT,
        payment_method TEXT,
        promo INTEGER
    ) STRICT)",
    "CREATE INDEX orders_customer_day ON orders(customer_id, order_day)",
    R"(CREATE TABLE survey_answers (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        answered_day INTEGER,
        nps INTEGER CHECK (nps BETWEEN 0 AND 10),
        satisfaction REAL,
        motivation TEXT
    ) STRICT)",
    "CREATE INDEX survey_answers_customer ON survey_answers(customer_id)",
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT)",
};

// Version 2: the tag dictionary (level 1/2/3 tree), tags set by hand, and groups (audiences).
// Rules are kept as text and parsed by Portrait; they are never run as SQL.
constexpr const char *SchemaV2[] = {
    R"(CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 3),
        name TEXT NOT NULL CHECK (name <> ''),
        name_en TEXT NOT NULL DEFAULT '',
        definition TEXT NOT NULL DEFAULT '',
        data_source TEXT NOT NULL DEFAULT '',
        refresh_rule TEXT NOT NULL DEFAULT '',
        owner_note TEXT NOT NULL DEFAULT '',
        rule TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        UNIQUE (parent_id, name)
    ) STRICT)",
    R"(CREATE TABLE manual_tags (
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        PRIMARY KEY (tag_id, customer_id)
    ) STRICT, WITHOUT ROWID)",
    "CREATE INDEX manual_tags_customer ON manual_tags(customer_id)",
    R"(CREATE TABLE tag_groups (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (name <> ''),
        expression TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
    ) STRICT)",
};

// Version 6: sources read from a database server (PostgreSQL, MySQL/MariaDB). The URI is kept
// without its password (passwords never enter a project). watermark_day is the latest order day
// pulled; a refresh deletes that day and later and pulls them again. tail holds the counts the
// watermark day added (JSON), so the source's counts stay whole when that day is pulled again.
constexpr const char *SchemaV6[] = {
    R"(CREATE TABLE database_sources (
        source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
        uri TEXT NOT NULL,
        table_name TEXT NOT NULL,
        watermark_day INTEGER,
        tail TEXT NOT NULL,
        pulled_at TEXT NOT NULL
    ) STRICT)",
};

// Each version's statements, in order. A step is added for each new version (and SchemaVersion
// raised to it); earlier steps are never edited, since files at those versions exist.
struct SchemaStep
{
    int version;
    const char *const *statements;
    size_t count;
};

constexpr SchemaStep Steps[] = {
    { 1, SchemaV1, std::size(SchemaV1) },
    { 2, SchemaV2, std::size(SchemaV2) },
    { 6, SchemaV6, std::size(SchemaV6) },
};

static_assert(Steps[std::size(Steps) - 1].version == SchemaVersion, "SchemaVersion is the last step's version");

Status runStep(sqlite3 *db, const SchemaStep &step, const QString &fileName)
{
    for (size_t i = 0; i < step.count; ++i) {
        if (Status status = exec(db, step.statements[i], fileName); !status)
            return status;
    }
    return {};
}

} // namespace

Status migrate(sqlite3 *db, int fromVersion, const QString &fileName)
{
    if (fromVersion == SchemaVersion)
        return {};
    if (fromVersion > SchemaVersion) {
        return Error { QCoreApplication::translate("Portrait::Project",
                                                   "%1 was written by a newer Portrait (schema version %2; "
                                                   "this version reads up to %3). Please update Portrait.")
                               .arg(fileName)
                               .arg(fromVersion)
                               .arg(SchemaVersion),
                       fileName, 0, 0, {} };
    }

    Transaction transaction(db, fileName);
    if (!transaction.ok())
        return transaction.error();
    for (const SchemaStep &step : Steps) {
        if (fromVersion >= step.version)
            continue;
        if (Status status = runStep(db, step, fileName); !status)
            return status;
    }
    const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(ApplicationId)
            + "; PRAGMA user_version = " + QByteArray::number(SchemaVersion) + ';';
    if (Status status = exec(db, pragmas.constData(), fileName); !status)
        return status;
    return transaction.commit();
}

} // namespace Portrait::Project
