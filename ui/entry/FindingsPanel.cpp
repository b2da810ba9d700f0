// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingsPanel.h"

#include "forms/FormDescription.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace qf::ui {

namespace {

QString columnsText(const FormDescription &form, const QList<int> &columns)
{
    // A long run of consecutive columns reads better as a range: "4至10之和".
    bool consecutive = columns.size() > 3;
    for (int i = 1; consecutive && i < columns.size(); ++i)
        consecutive = columns.at(i) == columns.at(i - 1) + 1;
    if (consecutive)
        return FindingsPanel::tr("%1至%2之和").arg(form.columnCaption.arg(columns.first()), form.columnCaption.arg(columns.last()));
    QStringList parts;
    for (int c : columns)
        parts << form.columnCaption.arg(c);
    return parts.join(QLatin1Char('+'));
}

/// The message column asks for the lines its text needs at the column's width: a tree
/// view's rows otherwise stay one line high and a long message is cut off.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int width = qMax(40, m_view->columnWidth(index.column()) - 10);
        const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20),
                                                        int(Qt::TextWordWrap | Qt::TextWrapAnywhere), opt.text);
        size.setHeight(qMax(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView *m_view;
};

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("findingsSummary"));
    m_model = new QStandardItemModel(this);
    m_model->setHorizontalHeaderLabels({tr("级别"), tr("报表"), tr("单位"), tr("月份"), tr("栏目"), tr("规则"), tr("说明")});
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("findingsList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    // A message is read whole: it wraps within the column, and its tooltip has it too.
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setItemDelegateForColumn(6, new WrappingDelegate(m_view));
    // Row heights follow the message column's width: laid out again when it changes
    // (the splitter or the window resized), or a wrapped message would stay cut off.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this](int section) {
        if (section == m_model->columnCount() - 1)
            m_view->doItemsLayout();
    });
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(0, 56);
    m_view->setColumnWidth(1, 56);
    m_view->setColumnWidth(2, 220);
    m_view->setColumnWidth(3, 90);
    m_view->setColumnWidth(4, 60);
    m_view->setColumnWidth(5, 180);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    auto activate = [this](const QModelIndex &index) {
        const int row = index.row();
        if (row >= 0 && row < m_findings.size())
            emit findingActivated(m_findings.at(row));
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    setFindings({});
}

QString FindingsPanel::ruleText(const Finding &f)
{
    if (f.ruleId == QLatin1String("non-negative"))
        return tr("不能为负数");
    if (f.ruleId == QLatin1String("whole-number"))
        return tr("应为整数");
    if (f.ruleId == QLatin1String("cumulative"))
        return tr("累计数不少于上月");
    if (f.ruleId == QLatin1String("unusual-increase"))
        return tr("本月增加异常");
    if (f.ruleId == QLatin1String("ledger-mismatch"))
        return tr("与台账不符");
    if (f.ruleId == QLatin1String("ledger-override"))
        return tr("以填报数覆盖台账");
    if (f.form < 1 || f.form > 3)
        return f.ruleId;
    const FormDescription &form = FormCatalog::form(f.form);
    for (const FormRule &rule : form.rules) {
        if (rule.id != f.ruleId)
            continue;
        const QString left = columnsText(form, rule.left);
        const QString right = columnsText(form, rule.right);
        // Bracketed numbers（2）carry their own spacing; bare ones need it.
        const QString gap = form.columnCaption.startsWith(QChar(0xff08)) ? QString() : QStringLiteral(" ");
        switch (rule.type) {
        case FormRule::Type::LessOrEqual: return left + gap + QStringLiteral(u"≤") + gap + right;
        case FormRule::Type::Equal: return left + gap + QLatin1Char('=') + gap + right;
        case FormRule::Type::Implies: return tr("%1>0 时 %2>0").arg(left, right);
        }
    }
    return f.ruleId;
}

void FindingsPanel::setFindings(const QList<Finding> &findings)
{
    m_findings = findings;
    // Errors first, then by form and unit, so what blocks signing is on top.
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) {
        if (a.isError() != b.isError())
            return a.isError();
        return a.form < b.form;
    });
    m_model->removeRows(0, m_model->rowCount());
    const QColor errorColor(0xb3, 0x26, 0x1e);
    const QColor warningColor(0x9a, 0x62, 0x00);
    for (const Finding &f : m_findings) {
        const FormDescription *form = f.form >= 1 && f.form <= 3 ? &FormCatalog::form(f.form) : nullptr;
        QList<QStandardItem *> items;
        items << new QStandardItem(f.isError() ? tr("错误") : tr("疑点"))
              << new QStandardItem(form ? form->attachment : QString::number(f.form))
              << new QStandardItem(f.unitName)
              << new QStandardItem(f.period.label())
              << new QStandardItem(f.column > 0 && form ? form->columnCaption.arg(f.column) : tr("—"))
              << new QStandardItem(ruleText(f))
              << new QStandardItem(f.message);
        items.first()->setForeground(f.isError() ? errorColor : warningColor);
        QFont bold = items.first()->font();
        bold.setBold(true);
        items.first()->setFont(bold);
        for (QStandardItem *item : items)
            item->setToolTip(QStringLiteral("<p>%1</p>").arg(f.describe().toHtmlEscaped()));
        m_model->appendRow(items);
    }
    const int errors = countErrors(m_findings);
    const int warnings = int(m_findings.size()) - errors;
    if (m_findings.isEmpty())
        m_summary->setText(tr("检查结果：本月没有发现错误或疑点。"));
    else
        m_summary->setText(tr("检查结果：<b style='color:#b3261e'>错误 %1 个</b>，<b style='color:#9a6200'>疑点 %2 个</b>"
                              "　（点击一条定位到单元格）").arg(errors).arg(warnings));
}

} // namespace qf::ui
