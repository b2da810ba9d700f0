// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace qf::ui {
int runApplication(int argc, char *argv[]);
}
