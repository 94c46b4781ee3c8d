#include "clock.h"
#include "jwt.h"

#include <QTest>

namespace {

QByteArray token(const QByteArray &payload)
{
    const auto encode = [](const QByteArray &part) {
        return part.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return encode(R"({"alg":"HS256","typ":"JWT"})") + '.' + encode(payload) + '.' + "c2lnbmF0dXJl";
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsExpiry()
    {
        const auto expiry = Jwt::expiry(token(R"({"sub":"u1","exp":1900000000})"));
        QVERIFY(expiry.has_value());
        QCOMPARE(*expiry, QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
        QVERIFY(!Jwt::isExpired(token(R"({"exp":1900000000})"),
                                QDateTime::fromSecsSinceEpoch(1899999999, Qt::UTC)));
        QVERIFY(Jwt::isExpired(token(R"({"exp":1900000000})"),
                               QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC)));
    }

    void payloadNeedingPaddingAndUrlAlphabet()
    {
        // Non-ASCII names make '-' and '_' appear in base64url.
        const auto expiry = Jwt::expiry(token(R"({"name":"Jürgen ÿÿ>>??","exp":1700000000})"));
        QVERIFY(expiry.has_value());
    }

    void readsStringClaims()
    {
        const QByteArray jwt =
            token(R"({"sub":"u1","email":"anna@example.com","exp":1900000000,"n":5})");
        QCOMPARE(Jwt::claim(jwt, QStringLiteral("email")), QStringLiteral("anna@example.com"));
        QCOMPARE(Jwt::claim(jwt, QStringLiteral("sub")), QStringLiteral("u1"));
        QVERIFY(Jwt::claim(jwt, QStringLiteral("n")).isEmpty()); // not a string
        QVERIFY(Jwt::claim(jwt, QStringLiteral("missing")).isEmpty());
        QVERIFY(Jwt::claim("garbage", QStringLiteral("email")).isEmpty());
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two parts") << QByteArray("a.b");
        QTest::newRow("four parts") << QByteArray("a.b.c.d");
        QTest::newRow("bad base64") << QByteArray("a.%%%.c");
        QTest::newRow("not json") << token("hello");
        QTest::newRow("no exp") << token(R"({"sub":"x"})");
        QTest::newRow("exp string") << token(R"({"exp":"1900000000"})");
        QTest::newRow("exp negative") << token(R"({"exp":-5})");
        QTest::newRow("exp absurd") << token(R"({"exp":1e300})");
    }

    void rejectsGarbage()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!Jwt::expiry(input).has_value());
        QVERIFY(!Jwt::isExpired(input, Clock::now()));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
