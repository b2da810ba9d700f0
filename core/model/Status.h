// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace qf {

/// The outcome of an operation that can fail: errors come back as values with a
/// translated message that names what went wrong, never as exceptions. A Status that is
/// dropped unread is a failure nobody hears of, so the compiler refuses it; where a
/// result really does not matter, ignoreStatus() says so and why.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status success() { return Status(); }
    static Status failure(const QString &message) { Status s; s.m_messages << message; return s; }
    static Status failure(const QStringList &messages) { Status s; s.m_messages = messages; return s; }

    bool isOk() const { return m_messages.isEmpty(); }
    explicit operator bool() const { return isOk(); }
    const QStringList &messages() const { return m_messages; }
    QString message() const { return m_messages.join(QLatin1Char('\n')); }
    void add(const QString &message) { m_messages << message; }
    void add(const Status &other) { m_messages << other.m_messages; }

private:
    QStringList m_messages;
};

/// Drops a result on purpose. `why` is for the reader (and for grep): it says why nothing
/// is lost when this operation fails, e.g. "best effort: the file is recreated next start".
inline void ignoreStatus(const Status &status, const char *why)
{
    Q_UNUSED(status)
    Q_UNUSED(why)
}

} // namespace qf
