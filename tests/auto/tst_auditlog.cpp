#include "auditlogcsvexporter.h"
#include "auditlogmodel.h"
#include "bookingcache.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

namespace {

AuditEntry entry(qint64 atMs, const QString &booking, const QString &result,
                 const QString &message = {})
{
    AuditEntry e;
    e.at = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    e.actor = QStringLiteral("desk@example.com");
    e.bookingId = booking;
    e.action = QStringLiteral("set_status");
    e.details = QStringLiteral("Mark as No-show");
    e.beforeJson = R"({"id":"b","status":"confirmed"})";
    e.afterJson = R"({"id":"b","status":"no_show"})";
    e.result = result;
    e.message = message;
    return e;
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void appendsAndReadsNewestFirst()
    {
        BookingCache cache;
        QString error;
        QVERIFY(cache.open(m_dir.filePath(QStringLiteral("a.sqlite")), &error));
        QCOMPARE(cache.auditCount(), 0);
        const qint64 t0 = 1'790'000'000'000;
        QVERIFY(cache.appendAudit(entry(t0, "b1", "applied"), &error));
        QVERIFY(cache.appendAudit(entry(t0 + 1000, "b2", "refused", "Booking not found"), &error));
        // Same millisecond: insertion order decides.
        QVERIFY(cache.appendAudit(entry(t0 + 1000, "b1", "queued"), &error));
        QCOMPARE(cache.auditCount(), 3);

        const QList<AuditEntry> all = cache.auditLog();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].result, QStringLiteral("queued"));
        QCOMPARE(all[1].result, QStringLiteral("refused"));
        QCOMPARE(all[1].message, QStringLiteral("Booking not found"));
        QCOMPARE(all[2].result, QStringLiteral("applied"));
        QCOMPARE(all[2].beforeJson, entry(t0, "b1", "applied").beforeJson);
        QCOMPARE(all[2].afterJson, entry(t0, "b1", "applied").afterJson);
        QCOMPARE(all[2].at.toMSecsSinceEpoch(), t0);
        QCOMPARE(all[2].actor, QStringLiteral("desk@example.com"));

        QCOMPARE(cache.auditLog(1).size(), 1);
        QCOMPARE(cache.auditLog(0, QStringLiteral("b1")).size(), 2);
    }

    void survivesReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.sqlite"));
        QString error;
        {
            BookingCache cache;
            QVERIFY(cache.open(path, &error));
            QVERIFY(cache.appendAudit(entry(1000, "b1", "applied"), &error));
        }
        BookingCache cache;
        QVERIFY(cache.open(path, &error));
        QCOMPARE(cache.auditCount(), 1);
    }

    void closedCacheRefusesPolitely()
    {
        BookingCache cache;
        QString error;
        QVERIFY(!cache.appendAudit(entry(1000, "b1", "applied"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(cache.auditLog().isEmpty());
    }

    void csvExportDefusesFormulas()
    {
        AuditEntry evil = entry(1'790'000'000'000, "b1", "refused", "=HYPERLINK(\"x\")");
        evil.details = QStringLiteral("Cancel (reason: +1 555, \"ill\")");
        evil.actor = QStringLiteral("@admin");
        const QByteArray csv = AuditLogCsvExporter::toCsv({evil});
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("time,actor,booking_id,action,details,result,message,"
                                          "before_json,after_json"));
        QVERIFY(lines[1].startsWith(QStringLiteral("2026-")));
        QVERIFY(lines[1].contains(QStringLiteral(",'@admin,")));
        QVERIFY(lines[1].contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
        QVERIFY(lines[1].contains(QStringLiteral("\"Cancel (reason: +1 555, \"\"ill\"\")\"")));
        QVERIFY(lines[1].contains(QStringLiteral("\"{\"\"id\"\":\"\"b\"\",")));
    }

    void modelShowsNewestFirst()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setEntries({entry(1000, "old", "applied"), entry(3000, "new", "conflict"),
                          entry(2000, "mid", "discarded")});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        QCOMPARE(model.index(0, AuditLogModel::BookingColumn).data().toString(),
                 QStringLiteral("new"));
        QCOMPARE(model.index(2, AuditLogModel::BookingColumn).data().toString(),
                 QStringLiteral("old"));
        QCOMPARE(model.index(0, AuditLogModel::ResultColumn).data().toString(),
                 AuditLogModel::resultLabel(QStringLiteral("conflict")));
        QCOMPARE(model.index(1, AuditLogModel::ActionColumn).data().toString(),
                 AuditLogModel::actionLabel(QStringLiteral("set_status")));
        QVERIFY(!model.index(0, 0).data(AuditLogModel::BeforeJsonRole).toByteArray().isEmpty());
        // The customer's name stands for the booking when the JSON has one.
        AuditEntry named = entry(4000, "b-named", "applied");
        named.beforeJson = R"({"id":"b-named","lead":{"name":"Zoë Ångström"}})";
        model.setEntries({named});
        QCOMPARE(model.index(0, AuditLogModel::BookingColumn).data().toString(),
                 QStringLiteral("Zoë Ångström"));
        QCOMPARE(model.index(0, AuditLogModel::BookingColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("b-named"));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
