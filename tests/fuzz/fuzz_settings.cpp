// The settings reader on arbitrary INI text: loading never crashes, and what it loads is
// what it saves and loads again (every value it keeps is one it accepts).

#include "appsettings.h"
#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSettings>

#include <cstdint>

namespace {

QString scratch(const char *name)
{
    return QDir::tempPath() + QStringLiteral("/frontdesk-fuzz-settings-%1-%2.ini")
                                  .arg(QCoreApplication::applicationPid())
                                  .arg(QLatin1String(name));
}

QByteArray saved(const AppSettings &settings, const QString &path)
{
    QFile::remove(path);
    {
        QSettings out(path, QSettings::IniFormat);
        settings.save(out);
        out.sync();
    }
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

// An "@Variant(...)" value whose stream announces a string of 54 GB makes QDataStream ask
// for that much (found by this target). malloc refuses it and Qt reads the value as invalid,
// so the setting falls back to its default; ASan's allocator would abort instead, which is
// not what happens to the app. (Sanitizer builds only; the environment's options still
// apply on top.)
extern "C" const char *__asan_default_options()
{
    return "allocator_may_return_null=1";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The app reads its settings with a QGuiApplication: an "@Variant(...)" value holding a
    // QPixmap aborts without one (found by this target; the CLI does not read AppSettings).
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "fuzz_settings";
        static char *argv[] = {name, nullptr};
        qputenv("QT_QPA_PLATFORM", "offscreen");
        new QGuiApplication(argc, argv);
    }
    const QString input = scratch("input");
    {
        QFile file(input);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    const AppSettings loaded = AppSettings::load(QSettings(input, QSettings::IniFormat));
    const QString first = scratch("first");
    const QByteArray text = saved(loaded, first);
    const AppSettings again = AppSettings::load(QSettings(first, QSettings::IniFormat));
    FUZZ_CHECK(again == loaded);
    FUZZ_CHECK(saved(again, scratch("second")) == text);
    return 0;
}
