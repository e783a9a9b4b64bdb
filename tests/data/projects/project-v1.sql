-- A project file as schema version 1 (Portrait before the tag dictionary) wrote it: the frozen
-- DDL of version 1 and a few rows. tst_tagstore replays it with sqlite3 and opens the result,
-- which must migrate to the current version in one transaction and keep every row.
PRAGMA foreign_keys = ON;
CREATE TABLE sources (
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
    ) STRICT;
CREATE TABLE rejected_rows (
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        row_number INTEGER NOT NULL,
        column_number INTEGER NOT NULL,
        column_name TEXT NOT NULL,
        reason TEXT NOT NULL,
        raw_value TEXT NOT NULL
    ) STRICT;
CREATE INDEX rejected_rows_source ON rejected_rows(source_id, row_number);
CREATE TABLE customers (
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
    ) STRICT;
CREATE TABLE orders (
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
    ) STRICT;
CREATE INDEX orders_customer_day ON orders(customer_id, order_day);
CREATE TABLE survey_answers (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        answered_day INTEGER,
        nps INTEGER CHECK (nps BETWEEN 0 AND 10),
        satisfaction REAL,
        motivation TEXT
    ) STRICT;
CREATE INDEX survey_answers_customer ON survey_answers(customer_id);
CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
INSERT INTO sources VALUES (1, 'orders', 'orders.csv', '/data/orders.csv', 'abc123', '2024-05-01T10:00:00', 'csv',
    'UTF-8', ',', '{}', 4, 4, 0, 0, 3, 3, 0, 0, 0, 2, 2, 350.0);
INSERT INTO customers (id, customer_key, name, gender, province, city, source_id) VALUES
    (1, 'C001', '王芳', '女', '浙江', '杭州', 1),
    (2, 'C002', '李强', '男', '北京', '北京', 1);
INSERT INTO orders (id, source_id, customer_id, order_key, order_day, purchase_amount, returned_amount, has_purchase,
    line_count, channel, promo) VALUES
    (1, 1, 1, 'O1', 2460400, 100.0, 0.0, 1, 1, '天猫', 1),
    (2, 1, 1, 'O2', 2460420, 200.0, 0.0, 1, 2, '天猫', 0),
    (3, 1, 2, 'O3', 2460430, 50.0, 0.0, 1, 1, '门店', NULL);
INSERT INTO settings VALUES ('rfm.scheme', 'cn8');
PRAGMA application_id = 1347572818;
PRAGMA user_version = 1;
