// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <initializer_list>
#include <optional>

namespace qf {

/// One value of a ledger field: the key the database stores, and the Chinese word that
/// CSV files and exports use (marked with QT_TRANSLATE_NOOP in context "qf::Ledgers", so
/// the screen can show its translation).
template<typename E>
struct Term
{
    E value;
    const char *key;
    const char *label;
};

/// The vocabulary of one ledger field.
template<typename E>
class Terms
{
public:
    Terms(std::initializer_list<Term<E>> terms) : m_terms(terms) {}

    QString key(E v) const { return find(v) ? QString::fromLatin1(find(v)->key) : QString(); }
    /// The Chinese word as files and exports write it.
    QString label(E v) const { return find(v) ? QString::fromUtf8(find(v)->label) : QString(); }
    /// The word as the screen shows it (translated).
    QString name(E v) const { return find(v) ? QCoreApplication::translate("qf::Ledgers", find(v)->label) : QString(); }
    std::optional<E> fromKey(const QString &key) const
    {
        for (const Term<E> &t : m_terms)
            if (key == QLatin1String(t.key))
                return t.value;
        return std::nullopt;
    }
    /// Reads a word typed in a file: the Chinese label, its translation or the key.
    std::optional<E> parse(const QString &text) const
    {
        const QString s = text.trimmed();
        for (const Term<E> &t : m_terms)
            if (s == QString::fromUtf8(t.label) || s == QLatin1String(t.key)
                || s == QCoreApplication::translate("qf::Ledgers", t.label))
                return t.value;
        return std::nullopt;
    }
    QList<E> values() const
    {
        QList<E> v;
        for (const Term<E> &t : m_terms)
            v << t.value;
        return v;
    }
    QStringList labels() const
    {
        QStringList l;
        for (const Term<E> &t : m_terms)
            l << QString::fromUtf8(t.label);
        return l;
    }

private:
    const Term<E> *find(E v) const
    {
        for (const Term<E> &t : m_terms)
            if (t.value == v)
                return &t;
        return nullptr;
    }
    QList<Term<E>> m_terms;
};

} // namespace qf
