// SPDX-License-Identifier: GPL-3.0-or-later
// The window writes only through core actions: outside the session that opens the database,
// no file in ui/ includes a storage header. Files not converted yet are listed by name; the
// list only shrinks (a listed file that no longer includes storage must be struck off).
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {

// Opens the database and hands it to the pages: storage is its business.
// The session, and the two helpers that give a worker thread a connection of its own (a read,
// and a long job with progress and cancel).
const QSet<QString> kSession{QStringLiteral("ui/shell/Session.h"), QStringLiteral("ui/shell/Session.cpp"),
                             QStringLiteral("ui/shell/BackgroundRead.h"), QStringLiteral("ui/shell/BackgroundJob.h")};

// Still composing repositories themselves; each is to call core actions instead.
const QSet<QString> kNotConvertedYet{
};

QSet<QString> uiFilesIncludingStorage()
{
    const QDir root(QStringLiteral(QINGFENG_TEST_DATA_DIR "/../.."));
    const QRegularExpression include(QStringLiteral(R"(^\s*#\s*include\s*["<]storage/)"),
                                     QRegularExpression::MultilineOption);
    QSet<QString> found;
    QDirIterator it(root.filePath(QStringLiteral("ui")), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (include.match(QString::fromUtf8(file.readAll())).hasMatch())
            found.insert(root.relativeFilePath(path));
    }
    return found;
}

} // namespace

TEST_CASE("no file in ui/ but the session includes a storage header, and the list of files not converted only shrinks")
{
    const QSet<QString> found = uiFilesIncludingStorage();
    // The scan itself works: the session does include storage.
    REQUIRE(found.contains(QStringLiteral("ui/shell/Session.h")));
    for (const QString &f : found) {
        INFO(f.toStdString() << " includes a storage header: write through core/actions instead");
        CHECK((kSession.contains(f) || kNotConvertedYet.contains(f)));
    }
    for (const QString &f : kNotConvertedYet) {
        INFO(f.toStdString() << " no longer includes storage: strike it off the list in this test");
        CHECK(found.contains(f));
    }
}
