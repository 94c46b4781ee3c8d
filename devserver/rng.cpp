#include "rng.h"

#include "wireformat.h"

#include <numeric>

namespace {

quint64 splitMix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

Rng::Rng(quint64 seed)
{
    for (quint64 &word : m_state)
        word = splitMix64(seed);
}

quint64 Rng::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 Rng::bounded(quint64 bound)
{
    if (bound == 0)
        return 0;
    // Rejection sampling keeps the result unbiased for bounds that do not divide 2^64.
    const quint64 limit = ~quint64(0) - (~quint64(0) % bound);
    quint64 value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

int Rng::between(int low, int high)
{
    return low + int(bounded(quint64(high - low) + 1));
}

double Rng::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

bool Rng::chance(double probability)
{
    return uniform() < probability;
}

QString Rng::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 high = next();
    const quint64 low = next();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = char(high >> (56 - 8 * i));
        bytes[8 + i] = char(low >> (56 - 8 * i));
    }
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return WireFormat::formatUuid(bytes);
}

int Rng::weighted(std::span<const int> weights)
{
    const int total = std::accumulate(weights.begin(), weights.end(), 0);
    int roll = int(bounded(quint64(total)));
    for (size_t i = 0; i < weights.size(); ++i) {
        if (roll < weights[i])
            return int(i);
        roll -= weights[i];
    }
    return int(weights.size()) - 1;
}
