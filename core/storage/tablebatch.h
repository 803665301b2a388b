// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbtable.h"

#include <QList>
#include <QVariant>

class QSqlDatabase;

namespace bw {

// Rows for one table, collected column by column and inserted with a single prepared
// statement (QSqlQuery::execBatch). nextRow() checks that every declared column was given a
// value, so a column added to the schema but forgotten by the writer fails loudly in tests
// instead of silently saving its default.
class TableBatch
{
public:
    explicit TableBatch(const DbTable &table);

    TableBatch &set(QStringView column, const QVariant &value);
    void nextRow();
    int rowCount() const { return m_rows; }

    // Inserts the collected rows. Returns the SQLite error text, or empty on success.
    QString insert(QSqlDatabase &db) const;

private:
    const DbTable &m_table;
    QList<QVariantList> m_values; // one list per column
    int m_rows = 0;
};

} // namespace bw
