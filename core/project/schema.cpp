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

// Version 3: k-means clusterings (issue 11). One of them may be active: the clusters the customer
// table, exports, tag rules (feature `cluster`) and the card use. Members are per customer, so a
// clustering outlives a re-import for the customers that remain.
constexpr const char *SchemaV3[] = {
    R"(CREATE TABLE clusterings (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (name <> ''),
        saved_at TEXT NOT NULL,
        settings TEXT NOT NULL,
        k INTEGER NOT NULL CHECK (k >= 1),
        inertia REAL NOT NULL,
        silhouette REAL NOT NULL,
        active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1))
    ) STRICT)",
    "CREATE UNIQUE INDEX clusterings_one_active ON clusterings(active) WHERE active = 1",
    R"(CREATE TABLE clusters (
        clustering_id INTEGER NOT NULL REFERENCES clusterings(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        name TEXT NOT NULL CHECK (name <> ''),
        archetype TEXT NOT NULL,
        size INTEGER NOT NULL,
        centroid TEXT NOT NULL,
        PRIMARY KEY (clustering_id, number),
        UNIQUE (clustering_id, name)
    ) STRICT, WITHOUT ROWID)",
    R"(CREATE TABLE cluster_members (
        clustering_id INTEGER NOT NULL REFERENCES clusterings(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        distance REAL NOT NULL,
        PRIMARY KEY (clustering_id, customer_id)
    ) STRICT, WITHOUT ROWID)",
    "CREATE INDEX cluster_members_customer ON cluster_members(customer_id)",
};

// Version 4: snapshots (a scoring's per-customer result at a date, kept to compare with later
// ones) and campaigns with their treated and control members. Customers are named by key, not
// by row: a snapshot or a campaign outlives customers a refresh removes.
constexpr const char *SchemaV4[] = {
    R"(CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (name <> ''),
        as_of_day INTEGER NOT NULL,
        taken_at TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('manual', 'import', 'refresh')),
        settings TEXT NOT NULL,
        scheme TEXT NOT NULL,
        customers INTEGER NOT NULL,
        scored INTEGER NOT NULL
    ) STRICT)",
    R"(CREATE TABLE snapshot_customers (
        snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
        customer_key TEXT NOT NULL,
        segment TEXT,
        recency_days INTEGER,
        frequency REAL,
        monetary REAL,
        r_score INTEGER,
        f_score INTEGER,
        m_score INTEGER,
        rfm_score REAL,
        tags TEXT NOT NULL DEFAULT '',
        cluster TEXT
    ) STRICT)",
    "CREATE INDEX snapshot_customers_snapshot ON snapshot_customers(snapshot_id)",
    R"(CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (name <> ''),
        as_of_day INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        control_percent REAL NOT NULL CHECK (control_percent > 0 AND control_percent < 100),
        seed INTEGER NOT NULL,
        selection TEXT NOT NULL,
        settings TEXT NOT NULL,
        scheme TEXT NOT NULL
    ) STRICT)",
    R"(CREATE TABLE campaign_members (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_key TEXT NOT NULL,
        segment TEXT NOT NULL,
        control INTEGER NOT NULL CHECK (control IN (0, 1))
    ) STRICT)",
    "CREATE INDEX campaign_members_campaign ON campaign_members(campaign_id)",
};

// Version 5: cleaning and identity. The imported values stay in customers; the cleaning
// pipeline (settings key clean.pipeline) writes the values it changes to customer_clean, which the
// frame reads in their place. Merges keep what undoing them needs; decisions are replayed after
// every import and refresh.
constexpr const char *SchemaV5[] = {
    R"(CREATE TABLE customer_clean (
        customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
        name TEXT,
        gender TEXT,
        birth_day INTEGER,
        age INTEGER,
        phone TEXT,
        email TEXT,
        province TEXT,
        city TEXT
    ) STRICT)",
    R"(CREATE VIEW customer_values AS
        SELECT c.id, c.customer_key,
               iif(k.customer_id IS NULL, c.name, k.name) AS name,
               iif(k.customer_id IS NULL, c.gender, k.gender) AS gender,
               iif(k.customer_id IS NULL, c.birth_day, k.birth_day) AS birth_day,
               iif(k.customer_id IS NULL, c.age, k.age) AS age,
               iif(k.customer_id IS NULL, c.phone, k.phone) AS phone,
               iif(k.customer_id IS NULL, c.email, k.email) AS email,
               iif(k.customer_id IS NULL, c.province, k.province) AS province,
               iif(k.customer_id IS NULL, c.city, k.city) AS city,
               c.signup_day
        FROM customers c LEFT JOIN customer_clean k ON k.customer_id = c.id)",
    R"(CREATE TABLE dedupe_decisions (
        id INTEGER PRIMARY KEY,
        decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
        customers TEXT NOT NULL,
        evidence TEXT NOT NULL,
        decided_at TEXT NOT NULL
    ) STRICT)",
    R"(CREATE TABLE merges (
        id INTEGER PRIMARY KEY,
        survivor_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        decision_id INTEGER REFERENCES dedupe_decisions(id) ON DELETE SET NULL,
        merged_at TEXT NOT NULL,
        undo TEXT NOT NULL
    ) STRICT)",
    "CREATE INDEX merges_survivor ON merges(survivor_id)",
    R"(CREATE TABLE customer_aliases (
        alias TEXT NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
        PRIMARY KEY (alias, merge_id)
    ) STRICT, WITHOUT ROWID)",
    "CREATE INDEX customer_aliases_customer ON customer_aliases(customer_id)",
    "CREATE INDEX customer_aliases_merge ON customer_aliases(merge_id)",
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

// Version 9: every order of a shop-platform export (or of an orders file without customer ids) as
// the file had it, purchase or not, for the order-level analysis of the Data page. Orders that are
// not purchases (unpaid, closed, cancelled) live only here: counted and listed, never scored.
constexpr const char *SchemaV9[] = {
    R"(CREATE TABLE order_level (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        order_key TEXT NOT NULL,
        customer_key TEXT,
        state TEXT NOT NULL CHECK (state IN ('purchase', 'unpaid', 'closed', 'cancelled', 'refunded')),
        status_text TEXT,
        first_row INTEGER NOT NULL,
        line_count INTEGER NOT NULL,
        created_day INTEGER,
        paid_day INTEGER,
        amount REAL NOT NULL,
        refund_amount REAL NOT NULL,
        province TEXT,
        city TEXT,
        product TEXT,
        PRIMARY KEY (source_id, order_key)
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
    { 3, SchemaV3, std::size(SchemaV3) },
    { 4, SchemaV4, std::size(SchemaV4) },
    { 5, SchemaV5, std::size(SchemaV5) },
    { 6, SchemaV6, std::size(SchemaV6) },
    { 9, SchemaV9, std::size(SchemaV9) },
};

static_assert(Steps[std::size(Steps) - 1].version == SchemaVersion, "SchemaVersion is the last step's version");

constexpr bool stepsAscend()
{
    for (size_t i = 1; i < std::size(Steps); ++i) {
        if (Steps[i].version <= Steps[i - 1].version)
            return false;
    }
    return true;
}
// Migration runs the steps after a file's version in this order: a step out of order would be skipped.
static_assert(stepsAscend(), "schema steps are in ascending version order");

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
