// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrawRandom.h"

namespace qf {

quint64 DrawRandom::next()
{
    m_state += 0x9E3779B97F4A7C15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 DrawRandom::below(quint64 n)
{
    if (n <= 1)
        return 0;
    // 2^64 mod n, computed without 128-bit arithmetic: (2^64 − n) mod n.
    const quint64 rest = (0 - n) % n;
    const quint64 limit = 0 - rest;   // 2^64 − rest; 0 stands for 2^64 when n divides it
    for (;;) {
        const quint64 x = next();
        if (limit == 0 || x < limit)
            return x % n;
    }
}

} // namespace qf
