// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a .docx back with python-docx (python3-docx, a test dependency), so that tests
// check what another reader of the file sees, not what the writer meant to write.
#pragma once

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace qf::test {

struct DocxReadBack
{
    QStringList paragraphs;                  ///< body paragraphs' texts
    QStringList styles;                      ///< their style names
    QList<bool> keepNext;                    ///< kept with the next paragraph by their own formatting
    /// Each paragraph as python-docx sees it: bold (texts of bold runs), color (the style's,
    /// "FF0000"), borders (side → colour), leftTwips and firstLineTwips (null: the style's).
    QList<QJsonObject> formats;
    QList<QList<QStringList>> tables;        ///< table → row → cell texts
    int inlineShapes = 0;
    QList<QSizeF> pictureSizesMm;            ///< each inline picture's width and height
    QList<int> pictures;                     ///< the inline pictures in each body paragraph
    QJsonObject section;
};

inline DocxReadBack readDocx(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QDir(QStringLiteral(QINGFENG_TEST_TOOLS_DIR)).filePath(QStringLiteral("docx_dump.py")), path});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    DocxReadBack r;
    for (const QJsonValue &v : o.value(QLatin1String("paragraphs")).toArray()) {
        r.paragraphs << v.toObject().value(QLatin1String("text")).toString();
        r.styles << v.toObject().value(QLatin1String("style")).toString();
        r.keepNext << v.toObject().value(QLatin1String("keepNext")).toBool();
        r.formats << v.toObject();
        r.pictures << v.toObject().value(QLatin1String("pictures")).toInt();
    }
    for (const QJsonValue &v : o.value(QLatin1String("pictureSizesMm")).toArray())
        r.pictureSizesMm << QSizeF(v.toArray().at(0).toDouble(), v.toArray().at(1).toDouble());
    for (const QJsonValue &t : o.value(QLatin1String("tables")).toArray()) {
        QList<QStringList> rows;
        for (const QJsonValue &row : t.toArray()) {
            QStringList cells;
            for (const QJsonValue &c : row.toArray())
                cells << c.toString();
            rows << cells;
        }
        r.tables << rows;
    }
    r.inlineShapes = o.value(QLatin1String("inlineShapes")).toInt();
    r.section = o.value(QLatin1String("section")).toObject();
    return r;
}

} // namespace qf::test
