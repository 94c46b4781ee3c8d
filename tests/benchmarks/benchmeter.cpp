#include "benchmeter.h"

#include <QFile>
#include <QThread>

#include <sys/resource.h>

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
