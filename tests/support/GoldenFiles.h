// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files under tests/data/golden/: a test compares an output's text dump with the
// file and names the first line that differs; with QINGFENG_UPDATE_GOLDEN=1 (see
// tests/tools/update-golden.sh) it rewrites the file instead, for the diff to be reviewed.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace qf::test {

/// What a dump line is about: "附件2!B7" → sheet 附件2, cell B7; "p2| …" → page 2;
/// "附件1 page …" → sheet 附件1's print setup.
inline QString describeGoldenLine(const QString &line)
{
    if (line.startsWith(u'p') && line.indexOf(u'|') > 1)
        return QStringLiteral("page %1").arg(line.mid(1, line.indexOf(u'|') - 1));
    const qsizetype space = line.indexOf(u' ');
    const QString head = line.left(space);
    const qsizetype bang = head.indexOf(u'!');
    if (bang > 0)
        return QStringLiteral("sheet %1, cell %2").arg(head.left(bang), head.mid(bang + 1));
    const QStringList words = line.split(u' ');
    return words.size() >= 3 ? QStringLiteral("sheet %1, %2 %3").arg(words.at(0), words.at(1), words.at(2))
                             : QStringLiteral("sheet %1").arg(head);
}

/// Empty when both dumps are the same; otherwise the first differing line of `file`
/// with what it is about (sheet and cell, or page), the expected and the actual text.
inline QString goldenDifference(const QString &file, const QString &expected, const QString &actual)
{
    // Lines, not line ends: a file's last line break starts no line of its own.
    auto linesOf = [](const QString &text) {
        QStringList lines = text.split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    };
    const QStringList want = linesOf(expected);
    const QStringList have = linesOf(actual);
    for (qsizetype i = 0; i < qMax(want.size(), have.size()); ++i) {
        const QString w = i < want.size() ? want.at(i) : QStringLiteral("(end of file)");
        const QString h = i < have.size() ? have.at(i) : QStringLiteral("(end of output)");
        if (w == h)
            continue;
        return QStringLiteral("%1 line %2 (%3):\n  expected: %4\n  actual:   %5")
            .arg(file)
            .arg(i + 1)
            .arg(describeGoldenLine(i < want.size() ? w : h), w, h);
    }
    return QString();
}

inline QString goldenPath(const QString &relative)
{
    return QDir(QStringLiteral(QINGFENG_TEST_DATA_DIR)).filePath(QStringLiteral("golden/") + relative);
}

inline bool updatingGolden()
{
    return qEnvironmentVariableIntValue("QINGFENG_UPDATE_GOLDEN") == 1;
}

/// Compares `actual` with the golden file `relative` (under tests/data/golden), or
/// writes it there when updating.
inline void checkGolden(const QString &relative, const QString &actual)
{
    const QString path = goldenPath(relative);
    if (updatingGolden()) {
        REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(out.write(actual.toUtf8()) == actual.toUtf8().size());
        WARN("rewrote " << path.toStdString());
        return;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        FAIL("missing golden file " << path.toStdString() << ": run tests/tools/update-golden.sh");
    const QString difference = goldenDifference(relative, QString::fromUtf8(in.readAll()), actual);
    INFO(difference.toStdString());
    CHECK(difference.isEmpty());
}

} // namespace qf::test
