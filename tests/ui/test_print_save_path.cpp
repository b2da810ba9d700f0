// SPDX-License-Identifier: GPL-3.0-or-later
// 保存为 PDF / Word: the name typed without its ending is the file that is replaced, and the
// dialog asks before it replaces one.
#include "TestSupport.h"

#include "printing/PrintActions.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace qf;

TEST_CASE("save as Word: typing a name without .docx over an existing document asks before replacing it")
{
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral(u"通知.docx"));
    test::writeFile(existing, QByteArray("old"));
    QSettings().setValue(QStringLiteral("printing/pdfFolder"), dir.path());

    bool typed = false, asked = false, gaveUp = false;
    QString question;
    int ticks = 0;
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (++ticks > 500) {
            gaveUp = true;
            if (auto *d = qobject_cast<QDialog *>(modal))
                QMetaObject::invokeMethod(d, "reject", Qt::QueuedConnection);
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            asked = true;
            question = box->text();
            if (QAbstractButton *no = box->button(QMessageBox::No))
                QMetaObject::invokeMethod(no, "click", Qt::QueuedConnection);
            else
                QMetaObject::invokeMethod(box, "reject", Qt::QueuedConnection);
            return;
        }
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog)
            return;
        if (!typed) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            if (!edit)
                return;
            edit->setText(QStringLiteral(u"通知"));
            typed = true;
            // Queued: QFileDialog::accept asks in a nested loop, which this tick must not block.
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        } else if (asked) {
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
        }
    });
    driver.start();
    const QString path = ui::PrintActions::askDocxPath(nullptr, QStringLiteral(u"别的名字.docx"));
    driver.stop();
    CHECK_FALSE(gaveUp);
    CHECK(typed);
    CHECK(asked);
    CHECK(question.contains(QStringLiteral(u"通知.docx")));
    CHECK(path.isEmpty());
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == QByteArray("old"));
}

TEST_CASE("save as: a name the dialog returned without the ending gets it, and asks when that file exists")
{
    QTemporaryDir dir;
    const QString chosen = dir.filePath(QStringLiteral(u"总结"));
    QStringList asked;
    auto refuse = [&asked](const QString &p) {
        asked << p;
        return false;
    };
    // Nothing there yet: the ending is added without a question.
    CHECK(ui::PrintActions::completedPath(chosen, QStringLiteral(".pdf"), refuse) == chosen + QStringLiteral(".pdf"));
    CHECK(asked.isEmpty());
    // A name with the ending is the dialog's own answer (it asked already).
    CHECK(ui::PrintActions::completedPath(chosen + QStringLiteral(".PDF"), QStringLiteral(".pdf"), refuse) == chosen + QStringLiteral(".PDF"));
    CHECK(asked.isEmpty());
    test::writeFile(chosen + QStringLiteral(".pdf"), QByteArray("old"));
    CHECK(ui::PrintActions::completedPath(chosen, QStringLiteral(".pdf"), refuse).isEmpty());
    CHECK(asked == QStringList{chosen + QStringLiteral(".pdf")});
    CHECK(ui::PrintActions::completedPath(chosen, QStringLiteral(".pdf"), [](const QString &) { return true; })
          == chosen + QStringLiteral(".pdf"));
    CHECK(ui::PrintActions::completedPath(QString(), QStringLiteral(".pdf"), refuse).isEmpty());
}
