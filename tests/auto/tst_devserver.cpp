#include "devserverfixture.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// frontdesk-devserver's API as API.md describes it: sign-in, tokens, listing, filters,
// slots, changes and refusals. (Faults, control endpoints and the process: tst_devservercontrol.)

class TestDevServer : public QObject, protected DevServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(startServer(), qPrintable(m_server.errorString()));
        QCOMPARE(m_server.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_server.port() > 0);
        QCOMPARE(m_server.email(), QStringLiteral("demo@example.com"));
        QCOMPARE(m_server.password(), QStringLiteral("demo"));
    }

    void cleanup() { QVERIFY(m_server.resetFaults()); }

    void loginSucceeds()
    {
        const Response response = send("POST", QStringLiteral("/api/v1/auth/login"), {},
                                       R"({"email":"Demo@Example.com","password":"demo"})");
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.object();
        QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(body.value(QLatin1String("email")).toString(), QStringLiteral("demo@example.com"));
        for (const char *key : {"user_id", "full_name", "organization_id", "organization_name"})
            QVERIFY2(!body.value(QLatin1String(key)).toString().isEmpty(), key);
        const QList<QByteArray> parts =
            body.value(QLatin1String("access_token")).toString().toUtf8().split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject header =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("HS256"));
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value(QLatin1String("sub")).toString(),
                 body.value(QLatin1String("user_id")).toString());
        QCOMPARE(claims.value(QLatin1String("org")).toString(),
                 body.value(QLatin1String("organization_id")).toString());
        QCOMPARE(claims.value(QLatin1String("exp")).toInteger() -
                     claims.value(QLatin1String("iat")).toInteger(),
                 3600);
    }

    void loginRejectsWrongCredentials()
    {
        const Response response = send("POST", QStringLiteral("/api/v1/auth/login"), {},
                                       R"({"email":"demo@example.com","password":"nope"})");
        QCOMPARE(response.status, 401);
        QCOMPARE(response.detail(), QStringLiteral("Incorrect email or password"));
    }

    void loginValidation()
    {
        Response response = send("POST", QStringLiteral("/api/v1/auth/login"), {}, "{}");
        QCOMPARE(response.status, 422);
        const QJsonArray errors = response.object().value(QLatin1String("detail")).toArray();
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors[0].toObject().value(QLatin1String("loc")).toArray(),
                 QJsonArray({QStringLiteral("body"), QStringLiteral("email")}));
        QCOMPARE(errors[0].toObject().value(QLatin1String("type")).toString(),
                 QStringLiteral("value_error.missing"));
        QCOMPARE(errors[0].toObject().value(QLatin1String("msg")).toString(),
                 QStringLiteral("field required"));
        response = send("POST", QStringLiteral("/api/v1/auth/login"), {}, "not json");
        QCOMPARE(response.status, 422);
        QVERIFY(response.object().value(QLatin1String("detail")).isArray());
    }

    void me()
    {
        const Response response = get(QStringLiteral("/api/v1/auth/me"), m_token);
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.object();
        QCOMPARE(body.value(QLatin1String("email")).toString(), QStringLiteral("demo@example.com"));
        QCOMPARE(body.value(QLatin1String("role")).toString(), QStringLiteral("receptionist"));
        QCOMPARE(body.value(QLatin1String("is_active")).toBool(), true);
        QVERIFY(!body.value(QLatin1String("id")).toString().isEmpty());
    }

    void missingOrBadToken()
    {
        Response response = get(QStringLiteral("/api/v1/bookings"), {});
        QCOMPARE(response.status, 401);
        QCOMPARE(response.detail(), QStringLiteral("Not authenticated"));
        response = get(QStringLiteral("/api/v1/bookings"), "garbage");
        QCOMPARE(response.status, 401);
        QCOMPARE(response.detail(), QStringLiteral("Could not validate credentials"));
        QCOMPARE(response.header("WWW-Authenticate"), QByteArray("Bearer"));
        QByteArray tampered = m_token;
        tampered[tampered.indexOf('.') + 5] =
            tampered[tampered.indexOf('.') + 5] == 'A' ? 'B' : 'A';
        QCOMPARE(get(QStringLiteral("/api/v1/auth/me"), tampered).status, 401);
    }

    void tokenExpires()
    {
        DevServerProcess shortLived;
        QVERIFY2(shortLived.start({5,
                                   QStringLiteral(":memory:"),
                                   {QStringLiteral("--token-lifetime"), QStringLiteral("1")}}),
                 qPrintable(shortLived.errorString()));
        const QByteArray token = shortLived.login();
        QVERIFY(!token.isEmpty());
        const auto status = [&] {
            return send("GET", QStringLiteral("/api/v1/auth/me"), token, {}, shortLived.baseUrl())
                .status;
        };
        QTRY_COMPARE_WITH_TIMEOUT(status(), 401, 5000);
        const Response response =
            send("GET", QStringLiteral("/api/v1/auth/me"), token, {}, shortLived.baseUrl());
        QCOMPARE(response.detail(), QStringLiteral("Could not validate credentials"));
    }

    void expireTokensControl()
    {
        const QByteArray before = m_server.login();
        QCOMPARE(get(QStringLiteral("/api/v1/auth/me"), before).status, 200);
        QVERIFY(m_server.expireTokens());
        QCOMPARE(get(QStringLiteral("/api/v1/auth/me"), before).status, 401);
        QCOMPARE(get(QStringLiteral("/api/v1/auth/me"), m_token).status, 401);
        // A token issued right after (same second) must work.
        m_token = m_server.login();
        QCOMPARE(get(QStringLiteral("/api/v1/auth/me"), m_token).status, 200);
    }

    void listPaging()
    {
        Response response = get(QStringLiteral("/api/v1/bookings"), m_token);
        QCOMPARE(response.status, 200);
        QJsonObject body = response.object();
        QCOMPARE(body.value(QLatin1String("total")).toInt(), 120);
        QCOMPARE(body.value(QLatin1String("page")).toInt(), 1);
        QCOMPARE(body.value(QLatin1String("size")).toInt(), 20);
        QCOMPARE(body.value(QLatin1String("bookings")).toArray().size(), 20);

        body = get(QStringLiteral("/api/v1/bookings?page=3&size=50"), m_token).object();
        QCOMPARE(body.value(QLatin1String("bookings")).toArray().size(), 20);
        body = get(QStringLiteral("/api/v1/bookings?page=9&size=50"), m_token).object();
        QCOMPARE(body.value(QLatin1String("bookings")).toArray().size(), 0);
        QCOMPARE(body.value(QLatin1String("total")).toInt(), 120);

        response = get(QStringLiteral("/api/v1/bookings?size=101"), m_token);
        QCOMPARE(response.status, 422);
        QCOMPARE(response.firstErrorLocation(), QStringLiteral("query/size"));
        QCOMPARE(get(QStringLiteral("/api/v1/bookings?page=0"), m_token).firstErrorLocation(),
                 QStringLiteral("query/page"));
        QCOMPARE(get(QStringLiteral("/api/v1/bookings?size=0"), m_token).status, 422);
        QCOMPARE(get(QStringLiteral("/api/v1/bookings?size=ten"), m_token).status, 422);

        QHash<QString, int> seen;
        for (int page = 1; page <= 18; ++page) {
            const QJsonArray rows =
                get(QStringLiteral("/api/v1/bookings?size=7&page=%1").arg(page), m_token)
                    .object()
                    .value(QLatin1String("bookings"))
                    .toArray();
            QCOMPARE(rows.size(), page < 18 ? 7 : 1);
            for (const QJsonValue &row : rows)
                ++seen[row.toObject().value(QLatin1String("id")).toString()];
        }
        QCOMPARE(seen.size(), 120);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QCOMPARE(it.value(), 1);
    }

    void listFilters()
    {
        const QList<QJsonObject> completed = allBookings(QStringLiteral("&status=completed"));
        QVERIFY(!completed.isEmpty());
        for (const QJsonObject &booking : completed)
            QCOMPARE(booking.value(QLatin1String("status")).toString(),
                     QStringLiteral("completed"));

        QString leadId;
        for (const QJsonObject &booking : allBookings()) {
            if (booking.value(QLatin1String("lead_id")).isString()) {
                leadId = booking.value(QLatin1String("lead_id")).toString();
                break;
            }
        }
        const QList<QJsonObject> ofLead = allBookings(QStringLiteral("&lead_id=") + leadId);
        QVERIFY(!ofLead.isEmpty());
        for (const QJsonObject &booking : ofLead) {
            QCOMPARE(booking.value(QLatin1String("lead_id")).toString(), leadId);
            QCOMPARE(booking.value(QLatin1String("lead"))
                         .toObject()
                         .value(QLatin1String("id"))
                         .toString(),
                     leadId);
        }
        QCOMPARE(get(QStringLiteral("/api/v1/bookings?status=done"), m_token).firstErrorLocation(),
                 QStringLiteral("query/status"));
        QCOMPARE(get(QStringLiteral("/api/v1/bookings?lead_id=42"), m_token).firstErrorLocation(),
                 QStringLiteral("query/lead_id"));
    }

    void seededDataShape()
    {
        const QList<QJsonObject> bookings = allBookings();
        QCOMPARE(bookings.size(), 120);
        static const QRegularExpression utcSeconds(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)"));
        static const QRegularExpression pythonIso(
            QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$)"));
        QSet<QString> statuses;
        for (const QJsonObject &b : bookings) {
            QVERIFY(utcSeconds.match(b.value(QLatin1String("start_time")).toString()).hasMatch());
            QVERIFY(pythonIso.match(b.value(QLatin1String("created_at")).toString()).hasMatch());
            QVERIFY(
                b.value(QLatin1String("metadata")).toObject().contains(QLatin1String("service")));
            QVERIFY(parseTime(b.value(QLatin1String("created_at"))) <
                    parseTime(b.value(QLatin1String("start_time"))));
            QVERIFY(parseTime(b.value(QLatin1String("updated_at"))) >=
                    parseTime(b.value(QLatin1String("created_at"))));
            QVERIFY(parseTime(b.value(QLatin1String("end_time"))) >
                    parseTime(b.value(QLatin1String("start_time"))));
            statuses.insert(b.value(QLatin1String("status")).toString());
        }
        QCOMPARE(statuses.size(), 5);
    }

    void getOne()
    {
        const QJsonObject first = allBookings().first();
        const QString id = first.value(QLatin1String("id")).toString();
        const Response response = get(QStringLiteral("/api/v1/bookings/") + id, m_token);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.object(), first);
        QVERIFY(response.object().contains(QLatin1String("updated_at")));
        QVERIFY(response.object().contains(QLatin1String("calcom_booking_id")));

        const Response missing =
            get(QStringLiteral("/api/v1/bookings/00000000-0000-4000-8000-000000000000"), m_token);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.detail(), QStringLiteral("Booking not found"));
        const Response invalid = get(QStringLiteral("/api/v1/bookings/not-a-uuid"), m_token);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.firstErrorLocation(), QStringLiteral("path/booking_id"));
    }

    void availableSlots()
    {
        const QTimeZone berlin("Europe/Berlin");
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(berlin).date();
        const QString query =
            QStringLiteral("/api/v1/bookings/available-slots?start_date=%1&end_date=%2")
                .arg(today.toString(Qt::ISODate), today.addDays(20).toString(Qt::ISODate));
        const Response response = get(query, m_token);
        QCOMPARE(response.status, 200);
        const QJsonObject body = response.object();
        QCOMPARE(body.value(QLatin1String("start_date")).toString(), today.toString(Qt::ISODate));
        QCOMPARE(body.value(QLatin1String("event_type_id")).toInt(), 123456);
        const QJsonArray freeSlots = body.value(QLatin1String("slots")).toArray();
        QVERIFY(freeSlots.size() > 100);

        QList<std::pair<QDateTime, QDateTime>> busy;
        for (const QJsonObject &b : allBookings()) {
            const QString status = b.value(QLatin1String("status")).toString();
            if (status == u"confirmed" || status == u"rescheduled")
                busy.append({parseTime(b.value(QLatin1String("start_time"))),
                             parseTime(b.value(QLatin1String("end_time")))});
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int blocked = 0;
        for (const QJsonValue &value : freeSlots) {
            const QDateTime start = parseTime(value.toObject().value(QLatin1String("start")));
            const QDateTime end = parseTime(value.toObject().value(QLatin1String("end")));
            QCOMPARE(start.secsTo(end), 30 * 60);
            QVERIFY(start >= now.addSecs(-1));
            const QDateTime local = start.toTimeZone(berlin);
            QVERIFY(local.date().dayOfWeek() <= 5);
            QVERIFY(local.time() >= QTime(9, 0));
            QVERIFY(end.toTimeZone(berlin).time() <= QTime(18, 0));
            for (const auto &[busyStart, busyEnd] : std::as_const(busy)) {
                if (busyStart < end && busyEnd > start)
                    ++blocked;
            }
        }
        QCOMPARE(blocked, 0);

        // Dates are business-zone days: 09:00 in Berlin is 08:00Z before the next spring
        // DST switch (a Sunday, at least a week ahead so no slot of it has passed) and
        // 07:00Z after it.
        QTimeZone::OffsetData change = berlin.nextTransition(now.addDays(7));
        while (change.offsetFromUtc <= berlin.offsetFromUtc(change.atUtc.addSecs(-1)))
            change = berlin.nextTransition(change.atUtc);
        const QDate sunday = change.atUtc.toTimeZone(berlin).date();
        const QString friday = sunday.addDays(-2).toString(Qt::ISODate);
        const QString monday = sunday.addDays(1).toString(Qt::ISODate);
        const QJsonArray dst =
            get(QStringLiteral("/api/v1/bookings/available-slots?start_date=%1&end_date=%2")
                    .arg(friday, monday),
                m_token)
                .object()
                .value(QLatin1String("slots"))
                .toArray();
        QCOMPARE(dst.size(), 2 * 18);
        QCOMPARE(dst.first().toObject().value(QLatin1String("start")).toString(),
                 friday + QStringLiteral("T08:00:00Z"));
        QCOMPARE(dst.last().toObject().value(QLatin1String("end")).toString(),
                 monday + QStringLiteral("T16:00:00Z"));

        const auto slotsError = [&](const QString &range) {
            return get(QStringLiteral("/api/v1/bookings/available-slots?") + range, m_token);
        };
        QCOMPARE(slotsError(QStringLiteral("start_date=2026-03-10")).firstErrorLocation(),
                 QStringLiteral("query/end_date"));
        QCOMPARE(slotsError(QStringLiteral("start_date=2026-03-10&end_date=2026-03-09")).status,
                 422);
        QCOMPARE(slotsError(QStringLiteral("start_date=2026-03-10&end_date=2026-06-10")).status,
                 422);
        QCOMPARE(slotsError(QStringLiteral("start_date=10.03.2026&end_date=2026-03-12"))
                     .firstErrorLocation(),
                 QStringLiteral("query/start_date"));
    }

    void patchMoveKeepsDurationAndReschedules()
    {
        const QJsonObject booking = futureBooking(QStringLiteral("confirmed"));
        QVERIFY(!booking.isEmpty());
        const QString id = booking.value(QLatin1String("id")).toString();
        const QDateTime start = parseTime(booking.value(QLatin1String("start_time")));
        const qint64 duration = start.secsTo(parseTime(booking.value(QLatin1String("end_time"))));
        const QDateTime newStart = start.addDays(1).toOffsetFromUtc(3600);
        const Response response =
            patch(id, {{QStringLiteral("start_time"), newStart.toString(Qt::ISODate)}});
        QCOMPARE(response.status, 200);
        const QJsonObject updated = response.object();
        QCOMPARE(updated.value(QLatin1String("status")).toString(), QStringLiteral("rescheduled"));
        QCOMPARE(updated.value(QLatin1String("start_time")).toString(),
                 newStart.toUTC().toString(Qt::ISODate));
        QCOMPARE(parseTime(updated.value(QLatin1String("start_time")))
                     .secsTo(parseTime(updated.value(QLatin1String("end_time")))),
                 duration);
        QVERIFY(updated.value(QLatin1String("updated_at")) !=
                booking.value(QLatin1String("updated_at")));
        QCOMPARE(get(QStringLiteral("/api/v1/bookings/") + id, m_token).object(), updated);

        const Response both =
            patch(id, {{QStringLiteral("start_time"), QStringLiteral("2030-01-07T09:00:00Z")},
                       {QStringLiteral("end_time"), QStringLiteral("2030-01-07T10:30:00Z")},
                       {QStringLiteral("status"), QStringLiteral("confirmed")}});
        QCOMPARE(both.status, 200);
        QCOMPARE(both.object().value(QLatin1String("status")).toString(),
                 QStringLiteral("confirmed"));
        QCOMPARE(both.object().value(QLatin1String("end_time")).toString(),
                 QStringLiteral("2030-01-07T10:30:00Z"));
    }

    void patchCancelMetadataAndRefusals()
    {
        const QJsonObject booking = futureBooking(QStringLiteral("confirmed"));
        QVERIFY(!booking.isEmpty());
        const QString id = booking.value(QLatin1String("id")).toString();
        const QJsonObject metadata{
            {QStringLiteral("service"), QStringLiteral("Check-up")},
            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}}},
            {QStringLiteral("notes"), QStringLiteral("Grüße 👋\nzweite Zeile")}};
        Response response = patch(id, {{QStringLiteral("metadata"), metadata},
                                       {QStringLiteral("meeting_url"), QJsonValue::Null},
                                       {QStringLiteral("unknown_field"), 1}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.object().value(QLatin1String("metadata")).toObject(), metadata);
        QVERIFY(response.object().value(QLatin1String("meeting_url")).isNull());
        QCOMPARE(response.object().value(QLatin1String("status")).toString(),
                 QStringLiteral("confirmed"));

        response = patch(id, {{QStringLiteral("status"), QStringLiteral("cancelled")}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.object().value(QLatin1String("status")).toString(),
                 QStringLiteral("cancelled"));
        response =
            patch(id, {{QStringLiteral("start_time"), QStringLiteral("2030-01-07T09:00:00Z")}});
        QCOMPARE(response.status, 400);
        QCOMPARE(response.detail(), QStringLiteral("Cannot reschedule a cancelled booking"));
    }

    void patchValidation()
    {
        const QString id = allBookings().first().value(QLatin1String("id")).toString();
        Response response =
            patch(id, {{QStringLiteral("start_time"), QStringLiteral("2030-01-07T09:00:00")}});
        QCOMPARE(response.status, 422);
        QCOMPARE(response.firstErrorLocation(), QStringLiteral("body/start_time"));
        response =
            patch(id, {{QStringLiteral("start_time"), QStringLiteral("2030-01-07T09:00:00Z")},
                       {QStringLiteral("end_time"), QStringLiteral("2030-01-07T08:00:00Z")}});
        QCOMPARE(response.status, 422);
        QCOMPARE(response.firstErrorLocation(), QStringLiteral("body/end_time"));
        QCOMPARE(
            patch(id, {{QStringLiteral("status"), QStringLiteral("done")}}).firstErrorLocation(),
            QStringLiteral("body/status"));
        QCOMPARE(patch(id, {{QStringLiteral("metadata"), QJsonArray{1}}}).status, 422);
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/bookings/") + id, m_token, "[1,2]").status,
                 422);
        QCOMPARE(send("PATCH", QStringLiteral("/api/v1/bookings/") + id, m_token, "{oops").status,
                 422);
        QCOMPARE(patch(QStringLiteral("00000000-0000-4000-8000-000000000000"),
                       {{QStringLiteral("status"), QStringLiteral("completed")}})
                     .status,
                 404);
    }

    void deleteCancels()
    {
        const QJsonObject booking = futureBooking(QStringLiteral("confirmed"));
        const QString path =
            QStringLiteral("/api/v1/bookings/") + booking.value(QLatin1String("id")).toString();
        Response response = send("DELETE", path, m_token);
        QCOMPARE(response.status, 204);
        QVERIFY(response.body.isEmpty());
        QCOMPARE(get(path, m_token).object().value(QLatin1String("status")).toString(),
                 QStringLiteral("cancelled"));
        response = send("DELETE", path, m_token);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.detail(), QStringLiteral("Booking is already cancelled"));
    }

    void unknownRoutes()
    {
        Response response = get(QStringLiteral("/api/v1/nothing"), m_token);
        QCOMPARE(response.status, 404);
        QCOMPARE(response.detail(), QStringLiteral("Not Found"));
        response = send("PUT", QStringLiteral("/api/v1/bookings"), m_token, "{}");
        QCOMPARE(response.status, 405);
        QCOMPARE(response.detail(), QStringLiteral("Method Not Allowed"));
    }
};

QTEST_GUILESS_MAIN(TestDevServer)
#include "tst_devserver.moc"
