#pragma once

#include <QByteArray>
#include <QString>

#include <span>

// xoshiro256** seeded through splitmix64. The standard library's distributions are
// implementation-defined, so everything that must be byte-identical across builds and
// platforms draws from this generator only.
class Rng
{
public:
    explicit Rng(quint64 seed);

    quint64 next();
    // Uniform in [0, bound); bound 0 yields 0.
    quint64 bounded(quint64 bound);
    int between(int low, int high); // inclusive
    double uniform();               // [0, 1)
    bool chance(double probability);
    QString uuid();

    template<typename Container> const auto &pick(const Container &items)
    {
        return items[bounded(std::size(items))];
    }

    // Index chosen with the given relative weights.
    int weighted(std::span<const int> weights);

private:
    quint64 m_state[4];
};
