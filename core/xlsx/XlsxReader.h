// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ZipArchive.h"
#include "model/Status.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

namespace qf {

class XlsxSheet;
struct XlsxCell;
class XlsxWorkbook;

/// Parses the parts of an .xlsx package into an XlsxWorkbook; use XlsxWorkbook::open().
/// Elements are matched by namespace and local name, so prefixed documents (`<x:c>`, as
/// the Open XML SDK writes them) and Strict OOXML read the same as Excel's own files.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    /// Limits against damaged or hostile files, far above any real form or registry.
    static constexpr qint64 MaxFileSize = 128ll << 20;
    static constexpr int MaxCells = 2000000;      ///< stored cells plus shared strings
    static constexpr int MaxMerges = 10000;

    static Status readFile(const QString &path, XlsxWorkbook *out);
    static Status readData(const QByteArray &bytes, const QString &fileName, XlsxWorkbook *out);

private:
    struct Relationship
    {
        QString id;
        QString type;      ///< the URI; matched by its last segment
        QString target;    ///< resolved to a part name
    };
    struct SheetEntry
    {
        QString name;
        QString relationshipId;
        bool hidden = false;
    };

    explicit XlsxReader(const QString &fileName) : m_fileName(fileName) {}
    Status read(const QByteArray &bytes, XlsxWorkbook *out);
    Status findWorkbookPart(QString *part);
    Status readSheetList(const QString &workbookPart, QList<SheetEntry> *out);
    /// A part the package must hold, read whole; a missing one makes the file damaged.
    Status readRequired(const QString &part, QByteArray *data);
    Status readRelationships(const QString &sourcePart, QList<Relationship> *out);
    Status readSharedStrings(const QString &part);
    Status readSheet(const QString &part, XlsxSheet *sheet);
    Status readCell(QXmlStreamReader &xml, const QString &where, XlsxCell *cell);
    static QString readRichText(QXmlStreamReader &xml);
    Status countItem();
    Status parseError(const QXmlStreamReader &xml, const QString &partLabel) const;
    Status damaged(const QString &what) const;

    QString m_fileName;
    ZipArchive m_zip;
    QStringList m_sharedStrings;
    int m_items = 0;
};

} // namespace qf
