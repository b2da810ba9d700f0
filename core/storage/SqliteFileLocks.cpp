// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteFileLocks.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdarg>
#include <map>
#include <mutex>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qf {

namespace {

using OpenFn = int (*)(const char *, int, int);
using CloseFn = int (*)(int);
using FcntlFn = int (*)(int, int, ...);

OpenFn g_open = nullptr;
CloseFn g_close = nullptr;
FcntlFn g_fcntl = nullptr;
bool g_installed = false;

using FileKey = std::pair<dev_t, ino_t>;

// Per file (device, inode): the descriptor the locks live on, and how many of SQLite's
// own descriptors are open on the file. The lock descriptor is the file opened once more
// for reading and writing (see lockDescriptor()), or a dup() of SQLite's first descriptor
// where that is not allowed; either way it stays open until SQLite's last one closes.
struct LockFile
{
    int lockFd = -1;
    int users = 0;
};

std::mutex g_mutex;
std::map<FileKey, LockFile> g_files;
std::map<int, FileKey> g_descriptors;   // SQLite's descriptors → their file

bool keyOf(int fd, FileKey *key)
{
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    *key = {st.st_dev, st.st_ino};
    return true;
}

// The descriptor the locks of a file live on. A write lock needs a descriptor open for
// writing, and the first of SQLite's descriptors may be read-only: open the file again for
// reading and writing where that is allowed (and it is still the same file), else share the
// first descriptor's open file description.
int lockDescriptor(const char *path, int fd, const FileKey &key)
{
    const int own = g_open(path, O_RDWR | O_CLOEXEC | O_NOCTTY, 0);
    if (own >= 0) {
        FileKey again;
        if (keyOf(own, &again) && again == key)
            return own;
        g_close(own);
    }
    return ::fcntl(fd, F_DUPFD_CLOEXEC, 3);
}

int trackedOpen(const char *path, int flags, int mode)
{
    const int fd = g_open(path, flags, mode);
    FileKey key;
    if (fd < 0 || !keyOf(fd, &key))
        return fd;
    std::lock_guard<std::mutex> guard(g_mutex);
    LockFile &file = g_files[key];
    if (file.users == 0 || file.lockFd < 0)
        file.lockFd = lockDescriptor(path, fd, key);
    ++file.users;
    g_descriptors[fd] = key;
    return fd;
}

int trackedClose(int fd)
{
    int lockFdToClose = -1;
    {
        std::lock_guard<std::mutex> guard(g_mutex);
        const auto d = g_descriptors.find(fd);
        if (d != g_descriptors.end()) {
            const auto f = g_files.find(d->second);
            if (f != g_files.end() && --f->second.users <= 0) {
                // SQLite closes a file's last descriptor only after releasing its locks.
                lockFdToClose = f->second.lockFd;
                g_files.erase(f);
            }
            g_descriptors.erase(d);
        }
    }
    if (lockFdToClose >= 0)
        ::close(lockFdToClose);
    return g_close(fd);
}

int lockDescriptorFor(int fd)
{
    std::lock_guard<std::mutex> guard(g_mutex);
    const auto d = g_descriptors.find(fd);
    if (d == g_descriptors.end())
        return fd;
    const auto f = g_files.find(d->second);
    return f != g_files.end() && f->second.lockFd >= 0 ? f->second.lockFd : fd;
}

int ofdCommand(int cmd)
{
    switch (cmd) {
    case F_GETLK: return F_OFD_GETLK;
    case F_SETLK: return F_OFD_SETLK;
    case F_SETLKW: return F_OFD_SETLKW;
    default: return 0;
    }
}

int routedFcntl(int fd, int cmd, ...)
{
    va_list args;
    va_start(args, cmd);
    int result = 0;
    if (const int ofd = ofdCommand(cmd)) {
        struct flock *lock = va_arg(args, struct flock *);
        // OFD locks require l_pid to be 0 on the way in; SQLite leaves it unset.
        lock->l_pid = 0;
        result = ::fcntl(lockDescriptorFor(fd), ofd, lock);
        // A file system that knows only process locks (some network shares) refuses OFD
        // commands as invalid: there SQLite's own locks are the best there is.
        if (result < 0 && errno == EINVAL)
            result = g_fcntl(fd, cmd, lock);
    } else if (cmd == F_GETFD || cmd == F_GETFL) {
        result = ::fcntl(fd, cmd);
    } else if (cmd == F_SETFD || cmd == F_SETFL) {
        result = ::fcntl(fd, cmd, va_arg(args, int));
    } else {
        result = g_fcntl(fd, cmd, va_arg(args, void *));
    }
    va_end(args);
    return result;
}

// Whether the kernel knows OFD locks (Linux 3.15 and later): a query on /dev/null succeeds
// where they exist and fails with EINVAL where they do not.
bool systemHasOfdLocks()
{
    const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock {};
    lock.l_type = F_RDLCK;
    lock.l_whence = SEEK_SET;
    const bool ok = ::fcntl(fd, F_OFD_GETLK, &lock) == 0;
    ::close(fd);
    return ok;
}

void installOnce()
{
    sqlite3_vfs *vfs = sqlite3_vfs_find("unix");
    if (!vfs || vfs->iVersion < 3 || !vfs->xSetSystemCall || !vfs->xGetSystemCall || !systemHasOfdLocks())
        return;
    g_open = reinterpret_cast<OpenFn>(vfs->xGetSystemCall(vfs, "open"));
    g_close = reinterpret_cast<CloseFn>(vfs->xGetSystemCall(vfs, "close"));
    g_fcntl = reinterpret_cast<FcntlFn>(vfs->xGetSystemCall(vfs, "fcntl"));
    if (!g_open || !g_close || !g_fcntl)
        return;
    // The three together or none: routing locks without tracking descriptors would give
    // each connection its own lock owner, and two connections in one process would block
    // each other.
    if (vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(trackedOpen)) != SQLITE_OK)
        return;
    if (vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(trackedClose)) != SQLITE_OK
        || vfs->xSetSystemCall(vfs, "fcntl", reinterpret_cast<sqlite3_syscall_ptr>(routedFcntl)) != SQLITE_OK) {
        vfs->xSetSystemCall(vfs, "open", nullptr);
        vfs->xSetSystemCall(vfs, "close", nullptr);
        vfs->xSetSystemCall(vfs, "fcntl", nullptr);
        return;
    }
    g_installed = true;
}

} // namespace

bool SqliteFileLocks::install()
{
    static std::once_flag once;
    std::call_once(once, installOnce);
    return g_installed;
}

bool SqliteFileLocks::isInstalled()
{
    return g_installed;
}

} // namespace qf
