#pragma once

#include "model/customerframe.h"

#include <QByteArray>
#include <QString>

#include <limits>

namespace Portrait::Project {

constexpr double NoNumber = std::numeric_limits<double>::quiet_NaN();

/// One imported file (or the generated demo): where it came from, how it was read and what it gave.
struct SourceRecord
{
    QString kind;              ///< orders, customers, survey or sample
    QString fileName;
    QString filePath;
    QString checksum;          ///< hex SHA-256 of the file's bytes
    QString format;            ///< csv, xlsx, …
    QString encoding;
    QString delimiter;
    QByteArray mappingJson;
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    qint64 rowsWithoutCustomer = 0;
    qint64 ordersInFile = 0;   ///< distinct order ids among accepted rows, with or without customer
    qint64 ordersStored = 0;   ///< orders of identified customers written to the project
    qint64 returnOrders = 0;   ///< stored orders made only of return lines
    qint64 cancellationRows = 0;
    qint64 returnLines = 0;
    qint64 customersInFile = 0;
    qint64 newCustomers = 0;
    double totalAmount = 0.0;  ///< over all accepted rows, with or without customer
};

/// Attributes of a customer; empty text, NoDay and NaN mean "not given" and never overwrite.
struct CustomerRecord
{
    QString name;
    QString gender;
    Model::Day birthDay = Model::NoDay;
    int age = -1;
    QString phone;
    QString email;
    QString province;
    QString city;
    QString country;
    Model::Day signupDay = Model::NoDay;
    qint64 orderCount = -1;
    double totalAmount = NoNumber;
    Model::Day lastOrderDay = Model::NoDay;
};

struct OrderRecord
{
    qint64 customerId = 0;
    QByteArray orderKey;
    Model::Day day = Model::NoDay;
    int secondsOfDay = -1;
    double purchase = 0.0;
    double returned = 0.0;
    bool hasPurchase = false;
    qint64 lineCount = 0;
    double quantity = NoNumber;
    QString channel;
    QString category;
    QString paymentMethod;
    int promo = -1;            ///< -1 unknown, 0 no, 1 yes
};

struct RejectedRow
{
    qint64 row = 0;
    int column = 0;
    QString columnName;
    QString reason;
    QString rawValue;
};

struct AnswerRecord
{
    qint64 customerId = 0;
    Model::Day day = Model::NoDay;
    int nps = -1;
    double satisfaction = NoNumber;
    QString motivation;
};

} // namespace Portrait::Project
