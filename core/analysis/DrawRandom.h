// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace qf {

/// The random numbers of a 抽查 draw, defined bit for bit so that a seed gives the same list
/// on every machine and anyone can check it with a few lines of code:
/// - next() is SplitMix64 (Steele, Lea, Flood 2014): state += 0x9E3779B97F4A7C15;
///   z = state; z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
///   return z ^ (z >> 31) (all arithmetic modulo 2^64).
/// - below(n) maps it to 0…n−1 without bias by rejection: draws until x < 2^64 − (2^64 mod n),
///   then returns x mod n. (std::uniform_int_distribution is not used: its mapping is the
///   library's own and differs between implementations.)
class DrawRandom
{
public:
    explicit DrawRandom(quint64 seed) : m_state(seed) {}
    quint64 next();
    quint64 below(quint64 n);

private:
    quint64 m_state;
};

} // namespace qf
