// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace qf {

/// What a keyring job came back with.
struct SecretResult
{
    enum Kind {
        Done,        ///< read, written or removed
        NotFound,    ///< nothing stored under the key
        Unavailable, ///< no keyring on this desktop (headless, no Secret Service): ask instead
        Refused,     ///< the user declined the keyring's prompt
        Failed       ///< anything else; message says what
    };
    Kind kind = Failed;
    QString secret;
    QString message;
    bool isDone() const { return kind == Done; }
};

/// Secrets (server passwords, mailbox 授权码) in the system keyring under one service name,
/// through QtKeychain. Never falls back to a file: where there is no keyring, the caller asks
/// for the secret each time. Every call is asynchronous: done runs later from the event loop,
/// and not at all once context is destroyed (a dialog closed meanwhile).
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(const QString &service = QStringLiteral("qingfeng")) : m_service(service) {}
    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) const;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) const;
    void remove(const QString &key, QObject *context, Callback done) const;

    /// The same, for a program without a window (the command line): runs a local event loop
    /// until the job has finished. Never call it from the window's thread.
    SecretResult readAndWait(const QString &key) const;
    SecretResult writeAndWait(const QString &key, const QString &secret) const;
    SecretResult removeAndWait(const QString &key) const;

private:
    QString m_service;
};

} // namespace qf
