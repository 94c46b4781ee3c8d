#include "bookingcache.h"
#include "bookingjson.h"
#include "daysheet.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

Booking makeBooking(const QString &id, const QDateTime &start, const QString &name,
                    const QString &notes, BookingStatus status = BookingStatus::Confirmed)
{
    const QJsonObject object{
        {"id", id},
        {"start_time", BookingJson::formatDateTime(start)},
        {"end_time", BookingJson::formatDateTime(start.addSecs(20 * 60))},
        {"status", BookingStatuses::wireName(status)},
        {"metadata", QJsonObject{{"service", "Haircut"}, {"notes", notes}}},
        {"lead", QJsonObject{{"id", QString("l-" + id)},
                             {"name", name},
                             {"phone", QString("+49 30 555 " + id)},
                             {"channel", "phone"},
                             {"status", "booked"}}},
    };
    QString error;
    return *BookingJson::decodeBooking(object, &error);
}

QString findTool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// pdfinfo's page count, or -1 without poppler-utils.
int popplerPageCount(const QString &pdf)
{
    const QString pdfinfo = findTool(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        return -1;
    QProcess process;
    process.start(pdfinfo, {pdf});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -2;
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -2;
}

// Page objects in the file itself: "/Type /Page" not followed by "s" (that is the tree).
int pageObjects(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    auto matches = page.globalMatch(QString::fromLatin1(pdf));
    while (matches.hasNext()) {
        matches.next();
        ++count;
    }
    return count;
}

} // namespace

// The day sheet: the right bookings for the day in the display zone, and a real PDF of them
// that paginates and carries every customer.
class TestDaySheet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BookingCache m_cache;
    const QTimeZone m_kolkata{"Asia/Kolkata"};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        QVERIFY2(m_cache.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error),
                 qPrintable(error));
        // 2026-03-20 in Kolkata (UTC+05:30) runs from 03-19 18:30Z to 03-20 18:30Z.
        const QList<Booking> bookings = {
            makeBooking("early", QDateTime(QDate(2026, 3, 19), QTime(19, 0), Qt::UTC), "Early Bird",
                        "Before dawn in Berlin"),
            makeBooking("late", QDateTime(QDate(2026, 3, 20), QTime(18, 0), Qt::UTC), "Late Owl",
                        QString(40, u'x') + QStringLiteral(" long notes wrap ") +
                            QStringLiteral("across the cell ").repeated(20)),
            makeBooking("gone", QDateTime(QDate(2026, 3, 20), QTime(9, 0), Qt::UTC),
                        "Cancelled Carl", {}, BookingStatus::Cancelled),
            makeBooking("next", QDateTime(QDate(2026, 3, 20), QTime(18, 30), Qt::UTC),
                        "Next Day Nora", {}),
        };
        QVERIFY(m_cache.upsert(bookings, m_cache.beginPass(&error), &error));
    }

    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    void bookingsOfTheDayInTheDisplayZone()
    {
        const auto ids = [](const QList<Booking> &bookings) {
            QStringList result;
            for (const Booking &booking : bookings)
                result.append(booking.id);
            return result;
        };
        const QDate day(2026, 3, 20);
        QCOMPARE(ids(DaySheet(day, m_kolkata, DaySheet::bookingsOn(m_cache, day, m_kolkata, false))
                         .bookings()),
                 QStringList({"early", "late"}));
        QCOMPARE(ids(DaySheet(day, m_kolkata, DaySheet::bookingsOn(m_cache, day, m_kolkata, true))
                         .bookings()),
                 QStringList({"early", "gone", "late"}));
        // Berlin's 20 March (UTC+1) holds other bookings.
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(ids(DaySheet::bookingsOn(m_cache, day, berlin, false)),
                 QStringList({"late", "next"}));
    }

    void sheetShowsTimesInTheZone()
    {
        const QDate day(2026, 3, 20);
        const DaySheet sheet(day, m_kolkata, DaySheet::bookingsOn(m_cache, day, m_kolkata, false));
        const QString text = sheet.document()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("00:30")), qPrintable(text)); // 19:00Z
        QVERIFY(text.contains(QStringLiteral("23:30")));                    // 18:00Z
        QVERIFY(text.contains(QStringLiteral("Early Bird")));
        QVERIFY(text.contains(QStringLiteral("+49 30 555 late")));
        QVERIFY(text.contains(QStringLiteral("Haircut")));
        QVERIFY(text.contains(QStringLiteral("Confirmed")));
        QVERIFY(text.contains(QStringLiteral("Before dawn in Berlin")));
        QVERIFY(!text.contains(QStringLiteral("Cancelled Carl")));
    }

    void pdfIsValidAndPaginates_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("manyPages");
        QTest::newRow("a quiet day") << 3 << false;
        QTest::newRow("a long day") << 90 << true;
    }

    void pdfIsValidAndPaginates()
    {
        QFETCH(int, count);
        QFETCH(bool, manyPages);
        const QDate day(2026, 3, 20);
        QList<Booking> bookings;
        QStringList names;
        for (int i = 0; i < count; ++i) {
            names.append(QStringLiteral("Customer%1 Example").arg(i, 3, 10, QLatin1Char('0')));
            bookings.append(makeBooking(
                QString::number(i), day.startOfDay(m_kolkata).addSecs(i * 600).toUTC(),
                names.last(),
                i % 7 == 0 ? QStringLiteral("Allergic to latex. ").repeated(12) : QString()));
        }
        const DaySheet sheet(day, m_kolkata, bookings);
        const QString path = m_dir.filePath(QStringLiteral("sheet%1.pdf").arg(count));
        QString error;
        QVERIFY2(sheet.writePdf(path, &error), qPrintable(error));
        // To look at the sheets: FRONTDESK_DAYSHEET_OUT=/some/dir ./tst_daysheet
        if (const QString out = qEnvironmentVariable("FRONTDESK_DAYSHEET_OUT"); !out.isEmpty())
            QFile::copy(path, QDir(out).filePath(QFileInfo(path).fileName()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        const int pages = pageObjects(pdf);
        QVERIFY2(manyPages ? pages > 1 : pages == 1, qPrintable(QString::number(pages)));

        const int poppler = popplerPageCount(path);
        if (poppler == -1)
            QSKIP("poppler-utils (pdfinfo, pdftotext) missing: tools/install-deps installs them");
        QCOMPARE(poppler, pages);
        QProcess pdftotext;
        pdftotext.start(findTool(QStringLiteral("pdftotext")), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        // Cells wrap their text over lines: compared without white space.
        QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        text.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(text.contains(QString(sheet.title()).remove(u' ')));
        // Every customer on some page: pagination loses nobody.
        for (const QString &name : std::as_const(names))
            QVERIFY2(text.contains(QString(name).remove(u' ')), qPrintable(name));
    }

    void unwritablePathFails()
    {
        const DaySheet sheet(QDate(2026, 3, 20), m_kolkata, {});
        QString error;
        QVERIFY(!sheet.writePdf(m_dir.filePath(QStringLiteral("missing/dir/sheet.pdf")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestDaySheet)
#include "tst_daysheet.moc"
