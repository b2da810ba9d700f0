// SPDX-License-Identifier: GPL-3.0-or-later
// wording: the bureau's own wording files (the 工作总结's sentences, the 催报/回执 e-mails'
// words): write out the built-in ones to start from, and check the ones in use.
#include "Cli.h"

#include "actions/ExportWording.h"
#include "summary/WordingFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace qf::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qf::cli", text); // the context lupdate records for tr() in this namespace
}

int init(Context &ctx, const CliOptions &opts)
{
    const QString dir = opts.has(QStringLiteral("out")) ? opts.value(QStringLiteral("out")) : WordingFiles::directory();
    QStringList written;
    if (Status s = ExportWording::write(dir, &written); !s) {
        ctx.err << s.message() << "\n";
        return DataError;
    }
    for (const QString &file : written)
        ctx.out << tr("已写出内置措辞：%1").arg(QDir::toNativeSeparators(file)) << "\n";
    if (QDir::cleanPath(QFileInfo(dir).absoluteFilePath()) != QDir::cleanPath(QFileInfo(WordingFiles::directory()).absoluteFilePath()))
        ctx.out << tr("程序使用的措辞文件夹是 %1：改好后把文件放到那里才生效。").arg(QDir::toNativeSeparators(WordingFiles::directory()))
                << "\n";
    return Ok;
}

int check(Context &ctx, const CliOptions &)
{
    int status = Ok;
    for (WordingFiles::Kind kind : {WordingFiles::Kind::Summary, WordingFiles::Kind::Mail}) {
        const QString file = WordingFiles::path(kind);
        if (!QFileInfo::exists(file)) {
            ctx.out << tr("%1：没有，使用内置措辞（或专项整治模板的）。").arg(QDir::toNativeSeparators(file)) << "\n";
            continue;
        }
        QJsonObject json;
        if (Status s = WordingFiles::read(kind, file, &json); !s) {
            ctx.err << s.message() << "\n";
            status = DataError;
            continue;
        }
        ctx.out << tr("%1：无误，正在使用。").arg(QDir::toNativeSeparators(file)) << "\n";
    }
    return status;
}

} // namespace

QList<Command> wordingCommands()
{
    return {
        {{QStringLiteral("wording"), QStringLiteral("init")},
         QStringLiteral("[--out DIR]"),
         tr("写出内置的工作总结句子和催报、回执邮件措辞，作为本局自己措辞的起点"),
         tr("写出 summary-sentences.json 和 mail-sentences.json；缺省写到程序使用的措辞文件夹\n"
            "（环境变量 QINGFENG_WORDING_DIR 所指的文件夹，否则为用户数据文件夹下的 wording），已有的文件不覆盖。\n"
            "文件夹中有这两个文件时，所有专项整治都用其中的措辞；{名称} 只能用内置措辞中同一处已有的。"),
         {QStringLiteral("out")},
         {},
         init},
        {{QStringLiteral("wording"), QStringLiteral("check")},
         QString(),
         tr("检查措辞文件夹中的措辞文件，说明正在使用哪些"),
         tr("有误时指出文件和键，退出状态为 1；有误的文件不会被使用（起草总结和发送邮件都会拒绝）。"),
         {},
         {},
         check},
    };
}

} // namespace qf::cli
