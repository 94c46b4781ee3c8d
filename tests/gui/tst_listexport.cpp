#include "bookingcache.h"
#include "bookingcsvexporter.h"
#include "bookingdetailspanel.h"
#include "bookingfilterbar.h"
#include "bookingfilterproxy.h"
#include "bookingjson.h"
#include "bookingtablemodel.h"
#include "clock.h"
#include "exportactions.h"
#include "exportchecks.h"
#include "mainwindow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

Booking makeBooking(const QString &id, const QDateTime &start, const QString &name,
                    const QString &service, BookingStatus status = BookingStatus::Confirmed)
{
    const QJsonObject object{
        {"id", id},
        {"start_time", BookingJson::formatDateTime(start)},
        {"end_time", BookingJson::formatDateTime(start.addSecs(30 * 60))},
        {"status", BookingStatuses::wireName(status)},
        {"metadata", QJsonObject{{"service", service}, {"notes", "Line one\nline, \"two\""}}},
        {"lead", QJsonObject{{"id", QString("l-" + id)},
                             {"name", name},
                             {"email", QString(id + "@example.com")},
                             {"phone", "+49 30 1234"},
                             {"channel", "web"},
                             {"status", "booked"}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

const char *const kUidsScript = R"(
import json, sys
from icalendar import Calendar
with open(sys.argv[1], 'rb') as f:
    calendar = Calendar.from_ical(f.read())
print(json.dumps([{'uid': str(e['UID']), 'summary': str(e['SUMMARY']),
                   'status': str(e['STATUS']),
                   'start': e.decoded('DTSTART').strftime('%Y-%m-%dT%H:%M:%S%z')}
                  for e in calendar.walk('VEVENT')]))
)";

} // namespace

// File > Export…: what the list shows, in its order, to CSV and iCalendar.
class TestListExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<BookingCache> m_cache;
    std::unique_ptr<BookingTableModel> m_model;
    std::unique_ptr<MainWindow> m_window;
    QList<Booking> m_bookings;

    QStringList visibleIds() const
    {
        QStringList ids;
        const BookingFilterProxy *proxy = m_window->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            ids.append(proxy->index(row, 0).data(BookingTableModel::BookingIdRole).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        m_cache = std::make_unique<BookingCache>();
        QString error;
        static int n = 0;
        QVERIFY2(m_cache->open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++n)), &error),
                 qPrintable(error));
        const QDateTime base(QDate(2026, 3, 20), QTime(8, 0), Qt::UTC);
        m_bookings = {
            makeBooking("b1", base, "Anna Schmidt", "Haircut"),
            makeBooking("b2", base.addSecs(3600), "=HYPERLINK(\"x\")", "Consultation"),
            makeBooking("b3", base.addDays(1), "Zoë Ångström", "Haircut"),
            makeBooking("b4", base.addDays(2), "Björn, Öberg", "Beard trim",
                        BookingStatus::Cancelled),
            makeBooking("b5", base.addDays(-3), "Chloé Dubois", "Haircut",
                        BookingStatus::Completed),
        };
        QVERIFY(m_cache->upsert(m_bookings, m_cache->beginPass(&error), &error));
        m_model = std::make_unique<BookingTableModel>(m_cache.get());
        m_model->reload();
        m_window = std::make_unique<MainWindow>(m_model.get(), m_cache.get(), nullptr);
        // Filtered (a search, cancelled hidden) and sorted by customer, descending.
        m_window->filterBar()->searchField()->setText(QStringLiteral("haircut"));
        m_window->filterBar()->applySearchNow();
        m_window->tableView()->sortByColumn(BookingTableModel::CustomerColumn, Qt::DescendingOrder);
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_cache.reset();
    }

    void visibleBookingsFollowTheList()
    {
        QCOMPARE(visibleIds(), QStringList({"b3", "b5", "b1"}));
        const QList<Booking> bookings =
            ExportActions::visibleBookings(*m_window->proxy(), *m_cache);
        QCOMPARE(bookings.size(), 3);
        QCOMPARE(bookings.at(0), m_bookings.at(2)); // full bookings from the cache
        QCOMPARE(bookings.at(1).id, QStringLiteral("b5"));
        QCOMPARE(bookings.at(2).id, QStringLiteral("b1"));
    }

    void csvRoundTrip()
    {
        // Everything but the cancelled one, so quotes, commas and a formula-like name travel.
        m_window->filterBar()->searchField()->clear();
        m_window->filterBar()->applySearchNow();
        const QStringList ids = visibleIds();
        QCOMPARE(ids, QStringList({"b3", "b5", "b1", "b2"}));

        const QString path = m_dir.filePath(QStringLiteral("list.csv"));
        QString error;
        QCOMPARE(m_window->exportActions()->exportList(path, &error), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::optional<QList<QStringList>> parsed =
            ExportChecks::parseCsv(QString::fromUtf8(file.readAll()));
        QVERIFY2(parsed, "the export is not strict RFC 4180 CSV");
        const QList<QStringList> &records = *parsed;
        QCOMPARE(records.size(), 1 + ids.size());
        QCOMPARE(records.first(), BookingCsvExporter::columnNames());
        const qsizetype idColumn = records.first().indexOf(QStringLiteral("id"));
        const qsizetype customerColumn = records.first().indexOf(QStringLiteral("customer"));
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QStringList &record = records.at(i + 1);
            QCOMPARE(record.at(idColumn), ids.at(i));
            const Booking booking = *m_cache->booking(ids.at(i));
            QCOMPARE(record.at(customerColumn), BookingCsvExporter::defuse(booking.lead->name));
            // The whole row as the exporter makes it, read back unchanged.
            QStringList expected = BookingCsvExporter::row(booking);
            for (QString &value : expected)
                value = BookingCsvExporter::defuse(value);
            QCOMPARE(record, expected);
        }
    }

    void icsParsedBackInListOrder()
    {
        const QString python = ExportChecks::pythonWithIcalendar();
        if (python.isEmpty())
            QFAIL("No python3 with the icalendar module: install Debian's python3-icalendar "
                  "(tools/install-deps) or set FRONTDESK_PYTHON.");
        const QString path = m_dir.filePath(QStringLiteral("list.ics"));
        QString error;
        QCOMPARE(m_window->exportActions()->exportList(path, &error), 3);
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(python, {QStringLiteral("-c"), QString::fromUtf8(kUidsScript), path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray events = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QStringList uids;
        for (const QJsonValue &event : events)
            uids.append(event.toObject().value("uid").toString().section(u'@', 0, 0));
        QCOMPARE(uids, visibleIds());
        QCOMPARE(events.at(0).toObject().value("start").toString(),
                 QStringLiteral("2026-03-21T08:00:00+0000"));
        QCOMPARE(events.at(1).toObject().value("status").toString(), QStringLiteral("CONFIRMED"));
    }

    void formatByExtension()
    {
        QCOMPARE(ExportActions::formatFor(QStringLiteral("/tmp/a.ICS")),
                 ExportActions::Format::Ics);
        QCOMPARE(ExportActions::formatFor(QStringLiteral("/tmp/a.csv")),
                 ExportActions::Format::Csv);
        QCOMPARE(ExportActions::formatFor(QStringLiteral("/tmp/a")), ExportActions::Format::Csv);
    }

    void failedWriteKeepsTheOldFile()
    {
        QString error;
        const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/list.csv"));
        QCOMPARE(m_window->exportActions()->exportList(missing, &error), -1);
        QVERIFY(!error.isEmpty());

        // A read-only folder: the old file stays as it was, no half-written file appears.
        QTemporaryDir locked;
        const QString path = locked.filePath(QStringLiteral("list.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents");
        }
        QVERIFY(QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner));
        if (QFileInfo(locked.path()).isWritable()) // running as root: permissions do not bind
            QSKIP("Running as root: a read-only folder is still writable");
        error.clear();
        QCOMPARE(m_window->exportActions()->exportList(path, &error), -1);
        QVERIFY(!error.isEmpty());
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old contents"));
        QFile::setPermissions(locked.path(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void daySheetDefaultsToTheSelectedBookingsDay()
    {
        m_model->setDisplayTimeZone(QTimeZone("Asia/Kolkata"));
        const QModelIndex first = m_window->proxy()->index(0, 0); // b3, 2026-03-21 08:00Z
        m_window->tableView()->setCurrentIndex(first);
        QCOMPARE(m_window->exportActions()->defaultDay(), QDate(2026, 3, 21));
        m_window->tableView()->setCurrentIndex({});
        m_window->detailsPanel()->showBooking({});
        QCOMPARE(m_window->exportActions()->defaultDay(),
                 Clock::now().toTimeZone(QTimeZone("Asia/Kolkata")).date());
    }
};

QTEST_MAIN(TestListExport)
#include "tst_listexport.moc"
