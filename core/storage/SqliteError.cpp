// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteError.h"

#include <QDir>

namespace qf {

namespace {

// SQLite's primary result codes (sqlite3.h); an extended code keeps its primary code in
// the low byte.
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoError = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kPerm = 3;
constexpr int kNotADatabase = 26;

} // namespace

SqliteError::Kind SqliteError::kindOf(const QSqlError &error)
{
    if (!error.isValid())
        return Kind::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return Kind::Other;
    switch (code & 0xff) {
    case kFull: return Kind::Full;
    case kReadOnly:
    case kPerm: return Kind::ReadOnly;
    case kCantOpen: return Kind::CantOpen;
    case kIoError: return Kind::IoError;
    case kCorrupt:
    case kNotADatabase: return Kind::Damaged;
    case kBusy:
    case kLocked: return Kind::Busy;
    default: break;
    }
    return Kind::Other;
}

QString SqliteError::reason(const QSqlError &error)
{
    switch (kindOf(error)) {
    case Kind::Full: return tr("磁盘空间不足");
    case Kind::ReadOnly: return tr("文件或文件夹只读/没有写入权限");
    case Kind::CantOpen: return tr("无法打开文件（文件夹只读/没有写入权限，或文件夹不存在）");
    case Kind::IoError: return tr("磁盘读写出错（%1）").arg(error.text());
    case Kind::Busy: return tr("数据库正被其他程序占用");
    case Kind::Damaged:
    case Kind::None:
    case Kind::Other: break;
    }
    return error.text();
}

QString SqliteError::describe(const QSqlError &error, const QString &path)
{
    return describe(kindOf(error), path, error.text());
}

QString SqliteError::describe(Kind kind, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case Kind::Full:
        return tr("磁盘空间不足，无法写入数据库 %1；已保存的数据没有改变。请腾出磁盘空间后重试。").arg(file);
    case Kind::ReadOnly:
        return tr("数据库 %1 或其所在文件夹只读/没有写入权限；已保存的数据没有改变。请检查文件和文件夹的权限。").arg(file);
    case Kind::CantOpen:
        return tr("无法打开数据库 %1：文件夹只读/没有写入权限，或文件夹不存在（%2）。").arg(file, detail);
    case Kind::IoError:
        return tr("读写数据库 %1 时磁盘出错（%2）。文件本身未必损坏：请检查磁盘或网络驱动器后重试。").arg(file, detail);
    case Kind::Busy:
        return tr("数据库 %1 正被其他程序占用，请稍后重试（%2）。").arg(file, detail);
    case Kind::Damaged:
        return tr("数据库 %1 已损坏（%2），未做任何修改。请从备份恢复。").arg(file, detail);
    case Kind::None:
    case Kind::Other: break;
    }
    return tr("无法使用数据库 %1：%2").arg(file, detail);
}

} // namespace qf
