#pragma once

#include "bookingrow.h"
#include "bookingrowranks.h"
#include "outboxentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <utility>

class BookingCache;
class BookingRowLoader;

// The cached bookings as a table of compact rows (BookingRow). Rows are kept in the order
// they arrived; sorting and filtering are BookingFilterProxy's business. After the first
// load, sync results arrive as inserts, changes and removals, never a reset, so that views
// keep their selection and scroll position.
class BookingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartColumn,
        DurationColumn,
        CustomerColumn,
        PhoneColumn,
        EmailColumn,
        ChannelColumn,
        ServiceColumn,
        StatusColumn,
        ArrivedColumn, // when the customer was marked arrived (metadata.frontdesk)
        MeetingColumn,
        ColumnCount
    };
    enum Role {
        BookingRole = Qt::UserRole + 1, // the full Booking, read from the cache
        BookingIdRole,
        SortRole, // the column's sort key (the proxy compares rows directly, faster)
        StartMsRole,
        StatusRole,        // BookingStatus as int
        SyncMarkRole,      // SyncMark as int
        NoShowWarningRole, // the customer's no-shows in the last 12 months, when they warn
    };
    // Whether the server has the booking as shown: changes the desk made wait in the outbox
    // or are being sent, and the receptionist should see that in the list.
    enum class SyncMark : quint8 { Synced, Sending, Pending, Conflict, Failed };

    // `cache` may be null (tests feeding rows directly); BookingRole is then empty.
    explicit BookingTableModel(const BookingCache *cache, QObject *parent = nullptr);
    ~BookingTableModel() override;

    // Without QAbstractTableModel's virtual rowCount/columnCount calls: sorting 100,000 rows
    // asks for four million indexes.
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        return row >= 0 && column >= 0 && row < m_rows.size() && column < ColumnCount &&
                       !parent.isValid()
                   ? createIndex(row, column)
                   : QModelIndex();
    }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Every cached booking at once (a model reset).
    void reload();
    // The first load of a window: the bookings starting in [firstFromMs, firstToMs) at once
    // (a model reset), the rest from a thread in chunks, in `column`'s order, inserted one
    // chunk per pass of the event loop (loadProgress() after each, then loadFinished()).
    // Rows written or removed meanwhile (applyWritten, applyRemoved) keep what those say.
    struct LoadPlan
    {
        qint64 firstFromMs = 0;
        qint64 firstToMs = 0;
        int column = StartColumn;
        Qt::SortOrder order = Qt::AscendingOrder;
        int chunkRows = 5000;
    };
    void load(const LoadPlan &plan);
    bool isLoading() const { return m_loader != nullptr; }
    // The order of the chunks still to come, when the list is sorted differently meanwhile.
    void setLoadOrder(int column, Qt::SortOrder order);
    // Bookings written to the cache by someone else, applied as row changes: by their list
    // rows as the writer computed them (a sync pass, a fetched record; nothing is read back),
    // or by id (the rows and the no-show warnings are read from the cache). A booking
    // appears at most once in `rows` (its writers report each once: lastRowOfEach).
    void applyRows(QList<BookingRow> rows);
    void applyWritten(const QStringList &inserted, const QStringList &changed);
    void applyRemoved(const QStringList &ids);
    // Inserts new rows and changes existing ones in place (matched by id).
    void upsertRows(QList<BookingRow> rows);

    const BookingRow &row(int row) const { return m_rows.at(row); }
    // Changes whenever rows change, arrive or leave: results computed per row stay valid
    // while it does not.
    quint64 generation() const { return m_generation; }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }

    // The marks for the outbox's entries and the bookings with a request in flight.
    void setSyncState(const QList<OutboxEntry> &outbox, const QSet<QString> &sending);
    // Replaces every mark (bookings not in `marks` are synced); changed rows are updated.
    void setSyncMarks(const QHash<QString, SyncMark> &marks);
    SyncMark syncMark(const QString &id) const { return m_syncMarks.value(id, SyncMark::Synced); }
    // The booking's customer has CustomerHistory::kWarnNoShows or more no-shows in the last
    // 12 months: how many (0: no warning). Follows every reload and write.
    int recentNoShows(const QString &id) const { return m_noShows.value(id, 0); }
    // Shown beside the customer of such bookings (the view's style has the right one).
    void setWarningIcon(const QIcon &icon) { m_warningIcon = icon; }
    // Reads the no-show counts again (after writes the model did not see, and daily).
    void refreshNoShows();
    // The no-show warnings as counted elsewhere (BookingCache::noShowWarnings).
    void applyNoShows(QHash<QString, int> counts);

    void setDisplayTimeZone(const QTimeZone &zone);
    QTimeZone displayTimeZone() const { return m_zone; }

Q_SIGNALS:
    void loadProgress(int loaded, int total);
    void loadFinished();

public:
    // Negative, zero or positive as `a` sorts before, with or after `b` in `column`; ties
    // fall back to the start time so that equal keys still read chronologically.
    static int compare(int column, const BookingRow &a, const BookingRow &b);
    // The same order for the rows at `a` and `b`, through the columns' sort ranks.
    int compareRows(int column, int a, int b) const;

private:
    QVariant display(const BookingRow &row, int column) const;
    QVariant sortKey(const BookingRow &row, int column) const;
    QString arrivedText(const BookingRow &row) const;
    QVariant statusText(const BookingRow &row, int role) const;
    void reindexFrom(int first);
    // A change waiting in the outbox shows what it will do: the row takes its new time or
    // status (the mark says it is not on the server yet).
    BookingRow intended(BookingRow row) const;
    void markChanged(int row);
    void upsert(QList<BookingRow> rows);
    void stopLoading();
    void applyLoaded(QList<BookingRow> rows);
    void loadEnded(const QString &error, const QHash<QString, int> &noShows);
    static void releaseFreedMemory();

    const BookingCache *m_cache;
    QList<BookingRow> m_rows;
    QHash<QString, int> m_rowById;
    quint64 m_generation = 0;
    QHash<QString, SyncMark> m_syncMarks; // only the few bookings not synced
    struct Intent
    {
        qint64 startMs = 0; // 0: unchanged
        qint64 endMs = 0;
        std::optional<BookingStatus> status;
    };
    QHash<QString, Intent> m_intents;              // waiting changes, by booking
    mutable QHash<QString, BookingRow> m_asCached; // the cached rows the intents replace
    QHash<QString, int> m_noShows;                 // bookings of customers who warn
    quint64 m_noShowsApplied = 0;                  // applyNoShows() calls so far
    quint64 m_noShowsAppliedAtLoad = 0;            // ...when the background load began
    QIcon m_warningIcon;
    // A load in progress: its thread, how far it got, and the bookings written or removed
    // since it began, whose rows the load's older reading must not overwrite.
    BookingRowLoader *m_loader = nullptr;
    LoadPlan m_loadPlan;
    int m_loaded = 0;
    int m_loadTotal = 0;
    QSet<QString> m_touchedWhileLoading;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    // Built when a column is first sorted (BookingRowRanks), by column.
    mutable std::array<BookingRowRanks, ColumnCount> m_ranks;
};
