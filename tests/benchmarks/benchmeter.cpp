#include "benchmeter.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringList>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

namespace {

double toMs(const timeval &time)
{
    return double(time.tv_sec) * 1000.0 + double(time.tv_usec) / 1000.0;
}

rusage usage()
{
    rusage result{};
    getrusage(RUSAGE_SELF, &result);
    return result;
}

} // namespace

void BenchMeter::start()
{
    const rusage now = usage();
    m_user = toMs(now.ru_utime);
    m_system = toMs(now.ru_stime);
    m_wall.start();
}

BenchMeter::Sample BenchMeter::stop() const
{
    const double wall = double(m_wall.nsecsElapsed()) / 1e6;
    const rusage now = usage();
    Sample sample;
    sample.wallMs = wall;
    sample.userMs = toMs(now.ru_utime) - m_user;
    sample.systemMs = toMs(now.ru_stime) - m_system;
    sample.peakRssMb = double(now.ru_maxrss) / 1024.0;
    return sample;
}

double BenchMeter::cpuMs()
{
    const rusage now = usage();
    return toMs(now.ru_utime) + toMs(now.ru_stime);
}

double BenchMeter::peakRssMb()
{
    return double(usage().ru_maxrss) / 1024.0;
}

QString BenchMeter::machineLoad()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    QString load = QStringLiteral("unknown");
    if (file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = file.readAll().split(' ');
        if (fields.size() >= 3)
            load = QString::fromLatin1(fields[0] + ' ' + fields[1] + ' ' + fields[2]);
    }
    return QStringLiteral("load average %1 on %2 CPUs").arg(load).arg(QThread::idealThreadCount());
}

QString BenchMeter::threadCpu()
{
    QMap<QString, double> byName;
    const QString tasks = QStringLiteral("/proc/self/task");
    const qint64 ticksPerSecond = sysconf(_SC_CLK_TCK);
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks + u'/' + task + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly) || ticksPerSecond <= 0)
            continue;
        // "tid (name) state ..." where the name may hold spaces: fields count from the ')'.
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after ')'.
        const double ms = double(fields[11].toLongLong() + fields[12].toLongLong()) * 1000.0 /
                          double(ticksPerSecond);
        const QString name = task == QString::number(getpid())
                                 ? QStringLiteral("main")
                                 : QString::fromUtf8(line.mid(open + 1, close - open - 1));
        byName[name] += ms;
    }
    QStringList parts;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        parts.append(QStringLiteral("%1 %2 ms").arg(it.key()).arg(it.value(), 0, 'f', 0));
    return parts.join(QStringLiteral(", "));
}
