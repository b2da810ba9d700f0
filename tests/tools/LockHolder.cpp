// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for the window in the foreign-close test: holds a database open and, on
// commands read from stdin, saves an institution ("add NAME") or does to the database's
// folder what a file dialog does ("probe": lists it, sniffs every file's MIME type and
// opens, reads and closes each file, the database's own among them). Answers each command
// with one line, so the test knows when it is done. The test then kills it with SIGKILL.
#include "model/Institution.h"
#include "storage/Database.h"
#include "storage/InstitutionRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <cstdio>
#include <iostream>
#include <string>

using namespace qf;

namespace {

int probeFolder(const QString &dir)
{
    int files = 0;
    QMimeDatabase mime;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        mime.mimeTypeForFile(info, QMimeDatabase::MatchContent);
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly)) {
            f.read(4096);
            f.close();
        }
        ++files;
    }
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    Database db;
    if (!db.open(path)) {
        std::printf("error\n");
        return 1;
    }
    InstitutionRepository registry(db);
    std::printf("ready\n");
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line).trimmed();
        if (command.startsWith(QLatin1String("add "))) {
            Institution i;
            i.name = command.mid(4);
            const Status s = registry.save(i);
            std::printf("%s\n", s ? "saved" : qPrintable(s.message()));
        } else if (command == QLatin1String("probe")) {
            std::printf("probed %d\n", probeFolder(QFileInfo(path).absolutePath()));
        } else {
            std::printf("unknown\n");
        }
        std::fflush(stdout);
    }
    return 0;
}
