#pragma once

#include <QByteArrayView>

#include <sqlite3.h>

// Reading a result row through SQLite's C API (BookingRowTable, InsightRecordTable).
namespace SqliteColumn {

// A column's UTF-8 text, valid until the statement steps on (the text first, then its
// size, as SQLite asks).
inline QByteArrayView utf8(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(statement, column));
}

} // namespace SqliteColumn
