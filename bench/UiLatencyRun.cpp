// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window keeps a clerk waiting. Each action is posted to the event loop while
// a 1 ms timer ticks; the longest gap between two ticks, from the post until the loop is
// idle again (the action returned and no worker thread is busy), is how long input would
// have waited. Work handed to a worker thread does not count, but its result, handled on
// the UI thread when it arrives, does: it falls within the same watch.
#include "UiLatencyRun.h"

#include "Baselines.h"
#include "ScaleRun.h"

#include "entry/EntryModel.h"
#include "entry/EntryPage.h"
#include "registry/RegistryPage.h"
#include "shell/MainWindow.h"
#include "shell/Session.h"
#include "tracking/TrackingPage.h"

#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QLineEdit>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace qf::bench {

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// The longest stretch the event loop did not run: the UI thread's processor time in it
/// (what the bench compares, as a busy machine stretches wall time) and the wall time.
struct Block
{
    double cpu = 0;
    double wall = 0;
};

struct Action
{
    const char *name;
    std::function<void()> run;
};

/// Posts `run` and watches the loop until it is idle: the action returned and the global
/// pool (where background reads run) had nothing to do for 30 ticks in a row, so their
/// results have been handed over and handled. Bounded at 30 s.
Block watch(const std::function<void()> &run)
{
    Block worst;
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QElapsedTimer wall;
    qint64 lastWall = 0;
    double lastCpu = 0;
    int idleTicks = 0;
    bool returned = false;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 now = wall.nsecsElapsed();
        const double cpu = threadCpuSeconds();
        worst.wall = std::max(worst.wall, double(now - lastWall) / 1e9);
        worst.cpu = std::max(worst.cpu, cpu - lastCpu);
        lastWall = now;
        lastCpu = cpu;
        if (!returned)
            return;
        idleTicks = QThreadPool::globalInstance()->activeThreadCount() == 0 ? idleTicks + 1 : 0;
        if (idleTicks >= 30 || wall.elapsed() > 30000)
            loop.quit();
    });
    QTimer::singleShot(0, &loop, [&] {
        run();
        returned = true;
    });
    wall.start();
    lastCpu = threadCpuSeconds();
    tick.start();
    loop.exec();
    return worst;
}

/// A unit's cell the clerk may type into, on the page's form and month.
QModelIndex typedCell(const ui::EntryModel &model)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (!model.isUnitRow(r) || model.isLocked(r))
            continue;
        for (int c = model.fixedColumnCount(); c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            if ((model.flags(index) & Qt::ItemIsEditable) && !model.isLedgerCell(index))
                return index;
        }
    }
    return {};
}

/// The actions, in the order a clerk might take them, on an open window.
std::vector<Action> actions(ui::Session &session, ui::MainWindow &window)
{
    const QList<YearMonth> periods = session.campaign() ? session.campaign()->reportingPeriods() : QList<YearMonth>();
    const YearMonth earlier = periods.size() > 1 ? periods.at(periods.size() - 2) : YearMonth();
    auto entry = [&window] { return window.entryPage(); };
    std::vector<Action> list;
    auto page = [&](const char *name, const char *key) {
        list.push_back({name, [&window, key] { window.showPage(QString::fromLatin1(key)); }});
    };
    page("page: entry (first)", "entry");
    list.push_back({"entry: type a figure", [entry] {
                        ui::EntryModel &m = *entry()->model();
                        // Any question (a later month contradicted) is answered "save".
                        entry()->setAsker([](const QString &, const QString &, QMessageBox::StandardButtons) {
                            return QMessageBox::Save;
                        });
                        const QModelIndex cell = typedCell(m);
                        bool number = false;
                        const double before = cell.data(Qt::EditRole).toString().toDouble(&number);
                        m.setData(cell, QString::number(number ? before + 1 : 1), Qt::EditRole);
                    }});
    list.push_back({"entry: save one unit", [entry] { entry()->save(); }});
    list.push_back({"entry: month change", [entry, earlier] { entry()->setPeriod(earlier); }});
    list.push_back({"entry: form change", [entry] { entry()->setForm(3); }});
    list.push_back({"entry: form change back", [entry] { entry()->setForm(1); }});
    page("page: registry (first)", "registry");
    const QString typed = QStringLiteral(u"卫生室");
    for (int n = 1; n <= typed.size(); ++n)
        list.push_back({n == 1 ? "registry: filter, 1st key" : n == 2 ? "registry: filter, 2nd key" : "registry: filter, 3rd key",
                        [&window, typed, n] {
                            if (auto *search = window.registryPage()->findChild<QLineEdit *>())
                                search->setText(typed.left(n));
                        }});
    list.push_back({"registry: filter cleared", [&window] {
                        if (auto *search = window.registryPage()->findChild<QLineEdit *>())
                            search->clear();
                    }});
    page("page: tracking (first)", "tracking");
    list.push_back({"tracking: month change", [&window, earlier] {
                        if (auto *t = qobject_cast<ui::TrackingPage *>(window.page(QStringLiteral("tracking"))))
                            t->setPeriod(earlier);
                    }});
    page("page: printing (first)", "printing");
    page("page: ledgers (first)", "ledgers");
    page("page: analysis (first)", "analysis");
    page("page: overview (again)", "campaign");
    page("page: entry (again)", "entry");
    page("page: tracking (again)", "tracking");
    return list;
}

/// One action's time as the child hands it to the parent.
struct Record
{
    char name[48] = {};
    Block block;
};

/// In a forked child: opens the window, lets its opening work finish, then times each
/// action. Writes one Record per action to fd; nothing when the window failed.
[[noreturn]] void runChild(int fd, const QString &dbPath)
{
    std::unique_ptr<ui::Session> session;
    std::unique_ptr<ui::MainWindow> window;
    std::vector<Record> records;
    if (openMainWindow(dbPath, &session, &window).isEmpty()) {
        watch([] {});   // the tables' check and the overview's counts, handed to workers on open
        for (const Action &a : actions(*session, *window)) {
            Record r;
            std::snprintf(r.name, sizeof r.name, "%s", a.name);
            r.block = watch(a.run);
            records.push_back(r);
        }
    }
    const ssize_t size = ssize_t(records.size() * sizeof(Record));
    const bool ok = size > 0 && write(fd, records.data(), size_t(size)) == size;
    _exit(ok ? 0 : 1);
}

} // namespace

void addUiLatencyRow(const QString &dbPath, const QString &scale, int runs, ResultTable *table)
{
    std::vector<QString> names;
    std::vector<std::vector<Block>> perAction;
    QString error;
    for (int run = 0; run < runs && error.isEmpty(); ++run) {
        int fds[2];
        if (pipe(fds) != 0) {
            error = QStringLiteral("pipe failed");
            break;
        }
        // The save writes: each run works on a copy, so the runs and the other rows see the
        // data as generated.
        const QString copy = dbPath + QStringLiteral("-ui.sqlite");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(copy + suffix);
            if (QFile::exists(dbPath + suffix) && !QFile::copy(dbPath + suffix, copy + suffix))
                error = QStringLiteral("cannot copy the database");
        }
        if (!error.isEmpty())
            break;
        std::fflush(nullptr);
        const pid_t pid = fork();
        if (pid == 0) {
            close(fds[0]);
            runChild(fds[1], copy);
        }
        close(fds[1]);
        QByteArray bytes;
        char buffer[4096];
        ssize_t n = 0;
        while (pid > 0 && (n = read(fds[0], buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        close(fds[0]);
        if (pid > 0)
            waitpid(pid, nullptr, 0);
        const size_t count = size_t(bytes.size()) / sizeof(Record);
        if (count == 0 || (!names.empty() && count != names.size())) {
            error = QStringLiteral("the window could not be opened or the measuring process died");
            break;
        }
        names.resize(count);
        perAction.resize(count);
        for (size_t i = 0; i < count; ++i) {
            Record r;
            std::memcpy(&r, bytes.constData() + i * sizeof(Record), sizeof r);
            names[i] = QString::fromLatin1(r.name);
            perAction[i].push_back(r.block);
        }
    }

    // Each action's median over the runs; the row reports the worst of them.
    struct Timed
    {
        QString name;
        Block median;
    };
    std::vector<Timed> timed;
    for (size_t i = 0; error.isEmpty() && i < names.size(); ++i) {
        std::vector<Block> b = perAction[i];
        std::sort(b.begin(), b.end(), [](const Block &x, const Block &y) { return x.cpu < y.cpu; });
        timed.push_back({names[i], b.at(b.size() / 2)});
    }
    std::sort(timed.begin(), timed.end(), [](const Timed &a, const Timed &b) { return a.median.cpu > b.median.cpu; });
    for (const Timed &t : timed)
        std::fprintf(stderr, "    %-28s %7.1f ms UI thread, %7.1f ms wall\n", qPrintable(t.name), t.median.cpu * 1000,
                     t.median.wall * 1000);

    Result r;
    r.key = QStringLiteral("ui-worst-action");
    r.scale = scale;
    r.goalSeconds = 0.1;
    r.label = QStringLiteral("worst UI action (event loop blocked)");
    r.baseline = measure([&] { return readRegistryRaw(dbPath); }, runs);
    if (!error.isEmpty() || timed.empty()) {
        r.product.error = error.isEmpty() ? QStringLiteral("no action measured") : error;
        std::fprintf(stderr, "  ui-worst-action: product failed: %s\n", qPrintable(r.product.error));
    } else {
        r.product.ok = true;
        r.product.seconds = timed.front().median.cpu;
        r.product.wallSeconds = timed.front().median.wall;
        QStringList next;
        for (size_t i = 1; i < timed.size() && i < 3; ++i)
            next << QStringLiteral("%1 %2 ms").arg(timed[i].name).arg(timed[i].median.cpu * 1000, 0, 'f', 0);
        r.note = QStringLiteral("worst of %1 actions: %2 (%3 ms wall); next %4; vs SQLite open + SELECT registry; goal absolute")
                     .arg(timed.size())
                     .arg(timed.front().name)
                     .arg(timed.front().median.wall * 1000, 0, 'f', 0)
                     .arg(next.join(QStringLiteral(", ")));
    }
    table->add(r);
}

} // namespace qf::bench
