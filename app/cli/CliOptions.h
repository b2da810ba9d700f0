// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace qf::cli {

/// A subcommand's arguments: "--name value" options (repeatable), "--flag" switches and
/// positional arguments. Unknown options are an error, so typos do not pass silently.
class CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)
public:
    /// valueOptions: names taking a value; flags: names without one (both without "--").
    bool parse(const QStringList &args, const QStringList &valueOptions, const QStringList &flags);
    QString error() const { return m_error; }

    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    QHash<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_error;
};

} // namespace qf::cli
