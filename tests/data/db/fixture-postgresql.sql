-- Loaded by scripts/dbservers.sh into the test PostgreSQL (database portrait_test). Small tables
-- the db tests list and inspect; the tests create their own larger tables.
CREATE SCHEMA sales;

CREATE TABLE public.customers (
    customer_id text PRIMARY KEY,
    name text,
    phone text,
    city text,
    signup date
);
INSERT INTO public.customers VALUES
    ('C001', '张伟', '13800001111', '上海', '2023-01-05'),
    ('C002', '李娜', '13900002222', '北京', '2023-02-11'),
    ('C003', 'Wang Fang', NULL, '广州', NULL);

CREATE TABLE sales.orders (
    order_id integer NOT NULL,
    customer_id text,
    ordered_at timestamp NOT NULL,
    amount numeric(12, 2),
    channel text
);
INSERT INTO sales.orders VALUES
    (1, 'C001', '2024-03-01 10:00', 120.50, 'web'),
    (1, 'C001', '2024-03-01 10:00', 30.00, 'web'),
    (2, 'C002', '2024-03-02 09:30', 75.00, 'store'),
    (3, 'C001', '2024-03-05 18:45', -20.00, 'web');

-- Chinese names as a Chinese shop system writes them; the mapping is proposed from them.
CREATE TABLE public."订单明细" (
    "订单号" text,
    "客户ID" text,
    "下单时间" date,
    "金额" numeric(10, 2),
    "渠道" text
);
INSERT INTO public."订单明细" VALUES
    ('A1', 'C001', '2024-01-02', 99.00, '天猫'),
    ('A2', 'C003', '2024-01-03', 15.50, '京东');

-- A name that only survives when the driver quotes it.
CREATE TABLE public."odd ""name"" table" (id integer, "select" text);
INSERT INTO public."odd ""name"" table" VALUES (1, 'x');

CREATE VIEW public.big_orders AS SELECT * FROM sales.orders WHERE amount >= 50;
-- Sleeps two seconds before its rows: the statement-timeout test stops it earlier.
CREATE VIEW public.slow_orders AS
    SELECT o.* FROM sales.orders o CROSS JOIN (SELECT pg_sleep(2)) AS pause;
