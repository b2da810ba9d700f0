// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailFetchDialog.h"

#include "MailAccountEditing.h"
#include "MailSendDialog.h"
#include "MailPassword.h"
#include "actions/MailAccountActions.h"
#include "mail/MailMover.h"
#include "shell/BackgroundRead.h"
#include "shell/Session.h"
#include "widgets/ReadFailureBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

struct Fetched
{
    Status status;
    MailFetchResult result;
    QList<MailWorkbook> books;
};

} // namespace

MailFetchDialog::MailFetchDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_today(QDate::currentDate())
{
    setWindowTitle(tr("收取报表"));
    auto *layout = new QVBoxLayout(this);
    m_readFailure = new ReadFailureBanner;
    layout->addWidget(m_readFailure);
    auto *top = new QHBoxLayout;
    m_accounts = new QComboBox;
    m_accounts->setMinimumContentsLength(16);
    top->addWidget(new QLabel(tr("邮箱")));
    top->addWidget(m_accounts, 1);
    auto *add = new QPushButton(tr("添加…"));
    m_edit = new QPushButton(tr("修改…"));
    m_remove = new QPushButton(tr("删除"));
    top->addWidget(add);
    top->addWidget(m_edit);
    top->addWidget(m_remove);
    layout->addLayout(top);
    auto *second = new QHBoxLayout;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("授权码（已记住的会自动填入）"));
    second->addWidget(new QLabel(tr("授权码")));
    second->addWidget(m_password, 1);
    m_fetch = new QPushButton(tr("收取新邮件"));
    m_fetch->setDefault(true);
    second->addWidget(m_fetch);
    layout->addLayout(second);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("附件"), tr("发件人"), tr("机构"), tr("报表"), tr("月份"), tr("收到"), tr("结果"), tr("错误和提示")});
    m_table->horizontalHeader()->setSectionResizeMode(FindingsColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(FileColumn, 200);
    m_table->setColumnWidth(SenderColumn, 200);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    layout->addWidget(m_table, 3);
    m_notes = new QPlainTextEdit;
    m_notes->setReadOnly(true);
    m_notes->setPlaceholderText(tr("收取时的提示（旧版表格、图片等附件）显示在这里，可复制后回复机构。"));
    m_notes->setMaximumBlockCount(2000);
    layout->addWidget(m_notes, 1);
    auto *moveRow = new QHBoxLayout;
    m_move = new QCheckBox(tr("导入后，把报表全部导入的邮件移到文件夹"));
    m_move->setToolTip(tr("有报表出错、未导入或没有报表的邮件留在邮箱中，等待处理"));
    m_moveFolder = new QLineEdit(tr("已导入报表"));
    m_moveFolder->setEnabled(false);
    m_moveFolder->setToolTip(tr("邮箱中没有这个文件夹时自动新建"));
    connect(m_move, &QCheckBox::toggled, m_moveFolder, &QLineEdit::setEnabled);
    moveRow->addWidget(m_move);
    moveRow->addWidget(m_moveFolder, 1);
    layout->addLayout(moveRow);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_import = buttons->addButton(tr("导入无误的报表"), QDialogButtonBox::ActionRole);
    m_import->setEnabled(false);
    QPushButton *receipts = buttons->addButton(tr("发送回执…"), QDialogButtonBox::ActionRole);
    receipts->setToolTip(tr("告诉发来报表的单位已收到、有无错误；发送前先列出收件人和主题"));
    connect(receipts, &QPushButton::clicked, this, [this] {
        MailSendDialog dialog(m_session, MailSendDialog::Kind::Receipts, YearMonth(), m_today, this);
        dialog.exec();
    });
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &MailFetchDialog::addAccount);
    connect(m_edit, &QPushButton::clicked, this, &MailFetchDialog::editAccount);
    connect(m_remove, &QPushButton::clicked, this, &MailFetchDialog::removeAccount);
    connect(m_fetch, &QPushButton::clicked, this, &MailFetchDialog::fetch);
    connect(m_import, &QPushButton::clicked, this, &MailFetchDialog::importClean);
    connect(m_accounts, &QComboBox::currentIndexChanged, this, &MailFetchDialog::fillPassword);
    resize(1000, 560);
    loadAccounts();
    // What is waiting from an earlier fetch is shown at once.
    if (const auto campaign = m_session->campaign()) {
        show(ImportMailAttachments::preview(m_session->database(), *campaign, m_today));
        if (!m_books.isEmpty())
            m_summary->setText(tr("上次收取的报表中有 %1 个尚未导入。").arg(m_books.size()));
    }
}

void MailFetchDialog::loadAccounts(qint64 select)
{
    Status read;
    const QList<MailAccount> accounts = MailAccountActions::accounts(m_session->database(), &read);
    m_readFailure->showStatus(read);
    if (!read)
        return;
    m_list = accounts;
    m_accounts->blockSignals(true);
    m_accounts->clear();
    for (const MailAccount &a : m_list)
        m_accounts->addItem(QStringLiteral("%1 <%2>").arg(a.name, a.address), a.id);
    if (select)
        m_accounts->setCurrentIndex(m_accounts->findData(select));
    m_accounts->blockSignals(false);
    const bool any = !m_list.isEmpty();
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_fetch->setEnabled(any && !m_busy);
    m_fetch->setToolTip(any ? QString() : tr("请先添加一个邮箱"));
    fillPassword();
}

std::optional<MailAccount> MailFetchDialog::current() const
{
    const qint64 id = m_accounts->currentData().toLongLong();
    for (const MailAccount &a : m_list)
        if (a.id == id)
            return a;
    return std::nullopt;
}

void MailFetchDialog::fillPassword()
{
    m_password->clear();
    const auto a = current();
    if (!a)
        return;
    SecretStore().read(MailPassword::key(*a), this, [this, key = MailPassword::key(*a)](const SecretResult &r) {
        const auto now = current();
        if (r.isDone() && now && MailPassword::key(*now) == key && m_password->text().isEmpty())
            m_password->setText(r.secret);
    });
}

void MailFetchDialog::addAccount()
{
    QString typed;
    const auto a = MailAccountEditing::add(m_session, this, &typed);
    if (!a)
        return;
    loadAccounts(a->id);
    if (!typed.isEmpty())
        m_password->setText(typed);
}

void MailFetchDialog::editAccount()
{
    const auto a = current();
    if (!a)
        return;
    if (const auto changed = MailAccountEditing::edit(m_session, *a, this))
        loadAccounts(changed->id);
}

void MailFetchDialog::removeAccount()
{
    const auto a = current();
    if (a && MailAccountEditing::remove(m_session, *a, this))
        loadAccounts();
}

void MailFetchDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_fetch->setEnabled(!busy && !m_list.isEmpty());
    m_import->setEnabled(!busy && std::any_of(m_books.cbegin(), m_books.cend(), [](const MailWorkbook &w) { return w.file.isClean(); }));
    m_accounts->setEnabled(!busy);
    m_summary->setText(message);
}

void MailFetchDialog::fetch()
{
    const auto a = current();
    const auto campaign = m_session->campaign();
    if (!a || !campaign || m_busy)
        return;
    if (m_password->text().isEmpty()) {
        m_summary->setText(tr("请输入邮箱“%1”的授权码。").arg(a->name));
        m_password->setFocus();
        return;
    }
    setBusy(true, tr("正在收取邮箱“%1”的新邮件…").arg(a->name));
    const MailAccount account = *a;
    const QString password = m_password->text();
    const Campaign c = *campaign;
    const QDate today = m_today;
    readInBackground<Fetched>(
        this, m_session->database(),
        [account, password, c, today](Database &db, const Status &opened) {
            Fetched f;
            f.status = opened ? MailCollector::fetch(db, account, password, MailFetchOptions(), &f.result) : opened;
            if (opened)
                f.books = ImportMailAttachments::preview(db, c, today);
            return f;
        },
        [this](const Fetched &f) {
            for (const QString &note : f.result.notes)
                m_notes->appendPlainText(note);
            show(f.books);
            QString message = tr("新邮件 %1 封，已收取 %2 封（重复 %3 封），待导入报表 %4 个。")
                                  .arg(f.result.listed).arg(f.result.recorded).arg(f.result.duplicates).arg(m_books.size());
            if (f.result.takenElsewhere)
                message += QLatin1Char('\n') + tr("另有 %1 封由同时进行的另一次收取记下，这里跳过。").arg(f.result.takenElsewhere);
            if (!f.status)
                message += QLatin1Char('\n') + f.status.message();
            setBusy(false, message);
        });
}

void MailFetchDialog::importClean()
{
    const auto campaign = m_session->campaign();
    if (!campaign || m_busy)
        return;
    setBusy(true, tr("正在导入…"));
    struct Imported
    {
        Status status;
        QList<MailWorkbook> books;
    };
    const Campaign c = *campaign;
    const QDate today = m_today;
    readInBackground<Imported>(
        this, m_session->database(),
        [c, today](Database &db, const Status &opened) {
            Imported i;
            i.status = opened ? ImportMailAttachments::run(db, c, today, &i.books) : opened;
            return i;
        },
        [this](const Imported &i) {
            int stored = 0;
            for (const MailWorkbook &w : i.books)
                stored += w.file.isClean() ? 1 : 0;
            m_session->notifyChanged(Session::Change::Figures);
            m_session->notifyChanged(Session::Change::Submissions);
            show(i.books);
            m_books.clear(); // decided: nothing of them waits any more
            QString message = tr("已导入 %1 个报表，%2 个有错误未导入（错误已记下，可回复机构更正）。").arg(stored).arg(i.books.size() - stored);
            if (!i.status)
                message += QLatin1Char('\n') + i.status.message();
            if (m_move->isChecked())
                moveImported(message);
            else
                setBusy(false, message);
        });
}

void MailFetchDialog::moveImported(const QString &imported)
{
    const auto a = current();
    const QString folder = m_moveFolder->text().trimmed();
    QString problem;
    if (!a)
        problem = tr("没有选定邮箱，邮件未移动。");
    else if (m_password->text().isEmpty())
        problem = tr("请输入邮箱“%1”的授权码，邮件未移动。").arg(a->name);
    else
        problem = MailMover::folderProblem(*a, folder);
    if (!problem.isEmpty()) {
        setBusy(false, imported + QLatin1Char('\n') + problem);
        return;
    }
    m_summary->setText(imported + QLatin1Char('\n') + tr("正在把导入完毕的邮件移到文件夹“%1”…").arg(folder));
    struct Moved
    {
        Status status;
        MailMoveResult result;
    };
    const MailAccount account = *a;
    const QString password = m_password->text();
    readInBackground<Moved>(
        this, m_session->database(),
        [account, password, folder](Database &db, const Status &opened) {
            Moved m;
            m.status = opened ? MailMover::move(db, account, password, folder, &m.result) : opened;
            return m;
        },
        [this, imported, folder](const Moved &m) {
            const QString moved = m.status ? tr("%1 封报表全部导入的邮件已移到文件夹“%2”，%3 封留在邮箱中。")
                                                 .arg(m.result.moved).arg(folder).arg(m.result.kept)
                                           : m.status.messages().join(QLatin1Char('\n'));
            setBusy(false, imported + QLatin1Char('\n') + moved);
        });
}

void MailFetchDialog::show(const QList<MailWorkbook> &books)
{
    m_books = books;
    m_table->setRowCount(int(books.size()));
    for (int row = 0; row < books.size(); ++row) {
        const MailWorkbook &w = books.at(row);
        const WorkbookFile &f = w.file;
        QStringList findings = f.errors;
        findings << f.warnings;
        const QStringList cells = {w.attachment.fileName,
                                   w.message.fromName.isEmpty() ? w.message.fromAddress
                                                                : QStringLiteral("%1 <%2>").arg(w.message.fromName, w.message.fromAddress),
                                   f.institution,
                                   f.formsText(),
                                   f.period.isValid() ? f.period.toChinese() : QString(),
                                   f.receivedOn.toString(QStringLiteral("yyyy-MM-dd")),
                                   f.isClean() ? WorkbookImport::changeText(f.change()) : tr("有错误"),
                                   findings.join(QLatin1Char('\n'))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeRowsToContents();
    m_import->setEnabled(!m_busy && std::any_of(m_books.cbegin(), m_books.cend(), [](const MailWorkbook &w) { return w.file.isClean(); }));
}

} // namespace qf::ui
