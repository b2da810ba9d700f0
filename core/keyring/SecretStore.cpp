// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace qf {

namespace {

SecretResult resultOf(const QKeychain::Job *job, const QString &secret = QString())
{
    SecretResult r;
    r.message = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        r.kind = SecretResult::Done;
        r.secret = secret;
        r.message.clear();
        break;
    case QKeychain::EntryNotFound:
        r.kind = SecretResult::NotFound;
        break;
    // Headless or without a Secret Service, QtKeychain says NoBackendAvailable or, when the
    // session bus has no keyring on it, OtherError: either way there is nothing to keep a
    // password in, and the caller asks for it instead.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        r.kind = SecretResult::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
        r.kind = SecretResult::Refused;
        break;
    default:
        r.kind = SecretResult::Failed;
        break;
    }
    return r;
}

// Jobs delete themselves after finished; the callback rides on the caller's context, so a
// dialog closed before the keyring answers is never called back.
void run(QKeychain::Job *job, const QString &key, QObject *context, std::function<SecretResult(QKeychain::Job *)> result,
         SecretStore::Callback done)
{
    job->setAutoDelete(true);
    // Never a plain file beside the settings: no keyring means asking each time.
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context ? context : job,
                     [result = std::move(result), done = std::move(done)](QKeychain::Job *j) { done(result(j)); });
    job->start();
}

template<typename Start>
SecretResult wait(Start start)
{
    SecretResult result;
    result.kind = SecretResult::Unavailable;
    result.message = SecretStore::tr("系统钥匙串没有应答。");
    bool finished = false;
    QEventLoop loop;
    start(&loop, [&](const SecretResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    // A keyring that never answers (a prompt nobody can see) must not hang the command.
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    if (!finished)
        loop.exec();
    return result;
}

} // namespace

void SecretStore::read(const QString &key, QObject *context, Callback done) const
{
    run(new QKeychain::ReadPasswordJob(m_service), key, context,
        [](QKeychain::Job *j) { return resultOf(j, static_cast<QKeychain::ReadPasswordJob *>(j)->textData()); },
        std::move(done));
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    run(job, key, context, [](QKeychain::Job *j) { return resultOf(j); }, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done) const
{
    run(new QKeychain::DeletePasswordJob(m_service), key, context, [](QKeychain::Job *j) { return resultOf(j); },
        std::move(done));
}

SecretResult SecretStore::readAndWait(const QString &key) const
{
    return wait([&](QObject *context, Callback done) { read(key, context, std::move(done)); });
}

SecretResult SecretStore::writeAndWait(const QString &key, const QString &secret) const
{
    return wait([&](QObject *context, Callback done) { write(key, secret, context, std::move(done)); });
}

SecretResult SecretStore::removeAndWait(const QString &key) const
{
    return wait([&](QObject *context, Callback done) { remove(key, context, std::move(done)); });
}

} // namespace qf
