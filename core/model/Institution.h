// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Status.h"
#include "YearMonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace qf {

enum class Ownership { Public, Private };
enum class Level { Tertiary, Secondary, PrimaryOrBelow };   // 三级, 二级, 一级及以下
enum class InstitutionKind { Medical, Pharmacy };            // 医疗机构, 定点零售药店及其他医药机构

/// One medical institution (or pharmacy) of the county registry.
struct Institution
{
    Q_DECLARE_TR_FUNCTIONS(Institution)
public:
    qint64 id = 0;
    QString name;
    QString shortName;
    Ownership ownership = Ownership::Public;
    Level level = Level::PrimaryOrBelow;
    bool contracted = false;                  ///< 医保定点
    InstitutionKind kind = InstitutionKind::Medical;
    QString township;
    QString reportPhone;                      ///< 举报电话
    QString reportEmail;                      ///< 举报邮箱
    QString contactPerson;
    QString contactPhone;                     ///< 联系电话: the office's own line, for reminders; not public
    bool active = true;
    QDate activeFrom;                         ///< empty: active since before any campaign
    QDate activeUntil;                        ///< empty: still open
    bool demo = false;

    /// Whether the institution was open at any time during the month.
    bool isActiveIn(const YearMonth &month) const;
    /// Whether it files the institution forms (附件1/附件3): active medical institutions.
    bool reportsIn(const YearMonth &month) const { return kind == InstitutionKind::Medical && isActiveIn(month); }
    QString displayName() const { return shortName.isEmpty() ? name : shortName; }

    /// Checks the fields a user types; each message names the field.
    Status validate() const;
};

// The official form vocabulary (公立/民营, 三级/二级/一级及以下, 是/否, 医疗机构/定点零售药店).
// These strings appear in the official forms and CSV files and are never translated.
QString ownershipLabel(Ownership o);
QString levelLabel(Level l);
QString kindLabel(InstitutionKind k);
QString yesNoLabel(bool b);
bool parseOwnership(const QString &text, Ownership *out);
bool parseLevel(const QString &text, Level *out);
bool parseKind(const QString &text, InstitutionKind *out);
bool parseYesNo(const QString &text, bool *out);

// Translated names of the same values for the user interface.
QString ownershipName(Ownership o);
QString levelName(Level l);
QString kindName(InstitutionKind k);

inline const QList<Ownership> &allOwnerships() { static const QList<Ownership> v{Ownership::Public, Ownership::Private}; return v; }
inline const QList<Level> &allLevels() { static const QList<Level> v{Level::Tertiary, Level::Secondary, Level::PrimaryOrBelow}; return v; }

} // namespace qf
