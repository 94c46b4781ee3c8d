#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

class QRandomGenerator;

// Wall time and this process's CPU time (user + system, getrusage RUSAGE_SELF) of one
// measured stretch, and the process's peak resident memory so far.
class BenchMeter
{
public:
    struct Sample
    {
        double wallMs = 0;
        double userMs = 0;
        double systemMs = 0;
        double cpuMs() const { return userMs + systemMs; }
        double peakRssMb = 0; // ru_maxrss: the whole process lifetime, not just this stretch
    };

    void start();
    Sample stop() const;

    static double cpuMs(); // user + system so far
    // This process's CPU time so far, every thread (CLOCK_PROCESS_CPUTIME_ID: finer than
    // cpuMs()'s getrusage).
    static double ownCpuMs();
    // The calling thread's CPU time so far (CLOCK_THREAD_CPUTIME_ID).
    static double threadCpuMs();
    static double peakRssMb();
    // "load average 0.52 0.61 0.70 on 2 CPUs", for judging how much the figures are worth.
    static QString machineLoad();
    // CPU time so far of each living thread of this process, by thread name (threads of
    // one name added up): "main 812 ms, frontdesk-pass- 640 ms, ...". Linux only (/proc);
    // elsewhere empty.
    static QString threadCpu();
    // CPU time so far (user + system) of another process, -1 if unknown. Linux only (/proc).
    static double processCpuMs(qint64 pid);
    // Idle time so far of all CPUs together, -1 if unknown. Linux only (/proc/stat).
    static double machineIdleMs();

private:
    QElapsedTimer m_wall;
    double m_user = 0;
    double m_system = 0;
};

// Repeated measurements of one thing: their median (of an even count the upper middle one)
// and the worst, 0 when there are none.
struct BenchSeries
{
    QList<double> values;
    void add(double value) { values.append(value); }
    double median() const;
    double worst() const;
};

// What the generators of sample bookings share.
namespace BenchData {
// Ten customer names in several scripts.
const QStringList &names();
// One entry of `list` chosen by `rng`.
QString pick(QRandomGenerator &rng, const QStringList &list);
} // namespace BenchData
