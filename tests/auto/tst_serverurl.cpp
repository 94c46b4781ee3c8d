#include "serverurl.h"

#include <QTest>

class TestServerUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://desk.example.com" << true;
        QTest::newRow("https with port and path") << "https://desk.example.com:8443/empfio" << true;
        QTest::newRow("http localhost") << "http://localhost:8001" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST:8001" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8001" << true;
        QTest::newRow("http 127.5.6.7") << "http://127.5.6.7" << true;
        QTest::newRow("http ::1") << "http://[::1]:8001" << true;
        QTest::newRow("http remote") << "http://desk.example.com" << false;
        QTest::newRow("http private range") << "http://192.168.1.10:8001" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("ftp") << "ftp://localhost" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("empty") << "" << false;
    }

    void check()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const auto error = ServerUrl::check(QUrl(url));
        QCOMPARE(!error.has_value(), allowed);
        if (error)
            QCOMPARE(error->kind, ApiError::Kind::InsecureUrl);
    }

    void fromUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("loopback without scheme") << "localhost:8001"
                                                 << "http://localhost:8001";
        QTest::newRow("ip without scheme") << "127.0.0.1:9000/"
                                           << "http://127.0.0.1:9000";
        QTest::newRow("remote without scheme") << "desk.example.com"
                                               << "https://desk.example.com";
        QTest::newRow("trailing slashes and spaces") << "  https://desk.example.com// "
                                                     << "https://desk.example.com";
        QTest::newRow("keeps a path prefix") << "https://example.com/empfio/"
                                             << "https://example.com/empfio";
        QTest::newRow("empty") << "   "
                               << "";
    }

    void fromUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(ServerUrl::fromUserInput(input).toString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestServerUrl)
#include "tst_serverurl.moc"
