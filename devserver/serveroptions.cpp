#include "serveroptions.h"

#include "wireformat.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description,
                               const QString &valueName, const QString &defaultValue = {})
{
    return QCommandLineOption(name, description, valueName, defaultValue);
}

bool parseRate(const QString &text, const QString &name, double *target, QString *error)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0 || value > 1) {
        *error = QStringLiteral("--%1 must be a number between 0 and 1").arg(name);
        return false;
    }
    *target = value;
    return true;
}

template<typename Int>
bool parseInteger(const QString &text, const QString &name, qint64 minimum, qint64 maximum,
                  Int *target, QString *error)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        *error = QStringLiteral("--%1 must be an integer from %2 to %3")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum);
        return false;
    }
    *target = Int(value);
    return true;
}

} // namespace

bool ServerOptions::parse(const QStringList &arguments, ServerOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Loopback HTTP server speaking the Empfio bookings API, for the demo "
                       "mode, the integration tests and the benchmarks of Frontdesk."));
    parser.addHelpOption();
    const QStringList intOptions{QStringLiteral("port"),           QStringLiteral("seed-bookings"),
                                 QStringLiteral("token-lifetime"), QStringLiteral("slot-minutes"),
                                 QStringLiteral("latency"),        QStringLiteral("retry-after"),
                                 QStringLiteral("fault-budget")};
    parser.addOptions({
        valueOption(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                    QStringLiteral("addr"), options->host),
        valueOption(QStringLiteral("port"), QStringLiteral("Port; 0 picks a free one."),
                    QStringLiteral("n"), QString::number(options->port)),
        valueOption(QStringLiteral("database"),
                    QStringLiteral("SQLite file, or :memory:. A file keeps data across restarts."),
                    QStringLiteral("path"), options->database),
        {QStringLiteral("reseed"), QStringLiteral("Reseed a database file that has bookings.")},
        valueOption(QStringLiteral("seed-bookings"), QStringLiteral("Bookings to seed."),
                    QStringLiteral("n"), QString::number(options->seedBookings)),
        valueOption(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("s"),
                    QString::number(options->seed)),
        valueOption(QStringLiteral("now"),
                    QStringLiteral("Start the server's clock at this instant (ISO 8601 with an "
                                   "offset): seeding, tokens, free slots and updated_at run from "
                                   "it. Default: the system clock."),
                    QStringLiteral("datetime")),
        valueOption(
            QStringLiteral("today"),
            QStringLiteral("Seed as if early (06:00) on this day, whatever the clock says."),
            QStringLiteral("yyyy-mm-dd")),
        valueOption(QStringLiteral("email"), QStringLiteral("Login e-mail."), QStringLiteral("e"),
                    options->email),
        valueOption(QStringLiteral("password"), QStringLiteral("Login password."),
                    QStringLiteral("p"), options->password),
        valueOption(QStringLiteral("full-name"), QStringLiteral("User's full name."),
                    QStringLiteral("name"), options->fullName),
        valueOption(QStringLiteral("organization"), QStringLiteral("Organization name."),
                    QStringLiteral("name"), options->organization),
        valueOption(QStringLiteral("token-lifetime"), QStringLiteral("JWT lifetime in seconds."),
                    QStringLiteral("seconds"), QString::number(options->tokenLifetimeSeconds)),
        valueOption(QStringLiteral("jwt-secret"), QStringLiteral("HS256 secret (default random)."),
                    QStringLiteral("s")),
        valueOption(QStringLiteral("token-style"),
                    QStringLiteral("Tokens issued: jwt (sub, org, iat, exp; no email claim), "
                                   "jwt-email (with an email claim), jwt-no-exp (no exp: valid "
                                   "until revoked) or opaque (not a JWT)."),
                    QStringLiteral("style"), QStringLiteral("jwt")),
        valueOption(QStringLiteral("timezone"), QStringLiteral("Business time zone (IANA)."),
                    QStringLiteral("zone"), QStringLiteral("Europe/Berlin")),
        valueOption(QStringLiteral("business-hours"), QStringLiteral("Opening hours, Mon-Fri."),
                    QStringLiteral("hh:mm-hh:mm"), QStringLiteral("09:00-18:00")),
        valueOption(QStringLiteral("slot-minutes"), QStringLiteral("Length of a free slot."),
                    QStringLiteral("n"), QString::number(options->slotMinutes)),
        valueOption(QStringLiteral("latency"), QStringLiteral("Added latency per API response."),
                    QStringLiteral("ms"), QStringLiteral("0")),
        valueOption(QStringLiteral("error-rate"), QStringLiteral("Fraction answered 500."),
                    QStringLiteral("r"), QStringLiteral("0")),
        valueOption(QStringLiteral("rate-limit-rate"), QStringLiteral("Fraction answered 429."),
                    QStringLiteral("r"), QStringLiteral("0")),
        valueOption(QStringLiteral("retry-after"), QStringLiteral("Retry-After of a 429."),
                    QStringLiteral("seconds"), QStringLiteral("1")),
        valueOption(QStringLiteral("malformed-rate"), QStringLiteral("Fraction with broken JSON."),
                    QStringLiteral("r"), QStringLiteral("0")),
        valueOption(QStringLiteral("truncate-rate"), QStringLiteral("Fraction with a cut body."),
                    QStringLiteral("r"), QStringLiteral("0")),
        valueOption(QStringLiteral("drop-rate"), QStringLiteral("Fraction closed unanswered."),
                    QStringLiteral("r"), QStringLiteral("0")),
        valueOption(QStringLiteral("fault-budget"), QStringLiteral("Faults left; -1 unlimited."),
                    QStringLiteral("n"), QStringLiteral("-1")),
        {QStringLiteral("brief-list"), QStringLiteral("List rows omit metadata, updated_at and "
                                                      "Cal.com ids.")},
        valueOption(QStringLiteral("list-order"),
                    QStringLiteral("Order of GET /api/v1/bookings: created (created_at, then id) "
                                   "or updated (updated_at newest first, then id: a changed "
                                   "booking moves to the front). POST /_control/churn changes "
                                   "it at run time (with deletes, moves and creations after each "
                                   "list page); /_control/reset-faults sets it back to created."),
                    QStringLiteral("order"), QStringLiteral("created")),
        {QStringLiteral("quiet"), QStringLiteral("No per-request log.")},
        {QStringLiteral("exit-on-stdin-eof"), QStringLiteral("Exit when stdin is closed.")},
    });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty()) {
        *error = QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first());
        return false;
    }

    ServerOptions &o = *options;
    const auto value = [&parser](const char *name) { return parser.value(QLatin1String(name)); };
    o.host = value("host");
    o.database = value("database");
    o.reseed = parser.isSet(QStringLiteral("reseed"));
    o.email = value("email");
    o.password = value("password");
    o.fullName = value("full-name");
    o.organization = value("organization");
    o.jwtSecret = value("jwt-secret").toUtf8();
    o.briefList = parser.isSet(QStringLiteral("brief-list"));
    if (const std::optional<ListOrder> order = parseListOrder(value("list-order"))) {
        o.listOrder = *order;
    } else {
        *error = QStringLiteral("--list-order must be created or updated");
        return false;
    }
    static const QStringList styles{QStringLiteral("jwt"), QStringLiteral("jwt-email"),
                                    QStringLiteral("jwt-no-exp"), QStringLiteral("opaque")};
    const qsizetype style = styles.indexOf(value("token-style"));
    if (style < 0) {
        *error = QStringLiteral("--token-style must be one of %1").arg(styles.join(u", "));
        return false;
    }
    o.tokenStyle = TokenStyle(style);
    o.quiet = parser.isSet(QStringLiteral("quiet"));
    o.exitOnStdinEof = parser.isSet(QStringLiteral("exit-on-stdin-eof"));
    if (o.email.isEmpty() || o.password.isEmpty()) {
        *error = QStringLiteral("--email and --password must not be empty");
        return false;
    }

    bool seedOk = false;
    o.seed = value("seed").toULongLong(&seedOk);
    if (!seedOk) {
        *error = QStringLiteral("--seed must be a non-negative integer");
        return false;
    }

    o.timeZone = QTimeZone(value("timezone").toUtf8());
    if (!o.timeZone.isValid()) {
        *error = QStringLiteral("unknown time zone %1").arg(value("timezone"));
        return false;
    }
    o.nowMs.reset();
    if (parser.isSet(QStringLiteral("now"))) {
        WireFormat::DateTimeError dateError = WireFormat::DateTimeError::None;
        o.nowMs = WireFormat::parseDateTime(value("now"), &dateError);
        if (!o.nowMs) {
            *error = QStringLiteral("--now must be an ISO 8601 date and time with an offset, "
                                    "such as 2026-03-29T00:30:00+01:00");
            return false;
        }
    }
    const qint64 nowMs = o.nowMs.value_or(WireFormat::nowMs());
    if (parser.isSet(QStringLiteral("today"))) {
        if (o.nowMs) {
            *error = QStringLiteral("give either --now or --today");
            return false;
        }
        o.today = QDate::fromString(value("today"), Qt::ISODate);
        if (!o.today.isValid()) {
            *error = QStringLiteral("--today must be YYYY-MM-DD");
            return false;
        }
        o.seedReferenceMs = QDateTime(o.today, QTime(6, 0), o.timeZone).toMSecsSinceEpoch();
    } else {
        o.today = QDateTime::fromMSecsSinceEpoch(nowMs, o.timeZone).date();
        o.seedReferenceMs = nowMs;
    }

    static const QRegularExpression hours(QStringLiteral(R"(^(\d{2}:\d{2})-(\d{2}:\d{2})$)"));
    const QRegularExpressionMatch match = hours.match(value("business-hours"));
    if (match.hasMatch()) {
        o.openTime = QTime::fromString(match.captured(1), QStringLiteral("HH:mm"));
        o.closeTime = QTime::fromString(match.captured(2), QStringLiteral("HH:mm"));
    }
    if (!match.hasMatch() || !o.openTime.isValid() || !o.closeTime.isValid() ||
        o.openTime >= o.closeTime) {
        *error = QStringLiteral("--business-hours must be HH:MM-HH:MM with opening before closing");
        return false;
    }

    FaultSettings &f = o.faults;
    const bool ok =
        parseInteger(value("port"), intOptions[0], 0, 65535, &o.port, error) &&
        parseInteger(value("seed-bookings"), intOptions[1], 0, 10'000'000, &o.seedBookings,
                     error) &&
        parseInteger(value("token-lifetime"), intOptions[2], 1, 10 * 365 * 86400,
                     &o.tokenLifetimeSeconds, error) &&
        parseInteger(value("slot-minutes"), intOptions[3], 5, 24 * 60, &o.slotMinutes, error) &&
        parseInteger(value("latency"), intOptions[4], 0, 600'000, &f.latencyMs, error) &&
        parseInteger(value("retry-after"), intOptions[5], 0, 86400, &f.retryAfterSeconds, error) &&
        parseInteger(value("fault-budget"), intOptions[6], -1, 1'000'000'000, &f.faultBudget,
                     error) &&
        parseRate(value("error-rate"), QStringLiteral("error-rate"), &f.errorRate, error) &&
        parseRate(value("rate-limit-rate"), QStringLiteral("rate-limit-rate"), &f.rateLimitRate,
                  error) &&
        parseRate(value("malformed-rate"), QStringLiteral("malformed-rate"), &f.malformedRate,
                  error) &&
        parseRate(value("truncate-rate"), QStringLiteral("truncate-rate"), &f.truncateRate,
                  error) &&
        parseRate(value("drop-rate"), QStringLiteral("drop-rate"), &f.dropRate, error);
    return ok;
}
