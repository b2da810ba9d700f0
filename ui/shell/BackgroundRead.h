// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Status.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace qf::ui {

/// Reads on a worker thread, over a connection of its own to the same database, and hands
/// the result to `done` on the UI thread, as long as `context` still exists. A page shows
/// at once however large the county is, and what takes long to count (tracking over every
/// unit and every month of a city's registry) arrives a moment later.
/// `read` must not touch widgets or the UI's connection; a Result carries its own Status.
template<typename Result>
void readInBackground(QObject *context, const Database &db, std::function<Result(Database &, const Status &)> read,
                      std::function<void(const Result &)> done)
{
    // Copied here, on the UI thread: the worker never looks at the UI's Database object.
    const DatabaseLocation location = db.location();
    const QString actor = db.actor();
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([location, actor, read] {
        Database worker;
        const Status opened = worker.openAlongside(location, actor);
        return read(worker, opened);
    }));
}

} // namespace qf::ui
