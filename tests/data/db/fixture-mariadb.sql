-- Loaded by scripts/dbservers.sh into the test MariaDB (database portrait_test). Small tables
-- the db tests list and inspect; the tests create their own larger tables.
CREATE TABLE customers (
    customer_id varchar(20) PRIMARY KEY,
    name varchar(50),
    phone varchar(20),
    city varchar(20),
    signup date
);
INSERT INTO customers VALUES
    ('C001', '张伟', '13800001111', '上海', '2023-01-05'),
    ('C002', '李娜', '13900002222', '北京', '2023-02-11'),
    ('C003', 'Wang Fang', NULL, '广州', NULL);

CREATE TABLE orders (
    order_id int NOT NULL,
    customer_id varchar(20),
    ordered_at datetime NOT NULL,
    amount decimal(12, 2),
    channel varchar(20)
);
INSERT INTO orders VALUES
    (1, 'C001', '2024-03-01 10:00', 120.50, 'web'),
    (1, 'C001', '2024-03-01 10:00', 30.00, 'web'),
    (2, 'C002', '2024-03-02 09:30', 75.00, 'store'),
    (3, 'C001', '2024-03-05 18:45', -20.00, 'web');

CREATE TABLE `订单明细` (
    `订单号` varchar(20),
    `客户ID` varchar(20),
    `下单时间` date,
    `金额` decimal(10, 2),
    `渠道` varchar(20)
);
INSERT INTO `订单明细` VALUES
    ('A1', 'C001', '2024-01-02', 99.00, '天猫'),
    ('A2', 'C003', '2024-01-03', 15.50, '京东');

CREATE TABLE `odd "name" table` (id int, `select` varchar(10));
INSERT INTO `odd "name" table` VALUES (1, 'x');

CREATE VIEW big_orders AS SELECT * FROM orders WHERE amount >= 50;
CREATE VIEW slow_orders AS SELECT o.* FROM orders o CROSS JOIN (SELECT SLEEP(2) AS pause) AS p;
