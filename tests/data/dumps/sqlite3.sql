PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, region TEXT);
INSERT INTO customers VALUES(1,'O''Brien','C:\path\to','north');
INSERT INTO customers VALUES(2,replace('王芳\n第二行','\n',char(10)),'tab	here',NULL);
INSERT INTO customers VALUES(3,'Zoë "Z" Smith','','south');
CREATE TABLE orders (order_id TEXT PRIMARY KEY, customer_id INTEGER REFERENCES customers(id),
                     order_date TEXT, amount REAL, quantity INTEGER, receipt BLOB);
INSERT INTO orders VALUES('A-001',1,'2024-01-05',12.5,2,X'0001275cff');
INSERT INTO orders VALUES('A-002',1,'2024-02-10 13:45:00',0.10000000000000000555,1,NULL);
INSERT INTO orders VALUES('B-003',2,'2024-03-01',-3.75,NULL,NULL);
INSERT INTO orders VALUES('C-004',3,NULL,1234567.8899999998975,10,X'');
COMMIT;
