// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "demo/DemoData.h"

#include <QFile>
#include <QStandardPaths>

namespace qf::cli {
int run(const QStringList &args, QTextStream &out, QTextStream &err);
}

namespace qf::test {

TempDatabase::TempDatabase()
{
    REQUIRE(m_dir.isValid());
    const Status s = m_db.open(path());
    INFO(s.message());
    REQUIRE(s.isOk());
}

DemoDatabase::DemoDatabase()
{
    const Status s = DemoData::seed(db());
    INFO(s.message());
    REQUIRE(s.isOk());
    m_campaignId = DemoData::campaignId(db());
    REQUIRE(m_campaignId != 0);
}

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(QINGFENG_TEST_DATA_DIR)).filePath(relative);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

int runCli(const QStringList &args, QString *out, QString *err)
{
    QString o, e;
    QTextStream outStream(&o), errStream(&e);
    const int status = qf::cli::run(args, outStream, errStream);
    outStream.flush();
    errStream.flush();
    if (out)
        *out = o;
    if (err)
        *err = e;
    return status;
}

void prepareEnvironment()
{
    // Headless, and never the user's data directory.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtime = QDir::temp().filePath(QStringLiteral("qingfeng-test-runtime")).toUtf8();
        QDir().mkpath(QString::fromUtf8(runtime));
        QFile::setPermissions(QString::fromUtf8(runtime), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace qf::test
