#include "devserverfixture.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

// frontdesk-devserver's churn (/_control/churn): bookings deleted, moved and created while a
// client pages through the list, the list's order, bad settings, repeatability. (The other
// control endpoints and faults: tst_devservercontrol.)

class TestDevServerChurn : public QObject, protected DevServerFixture
{
    Q_OBJECT

private:
    // The ids a churn answer lists under `key` ("deleted", "moved", "created").
    static QStringList idList(const QJsonObject &object, const char *key)
    {
        QStringList ids;
        for (const QJsonValue &id : object.value(QLatin1String(key)).toArray())
            ids << id.toString();
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY2(startServer(), qPrintable(m_server.errorString())); }
    void cleanup() { QVERIFY(m_server.resetFaults()); }

    void churnFollowsListPages()
    {
        QHash<QString, QDateTime> startBefore;
        for (const QJsonObject &booking : allBookings())
            startBefore.insert(booking.value(QLatin1String("id")).toString(),
                               parseTime(booking.value(QLatin1String("start_time"))));
        const qint64 before = m_server.stats().value(QLatin1String("bookings")).toInteger();
        QCOMPARE(startBefore.size(), before);

        const QJsonObject settings = m_server.control("POST", QStringLiteral("/_control/churn"),
                                                      {{QStringLiteral("deletes_per_page"), 3},
                                                       {QStringLiteral("moves_per_page"), 2},
                                                       {QStringLiteral("creates_per_page"), 1},
                                                       {QStringLiteral("pages"), 2}});
        QCOMPARE(settings.value(QLatin1String("pages")).toInteger(), 2);
        QCOMPARE(settings.value(QLatin1String("deletes_per_page")).toInteger(), 3);
        QCOMPARE(settings.value(QLatin1String("order")).toString(), QStringLiteral("created"));
        QVERIFY(idList(settings, "deleted").isEmpty());

        // Each answer counts the bookings before its own churn: -3 + 1 after each of the
        // first two pages, nothing after the third.
        QList<qint64> totals;
        for (int page = 1; page <= 3; ++page) {
            const Response response =
                get(QStringLiteral("/api/v1/bookings?size=20&page=%1").arg(page), m_token);
            QCOMPARE(response.status, 200);
            QCOMPARE(response.object().value(QLatin1String("bookings")).toArray().size(), 20);
            totals << response.object().value(QLatin1String("total")).toInteger();
        }
        QCOMPARE(totals, (QList<qint64>{before, before - 2, before - 4}));
        QCOMPARE(m_server.stats().value(QLatin1String("bookings")).toInteger(), before - 4);

        const QJsonObject churn = m_server.control("GET", QStringLiteral("/_control/churn"));
        QCOMPARE(churn.value(QLatin1String("pages")).toInteger(), 0);
        const QStringList deleted = idList(churn, "deleted");
        const QStringList moved = idList(churn, "moved");
        const QStringList created = idList(churn, "created");
        QCOMPARE(deleted.size(), 6);
        QCOMPARE(QSet<QString>(deleted.begin(), deleted.end()).size(), 6);
        QCOMPARE(moved.size(), 4);
        QCOMPARE(created.size(), 2);
        for (const QString &id : deleted)
            QCOMPARE(get(QStringLiteral("/api/v1/bookings/") + id, m_token).status, 404);
        // The second page's deletes may hit a booking the first page moved or created; a
        // booking may be moved on both pages (then by two hours).
        for (const QString &id : moved) {
            if (deleted.contains(id))
                continue;
            const QJsonObject booking =
                get(QStringLiteral("/api/v1/bookings/") + id, m_token).object();
            QCOMPARE(booking.value(QLatin1String("status")).toString(),
                     QStringLiteral("rescheduled"));
            QVERIFY(startBefore.contains(id) || created.contains(id));
            if (startBefore.contains(id)) {
                QCOMPARE(parseTime(booking.value(QLatin1String("start_time"))),
                         startBefore.value(id).addSecs(3600 * moved.count(id)));
            }
        }
        for (const QString &id : created) {
            QVERIFY(!startBefore.contains(id));
            if (!deleted.contains(id))
                QCOMPARE(get(QStringLiteral("/api/v1/bookings/") + id, m_token).status, 200);
        }
    }

    void churnOnlyAfterListAnswers()
    {
        const QString id = get(QStringLiteral("/api/v1/bookings?size=1"), m_token)
                               .object()
                               .value(QLatin1String("bookings"))
                               .toArray()
                               .first()[QLatin1String("id")]
                               .toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!m_server
                     .control("POST", QStringLiteral("/_control/churn"),
                              {{QStringLiteral("deletes_per_page"), 1}})
                     .isEmpty());
        QCOMPARE(get(QStringLiteral("/api/v1/bookings/") + id, m_token).status, 200);
        QCOMPARE(get(QStringLiteral("/api/v1/bookings/available-slots?start_date=2026-03-16&"
                                    "end_date=2026-03-17"),
                     m_token)
                     .status,
                 200);
        QCOMPARE(get(QStringLiteral("/api/v1/bookings?size=0"), m_token).status, 422);
        QCOMPARE(get(QStringLiteral("/api/v1/bookings"), {}).status, 401);
        QCOMPARE(
            patch(id, {{QStringLiteral("meeting_url"), QStringLiteral("https://x.test/a")}}).status,
            200);
        QVERIFY(m_server.setFaults({{QStringLiteral("error_rate"), 1.0}}));
        QCOMPARE(get(QStringLiteral("/api/v1/bookings"), m_token).status, 500);
        QVERIFY(m_server.setFaults({{QStringLiteral("error_rate"), 0.0}}));
        QVERIFY(idList(m_server.control("GET", QStringLiteral("/_control/churn")), "deleted")
                    .isEmpty());

        QCOMPARE(get(QStringLiteral("/api/v1/bookings?page=1000"), m_token).status, 200);
        QCOMPARE(
            idList(m_server.control("GET", QStringLiteral("/_control/churn")), "deleted").size(),
            1);
    }

    void churnUpdatedOrderMovesToFront()
    {
        QJsonObject settings =
            m_server.control("POST", QStringLiteral("/_control/churn"),
                             {{QStringLiteral("order"), QStringLiteral("updated")}});
        QCOMPARE(settings.value(QLatin1String("order")).toString(), QStringLiteral("updated"));
        const QJsonArray rows = get(QStringLiteral("/api/v1/bookings?size=100"), m_token)
                                    .object()
                                    .value(QLatin1String("bookings"))
                                    .toArray();
        QCOMPARE(rows.size(), 100);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(parseTime(rows.at(i - 1)[QLatin1String("updated_at")]) >=
                    parseTime(rows.at(i)[QLatin1String("updated_at")]));
        }

        settings =
            m_server.control("POST", QStringLiteral("/_control/churn"),
                             {{QStringLiteral("moves_per_page"), 1}, {QStringLiteral("pages"), 1}});
        QCOMPARE(settings.value(QLatin1String("order")).toString(), QStringLiteral("updated"));
        QCOMPARE(get(QStringLiteral("/api/v1/bookings?size=10"), m_token).status, 200);
        const QStringList moved =
            idList(m_server.control("GET", QStringLiteral("/_control/churn")), "moved");
        QCOMPARE(moved.size(), 1);
        const QJsonObject first = get(QStringLiteral("/api/v1/bookings?size=10"), m_token)
                                      .object()
                                      .value(QLatin1String("bookings"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), moved.first());
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("rescheduled"));
    }

    void churnRejectsBadInput()
    {
        const QList<QByteArray> bodies{
            R"({"deletes_per_page": -1})",
            R"({"moves_per_page": 1.5})",
            R"({"creates_per_page": "2"})",
            R"({"pages": -2})",
            R"({"order": "random"})",
            R"({"order": 1})",
            R"({"delete_per_page": 1})",
            R"([{"deletes_per_page": 1}])",
            R"({"deletes_per_page": 2, "pages": "x"})",
        };
        for (const QByteArray &body : bodies) {
            const Response response = send("POST", QStringLiteral("/_control/churn"), {}, body);
            QVERIFY2(response.status == 422, body.constData());
            QVERIFY2(!response.detail().isEmpty(), body.constData());
        }
        QCOMPARE(send("POST", QStringLiteral("/_control/churn"), {}, bodies.first()).detail(),
                 QStringLiteral("deletes_per_page must be an integer from 0 to 1000000"));
        const QJsonObject churn = m_server.control("GET", QStringLiteral("/_control/churn"));
        QCOMPARE(churn.value(QLatin1String("deletes_per_page")).toInteger(), 0);
        QCOMPARE(churn.value(QLatin1String("pages")).toInteger(), -1);
        QCOMPARE(send("DELETE", QStringLiteral("/_control/churn")).status, 405);
    }

    void resetFaultsResetsChurn()
    {
        QVERIFY(!m_server
                     .control("POST", QStringLiteral("/_control/churn"),
                              {{QStringLiteral("deletes_per_page"), 1},
                               {QStringLiteral("moves_per_page"), 1},
                               {QStringLiteral("creates_per_page"), 1},
                               {QStringLiteral("pages"), 5},
                               {QStringLiteral("order"), QStringLiteral("updated")}})
                     .isEmpty());
        QCOMPARE(get(QStringLiteral("/api/v1/bookings"), m_token).status, 200);
        QCOMPARE(
            idList(m_server.control("GET", QStringLiteral("/_control/churn")), "deleted").size(),
            1);
        QVERIFY(m_server.resetFaults());
        const QJsonObject expected{{QStringLiteral("deletes_per_page"), 0},
                                   {QStringLiteral("moves_per_page"), 0},
                                   {QStringLiteral("creates_per_page"), 0},
                                   {QStringLiteral("pages"), -1},
                                   {QStringLiteral("order"), QStringLiteral("created")},
                                   {QStringLiteral("deleted"), QJsonArray()},
                                   {QStringLiteral("moved"), QJsonArray()},
                                   {QStringLiteral("created"), QJsonArray()}};
        QCOMPARE(m_server.control("GET", QStringLiteral("/_control/churn")), expected);
        const qint64 before = m_server.stats().value(QLatin1String("bookings")).toInteger();
        QCOMPARE(get(QStringLiteral("/api/v1/bookings"), m_token).status, 200);
        QCOMPARE(m_server.stats().value(QLatin1String("bookings")).toInteger(), before);
    }

    void churnRepeatsWithTheSameSeed()
    {
        const QStringList args{
            QStringLiteral("--seed"),       QStringLiteral("7"),
            QStringLiteral("--now"),        QStringLiteral("2026-03-16T10:00:00+01:00"),
            QStringLiteral("--list-order"), QStringLiteral("updated")};
        QList<QJsonObject> answers;
        for (int run = 0; run < 2; ++run) {
            DevServerProcess server;
            QVERIFY2(server.start({40, QStringLiteral(":memory:"), args}),
                     qPrintable(server.errorString()));
            QCOMPARE(server.control("GET", QStringLiteral("/_control/churn"))
                         .value(QLatin1String("order"))
                         .toString(),
                     QStringLiteral("updated"));
            QVERIFY(!server
                         .control("POST", QStringLiteral("/_control/churn"),
                                  {{QStringLiteral("deletes_per_page"), 2},
                                   {QStringLiteral("moves_per_page"), 2},
                                   {QStringLiteral("creates_per_page"), 1}})
                         .isEmpty());
            const QByteArray token = loginOn(server.baseUrl());
            for (int page = 1; page <= 2; ++page) {
                QCOMPARE(send("GET", QStringLiteral("/api/v1/bookings?size=10&page=%1").arg(page),
                              token, {}, server.baseUrl())
                             .status,
                         200);
            }
            answers << server.control("GET", QStringLiteral("/_control/churn"));
        }
        QCOMPARE(idList(answers.at(0), "deleted").size(), 4);
        QCOMPARE(answers.at(0), answers.at(1));
    }
};

QTEST_GUILESS_MAIN(TestDevServerChurn)
#include "tst_devserverchurn.moc"
