// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintActions.h"

#include "print/PageGeometry.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>

namespace qf::ui {

void PrintActions::preview(QWidget *parent, const QString &title, const Paint &paint,
                           QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    setUpA4Portrait(printer);
    printer.setPageOrientation(orientation);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("打印预览 — %1").arg(title));
    dialog.resize(1000, 860);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&dialog, &paint](QPrinter *p) {
        const Status s = paint(*p);
        if (!s)
            QMessageBox::warning(&dialog, tr("打印预览"), s.message());
    });
    dialog.exec();
}

void PrintActions::print(QWidget *parent, const QString &title, const Paint &paint,
                         QPageLayout::Orientation orientation)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    setUpA4Portrait(printer);
    printer.setPageOrientation(orientation);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("打印 — %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status s = paint(printer);
    if (!s)
        QMessageBox::warning(parent, tr("打印"), s.message());
}

namespace {

// One remembered folder for every printout, whatever its format: a clerk files them together.
QString askSavePath(QWidget *parent, const QString &title, const QString &filter, const QString &suffix,
                    const QString &suggestedName)
{
    QSettings settings;
    QString folder = settings.value(QStringLiteral("printing/pdfFolder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The dialog adds the suffix itself, so that its question before replacing a file is
    // about the file that will be replaced ("通知" typed over 通知.docx).
    QFileDialog dialog(parent, title, QDir(folder).filePath(suggestedName), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffix.mid(1));
    dialog.selectFile(QDir(folder).filePath(suggestedName));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    // A platform dialog may still return the name as typed.
    const QString path = PrintActions::completedPath(dialog.selectedFiles().constFirst(), suffix, [parent, &title](const QString &p) {
        return QMessageBox::question(parent, title, PrintActions::tr("%1 已存在。要替换它吗？").arg(QDir::toNativeSeparators(p)),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    });
    if (path.isEmpty())
        return path;
    settings.setValue(QStringLiteral("printing/pdfFolder"), QFileInfo(path).absolutePath());
    return path;
}

} // namespace

QString PrintActions::completedPath(const QString &chosen, const QString &suffix,
                                   const std::function<bool(const QString &path)> &mayReplace)
{
    if (chosen.isEmpty() || chosen.endsWith(suffix, Qt::CaseInsensitive))
        return chosen;
    const QString path = chosen + suffix;
    if (QFileInfo::exists(path) && !mayReplace(path))
        return QString();
    return path;
}

QString PrintActions::askPdfPath(QWidget *parent, const QString &suggestedName)
{
    return askSavePath(parent, tr("保存为 PDF"), tr("PDF 文件 (*.pdf)"), QStringLiteral(".pdf"), suggestedName);
}

QString PrintActions::askDocxPath(QWidget *parent, const QString &suggestedName)
{
    return askSavePath(parent, tr("保存为 Word"), tr("Word 文档 (*.docx)"), QStringLiteral(".docx"), suggestedName);
}

} // namespace qf::ui
