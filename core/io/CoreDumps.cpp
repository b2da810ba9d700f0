// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreDumps.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace qf::CoreDumps {

bool disable()
{
    bool done = true;
#ifdef Q_OS_UNIX
    // Both limits: a soft limit alone could be raised again by anything the process runs.
    const rlimit none{0, 0};
    done = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#ifdef Q_OS_LINUX
    // Not dumpable also means no core through a core_pattern pipe (systemd-coredump ignores
    // the limit) and no ptrace or /proc/PID/mem by other processes of the account.
    done = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && done;
#endif
    return done;
}

bool enabled()
{
#ifdef Q_OS_LINUX
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
        return false;
#endif
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) == 0)
        return limit.rlim_cur != 0;
#endif
    return true;
}

} // namespace qf::CoreDumps
