#pragma once

#include "common/error.h"
#include "common/progress.h"
#include "io/dbconnection.h"
#include "model/customerframe.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Portrait::Io {

class MySqlStream;
struct DbStatement;

/// How the rows of a statement are read. PostgreSQL's come as the server sends them either way
/// (single-row mode). On MySQL, Typed rows come through Qt's driver, which holds the whole result
/// before the first row; Streamed ones are read from the client library as they arrive, each
/// value as the server's text: for the results of millions of rows.
enum class DbRead { Typed, Streamed };

/// The rows of one SELECT as they stream in, with the cancel token looked at as they come.
/// A failure (a lost connection, a timeout, a cancel) ends next() and shows in status().
class DbRows {
public:
    /// Runs the statement; its failure is status(), and next() then returns false.
    DbRows(DbConnection& connection, const DbStatement& statement, const DbContext& context, const CancelToken& cancel,
        DbRead read = DbRead::Typed);
    ~DbRows();
    DbRows(const DbRows&) = delete;
    DbRows& operator=(const DbRows&) = delete;

    bool next();
    Status status() const { return m_status; }
    qint64 rowsRead() const { return m_rows; }

    bool isNull(int column) const;
    qint64 integer(int column) const;
    /// NaN for NULL.
    double number(int column) const;
    QString text(int column) const;
    /// An id as the file import keys it (Io::normalizeId of its UTF-8), empty for NULL.
    QByteArray id(int column) const;
    /// A "stamp + value" column (see StampWidth) without its stamp; empty for NULL.
    QString stamped(int column) const;

private:
    DbConnection& m_connection;
    const CancelToken& m_cancel;
    DbContext m_context;
    QSqlQuery m_query;
    std::unique_ptr<MySqlStream> m_stream;
    Status m_status;
    qint64 m_rows = 0;
    bool m_open = false;
};

/// One row of DbOrderQuery::dayAggregate(): one customer's orders of one day, summed.
struct DbDayRow {
    QByteArray customer; ///< empty: lines without a customer
    Model::Day day = Model::NoDay;
    qint64 lines = 0;
    qint64 linesWithoutCustomer = 0;
    qint64 purchaseOrders = 0; ///< orders with a purchase line
    qint64 returnOrders = 0; ///< orders of nothing but returns
    double purchase = 0.0;
    double returned = 0.0; ///< <= 0
    double total = 0.0; ///< every line's amount as written
    qint64 returnLines = 0;
    qint64 cancellationLines = 0;
    double quantity = 0.0; ///< NaN when no line has one
    qint64 promoOrders = 0;
    qint64 promoKnownOrders = 0;
    qint64 multiCustomerOrders = 0; ///< orders whose lines name more than one customer
    QString channel;
    QString category;
    QString payment;
    int firstSeconds = -1; ///< of the day's earliest line; -1: the orders carry no time of day

    qint64 orders() const { return purchaseOrders + returnOrders; }
};

/// Reads the current row of a day aggregate.
DbDayRow readDayRow(const DbRows& rows);

} // namespace Portrait::Io
