#include "benchmeter.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QStringList>
#include <QThread>

#include <algorithm>
#include <ctime>
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

// The fields after the ')' of a /proc/.../stat line ("pid (name) state ..."), where the
// name may hold spaces.
QList<QByteArray> statFields(const QString &path)
{
    QFile stat(path);
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return {};
    return line.mid(close + 2).split(' ');
}

double clockMs(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double ticksToMs(qint64 ticks)
{
    const qint64 ticksPerSecond = sysconf(_SC_CLK_TCK);
    return ticksPerSecond > 0 ? double(ticks) * 1000.0 / double(ticksPerSecond) : -1;
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

double BenchMeter::ownCpuMs()
{
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}

double BenchMeter::threadCpuMs()
{
    return clockMs(CLOCK_THREAD_CPUTIME_ID);
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

// utime and stime are fields 14 and 15 of a stat line, 12 and 13 after the ')'.
double BenchMeter::processCpuMs(qint64 pid)
{
    const QList<QByteArray> fields = statFields(QStringLiteral("/proc/%1/stat").arg(pid));
    if (fields.size() < 13)
        return -1;
    return ticksToMs(fields[11].toLongLong() + fields[12].toLongLong());
}

double BenchMeter::machineIdleMs()
{
    // "cpu  user nice system idle iowait ...": the first line adds up all CPUs.
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    if (fields.size() < 6 || fields[0] != "cpu")
        return -1;
    return ticksToMs(fields[4].toLongLong() + fields[5].toLongLong());
}

QString BenchMeter::threadCpu()
{
    QMap<QString, double> byName;
    const QString tasks = QStringLiteral("/proc/self/task");
    for (const QString &task : QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QList<QByteArray> fields = statFields(tasks + u'/' + task + QStringLiteral("/stat"));
        QFile comm(tasks + u'/' + task + QStringLiteral("/comm"));
        if (fields.size() < 13 || !comm.open(QIODevice::ReadOnly))
            continue;
        const QString name = task == QString::number(getpid())
                                 ? QStringLiteral("main")
                                 : QString::fromUtf8(comm.readAll().trimmed());
        byName[name] += ticksToMs(fields[11].toLongLong() + fields[12].toLongLong());
    }
    QStringList parts;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        parts.append(QStringLiteral("%1 %2 ms").arg(it.key()).arg(it.value(), 0, 'f', 0));
    return parts.join(QStringLiteral(", "));
}

double BenchSeries::median() const
{
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
}

double BenchSeries::worst() const
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

const QStringList &BenchData::names()
{
    static const QStringList names = {
        QStringLiteral("Jürgen Weiß"),        QStringLiteral("Zoë Ångström"),
        QStringLiteral("Małgorzata Nowak"),   QStringLiteral("José Núñez"),
        QStringLiteral("Ελένη Παπαδοπούλου"), QStringLiteral("Мария Иванова"),
        QStringLiteral("山田 太郎"),          QStringLiteral("Ayşe Yılmaz"),
        QStringLiteral("Anna Schmidt"),       QStringLiteral("Chloé Dubois")};
    return names;
}

QString BenchData::pick(QRandomGenerator &rng, const QStringList &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}
