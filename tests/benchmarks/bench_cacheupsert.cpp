// Writes 100,000 generated bookings into a fresh BookingCache in pages of 100, one
// transaction per --batch pages (100, as PassWriter commits them at most; --batch 1 for one
// transaction per page), as one sync pass including its final checkpoint, and compares with
// Debian's sqlite3 shell inserting the same rows into the same schema in one transaction. Prints
// figures; asserts nothing.
//
//   bench_cacheupsert [--rows N] [--page N] [--batch N] [--keep DIR]

#include "benchmeter.h"
#include "bookingcache.h"
#include "bookingjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

namespace {

QString pick(QRandomGenerator &rng, const QStringList &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

QString uuid(QRandomGenerator &rng)
{
    const quint64 tail =
        (quint64(rng.generate()) << 16 | rng.bounded(0x10000u)) & 0xffffffffffffULL;
    return QStringLiteral("%1-%2-4%3-8%4-%5")
        .arg(rng.generate(), 8, 16, QLatin1Char('0'))
        .arg(rng.bounded(0x10000u), 4, 16, QLatin1Char('0'))
        .arg(rng.bounded(0x1000u), 3, 16, QLatin1Char('0'))
        .arg(rng.bounded(0x1000u), 3, 16, QLatin1Char('0'))
        .arg(tail, 12, 16, QLatin1Char('0'));
}

QString alnum(QRandomGenerator &rng, int length)
{
    static const QString chars =
        QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    QString result;
    for (int i = 0; i < length; ++i)
        result.append(chars.at(int(rng.bounded(quint32(chars.size())))));
    return result;
}

// The server's formats: whole seconds with Z, or Python's microseconds with +00:00.
QString wireTime(const QDateTime &time, int micros = -1)
{
    if (micros < 0)
        return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) +
           QStringLiteral("%1+00:00").arg(micros, 3, 10, QLatin1Char('0'));
}

// Shaped like the dev server's records (about 600-750 bytes of JSON), with names, notes
// and services in several scripts so that search text folding has real work.
QJsonObject makeRecord(QRandomGenerator &rng)
{
    static const QStringList first = {
        QStringLiteral("Jürgen"), QStringLiteral("Zoë"),      QStringLiteral("Małgorzata"),
        QStringLiteral("José"),   QStringLiteral("François"), QStringLiteral("Ελένη"),
        QStringLiteral("Мария"),  QStringLiteral("山田"),     QStringLiteral("Søren"),
        QStringLiteral("Ayşe"),   QStringLiteral("Anna"),     QStringLiteral("Jörg"),
        QStringLiteral("Núria"),  QStringLiteral("Łukasz"),   QStringLiteral("Chloé"),
        QStringLiteral("Björn")};
    static const QStringList last = {
        QStringLiteral("Weiß"),    QStringLiteral("Ångström"), QStringLiteral("Nowak"),
        QStringLiteral("Núñez"),   QStringLiteral("Lefèvre"),  QStringLiteral("Παπαδοπούλου"),
        QStringLiteral("Иванова"), QStringLiteral("太郎"),     QStringLiteral("Kierkegaard"),
        QStringLiteral("Yılmaz"),  QStringLiteral("Schmidt"),  QStringLiteral("Schäfer"),
        QStringLiteral("Puig"),    QStringLiteral("Żółć"),     QStringLiteral("Dubois"),
        QStringLiteral("Öberg")};
    static const QStringList services = {QStringLiteral("Vaccination"),
                                         QStringLiteral("Initial assessment"),
                                         QStringLiteral("Physiotherapy 30 min"),
                                         QStringLiteral("Haircut"),
                                         QStringLiteral("Beard trim"),
                                         QStringLiteral("Consultation"),
                                         QStringLiteral("Follow-up"),
                                         QStringLiteral("Massage 60 min"),
                                         QStringLiteral("Zahnreinigung"),
                                         QStringLiteral("Kontrolltermin")};
    static const QStringList notes = {QStringLiteral("Caller said: \"any time after 3pm is fine\""),
                                      QStringLiteral("Bitte klingeln, Hinterhaus 2. OG"),
                                      QStringLiteral("Rollstuhl – braucht Rampe am Eingang"),
                                      QStringLiteral("Prefers WhatsApp reminders the day before"),
                                      QStringLiteral("Première visite, parle peu anglais")};
    static const QStringList statuses = {QStringLiteral("confirmed"), QStringLiteral("rescheduled"),
                                         QStringLiteral("cancelled"), QStringLiteral("completed"),
                                         QStringLiteral("no_show")};
    static const QStringList channels = {QStringLiteral("whatsapp"), QStringLiteral("telegram"),
                                         QStringLiteral("web"), QStringLiteral("email"),
                                         QStringLiteral("voice")};
    static const QStringList leadStatuses = {QStringLiteral("booked"), QStringLiteral("confirmed"),
                                             QStringLiteral("completed"),
                                             QStringLiteral("no_show")};
    static const QDateTime origin(QDate(2026, 1, 5), QTime(7, 0), Qt::UTC);

    const QString leadId = uuid(rng);
    const QDateTime start = origin.addSecs(qint64(rng.bounded(365 * 24 * 12)) * 300);
    const QDateTime end = start.addSecs(60 * (15 + 15 * qint64(rng.bounded(4))));
    const QDateTime created =
        start.addDays(-qint64(rng.bounded(1, 60))).addMSecs(rng.bounded(86'400'000));
    const QDateTime updated = created.addMSecs(rng.bounded(86'400'000));
    const QString name = pick(rng, first) + u' ' + pick(rng, last);

    QJsonObject metadata{{QStringLiteral("service"), pick(rng, services)}};
    if (rng.bounded(2))
        metadata.insert(QStringLiteral("notes"), pick(rng, notes));
    const bool online = rng.bounded(4) == 0;
    return QJsonObject{
        {QStringLiteral("id"), uuid(rng)},
        {QStringLiteral("lead_id"), leadId},
        {QStringLiteral("calcom_booking_id"), 1'000'000 + int(rng.bounded(900'000))},
        {QStringLiteral("calcom_booking_uid"), alnum(rng, 22)},
        {QStringLiteral("event_type_id"), 123'456 + int(rng.bounded(4))},
        {QStringLiteral("start_time"), wireTime(start)},
        {QStringLiteral("end_time"), wireTime(end)},
        {QStringLiteral("status"), pick(rng, statuses)},
        {QStringLiteral("meeting_url"),
         online ? QJsonValue(QStringLiteral("https://meet.example.com/") + alnum(rng, 10))
                : QJsonValue()},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("created_at"), wireTime(created, int(rng.bounded(1000)))},
        {QStringLiteral("updated_at"), wireTime(updated, int(rng.bounded(1000)))},
        {QStringLiteral("lead"),
         QJsonObject{
             {QStringLiteral("id"), leadId},
             {QStringLiteral("name"), name},
             {QStringLiteral("email"), QStringLiteral("%1.%2@example.de")
                                           .arg(alnum(rng, 1).toLower(), alnum(rng, 8).toLower())},
             {QStringLiteral("phone"), QStringLiteral("+49 15%1 %2")
                                           .arg(rng.bounded(10))
                                           .arg(rng.bounded(1'000'000, 9'999'999))},
             {QStringLiteral("channel"), pick(rng, channels)},
             {QStringLiteral("status"), pick(rng, leadStatuses)}}},
    };
}

// Runs the sqlite3 shell on `database`; stdin from a file or a string.
std::optional<QByteArray> sqliteShell(const QStringList &arguments, const QString &inputFile = {},
                                      const QByteArray &input = {}, double *elapsedMs = nullptr)
{
    QProcess process;
    if (!inputFile.isEmpty())
        process.setStandardInputFile(inputFile);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral("sqlite3"), arguments);
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "cannot start sqlite3: %s\n", qPrintable(process.errorString()));
        return std::nullopt;
    }
    if (inputFile.isEmpty()) {
        process.write(input);
        process.closeWriteChannel();
    }
    QByteArray output;
    while (!process.waitForFinished(100))
        output += process.readAllStandardOutput();
    output += process.readAllStandardOutput();
    if (elapsedMs)
        *elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !errors.isEmpty()) {
        std::fprintf(stderr, "sqlite3 %s failed: %s\n", qPrintable(arguments.join(u' ')),
                     errors.constData());
        return std::nullopt;
    }
    return output;
}

// The schema as `.schema` prints it, minus SQLite's own tables.
QByteArray replayableSchema(const QByteArray &schema)
{
    QByteArray result;
    for (const QByteArray &statement : schema.split(';')) {
        const QByteArray trimmed = statement.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith("/*"))
            continue;
        if (trimmed.contains("sqlite_"))
            continue;
        result += trimmed + ";\n";
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Bookings to write."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("Bookings per upsert."),
                      QStringLiteral("n"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Pages per upsert (transaction)."),
                      QStringLiteral("n"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Keep the databases and the SQL file in this folder."),
                      QStringLiteral("dir")});
    parser.process(app);
    const int rows = std::max(1, parser.value(QStringLiteral("rows")).toInt());
    const int pageSize = std::clamp(parser.value(QStringLiteral("page")).toInt(), 1, 100000);
    const int batch = std::clamp(parser.value(QStringLiteral("batch")).toInt(), 1, 100000);

    QTemporaryDir temporary;
    const QString folder = parser.isSet(QStringLiteral("keep"))
                               ? parser.value(QStringLiteral("keep"))
                               : temporary.path();
    QDir().mkpath(folder);
    const QString cachePath = QDir(folder).filePath(QStringLiteral("cache.sqlite"));
    const QString shellPath = QDir(folder).filePath(QStringLiteral("shell.sqlite"));
    const QString sqlPath = QDir(folder).filePath(QStringLiteral("rows.sql"));
    for (const QString &path : {cachePath, shellPath}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }

    std::printf("bench_cacheupsert: %d bookings, pages of %d, %d page(s) per transaction; %s\n",
                rows, pageSize, batch, qPrintable(BenchMeter::machineLoad()));

    BenchMeter meter;
    meter.start();
    QRandomGenerator rng(20260320);
    QList<Booking> bookings;
    bookings.reserve(rows);
    qint64 jsonBytes = 0;
    for (int i = 0; i < rows; ++i) {
        QString error;
        auto booking = BookingJson::decodeBooking(makeRecord(rng), &error);
        if (!booking) {
            std::fprintf(stderr, "generated an undecodable booking: %s\n", qPrintable(error));
            return 1;
        }
        jsonBytes += booking->json.size();
        bookings.append(std::move(*booking));
    }
    const auto generated = meter.stop();
    std::printf("  generate + decode (not part of the figures): %.0f ms, %.0f bytes of JSON per "
                "booking\n",
                generated.wallMs, double(jsonBytes) / rows);

    BookingCache cache;
    QString error;
    if (!cache.open(cachePath, &error)) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(error));
        return 1;
    }
    const auto writeAll = [&](const char *label) -> std::optional<BenchMeter::Sample> {
        const qint64 pass = cache.beginPass(&error);
        BenchMeter upsertMeter;
        upsertMeter.start();
        int inserted = 0;
        // As PassWriter writes a pass: page by page, `batch` pages to a transaction.
        for (int offset = 0; offset < rows; offset += pageSize * batch) {
            if (!cache.beginBatch(&error)) {
                std::fprintf(stderr, "cannot begin a transaction: %s\n", qPrintable(error));
                return std::nullopt;
            }
            const int end = std::min(rows, offset + pageSize * batch);
            for (int page = offset; page < end; page += pageSize) {
                const auto result = cache.upsert(bookings.mid(page, std::min(pageSize, end - page)),
                                                 pass, &error);
                if (!result) {
                    std::fprintf(stderr, "upsert failed: %s\n", qPrintable(error));
                    return std::nullopt;
                }
                inserted += int(result->inserted.size());
            }
            if (!cache.commitBatch(&error)) {
                std::fprintf(stderr, "commit failed: %s\n", qPrintable(error));
                return std::nullopt;
            }
        }
        // The pass is done when its commits are in the database file, not only in the log.
        QElapsedTimer finishing;
        finishing.start();
        cache.finishPass();
        const double finishMs = double(finishing.nsecsElapsed()) / 1e6;
        const auto sample = upsertMeter.stop();
        std::printf("  BookingCache::upsert, %s: %.0f ms wall, %.0f ms CPU (user %.0f, sys %.0f), "
                    "%.0f rows/s (%d inserted); of the wall time, finishPass (indexes, last "
                    "checkpoint): %.0f ms\n",
                    label, sample.wallMs, sample.cpuMs(), sample.userMs, sample.systemMs,
                    rows / (sample.wallMs / 1000.0), inserted, finishMs);
        return sample;
    };
    const auto fresh = writeAll("fresh cache");
    if (!fresh)
        return 1;
    const auto again = writeAll("same rows again (unchanged: nothing written)");
    if (!again)
        return 1;
    const int cached = cache.count();
    cache.close();
    if (cached != rows) {
        std::fprintf(stderr, "the cache holds %d bookings, expected %d\n", cached, rows);
        return 1;
    }

    // The same rows through the sqlite3 shell: schema from the cache, the rows as the
    // cache stored them (typed columns, search text, JSON), one transaction.
    const auto schema = sqliteShell({cachePath, QStringLiteral(".schema")});
    const auto bookingRows =
        sqliteShell({cachePath}, {}, ".mode insert bookings\nSELECT * FROM bookings;\n");
    if (!schema || !bookingRows)
        return 1;
    {
        QFile sql(sqlPath);
        if (!sql.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(sqlPath));
            return 1;
        }
        // The cache's own PRAGMAs, so that both write the same way.
        sql.write("PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n"
                  "PRAGMA foreign_keys = ON;\nPRAGMA temp_store = MEMORY;\n");
        sql.write(replayableSchema(*schema));
        sql.write("BEGIN;\n");
        sql.write(*bookingRows);
        sql.write("COMMIT;\n");
    }
    double shellMs = 0;
    if (!sqliteShell({shellPath}, sqlPath, {}, &shellMs))
        return 1;
    const auto counted = sqliteShell({shellPath, QStringLiteral("SELECT count(*) FROM bookings")});
    if (!counted)
        return 1;
    const QByteArray expected = QByteArray::number(rows);
    if (counted->trimmed() != expected) {
        std::fprintf(stderr, "sqlite3 wrote %s rows, expected %s\n", counted->trimmed().constData(),
                     expected.constData());
        return 1;
    }
    std::printf("  sqlite3 shell, one transaction, %d bookings from a %.1f MB .sql file: %.0f ms "
                "wall, %.0f rows/s\n",
                rows, double(QFileInfo(sqlPath).size()) / 1e6, shellMs, rows / (shellMs / 1000.0));

    const double rowsPerSecond = rows / (fresh->wallMs / 1000.0);
    const double ratio = fresh->wallMs / shellMs;
    std::printf("  ratio BookingCache / sqlite3 shell: %.2f\n", ratio);
    std::printf("  peak memory (whole program, including the %d generated bookings): %.0f MB\n",
                rows, BenchMeter::peakRssMb());
    const bool ok = rowsPerSecond >= 100000 && ratio <= 2.0;
    std::printf("  budget (>= 100000 rows/s and ratio <= 2): %s (%.0f rows/s, ratio %.2f)\n",
                ok ? "ok" : "EXCEEDED", rowsPerSecond, ratio);
    std::printf("  %s at the end\n", qPrintable(BenchMeter::machineLoad()));
    return 0;
}
