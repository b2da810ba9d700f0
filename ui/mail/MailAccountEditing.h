// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/MailAccount.h"

#include <optional>

class QString;
class QWidget;

namespace qf::ui {

class Session;

/// What 设置 → 邮箱 and 收取报表 do alike with an office mailbox: the account dialog against
/// the open campaign's offices, saved through MailAccountActions, the 授权码 to the keyring
/// when asked. Each returns the account as saved, or nothing when the clerk cancelled.
namespace MailAccountEditing {
/// typedPassword, when given, receives the 授权码 typed (remembered or not), for the fetch that follows.
std::optional<MailAccount> add(Session *session, QWidget *parent, QString *typedPassword = nullptr);
std::optional<MailAccount> edit(Session *session, const MailAccount &account, QWidget *parent);
/// Asks first; false when cancelled or refused (the reason shown).
bool remove(Session *session, const MailAccount &account, QWidget *parent);
} // namespace MailAccountEditing

} // namespace qf::ui
