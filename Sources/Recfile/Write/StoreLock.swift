/// The store's writer lock: an exclusive flock on a lock file in the store folder, held for a closure.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Proof that this process holds the store's exclusive lock. It exists only inside
/// `withExclusive`, cannot be copied out of it, and releases the lock when that call returns
/// (or when the process dies, since the kernel drops an flock with its last descriptor).
public struct StoreLock: ~Copyable {
    /// The lock file's name inside the store folder. Created when missing; its content is the
    /// writer's note of an append in progress (blank when none is).
    public static let fileName = ".hoctap.lock"
    /// How long a writer waits for another one before giving up with `RecWriterError.lockTimeout`.
    public static let defaultTimeout: Duration = .seconds(10)

    /// The store folder, as given.
    public let folder: String
    /// The lock file's path.
    public let lockFile: String
    /// The open lock file; the flock lives on it.
    package let descriptor: Int32

    /// Runs `body` while holding the store's exclusive lock.
    /// - Parameter timeout: how long to wait for another writer; nil waits as long as it takes.
    /// - Throws: `RecWriterError.lockTimeout` or `.failed`, and whatever `body` throws.
    /// Locks are not re-entrant: inside `body`, pass the lock on (the `under:` variants of
    /// `RecWriter`) rather than locking again, which would wait for itself.
    public static func withExclusive<T>(
        in folder: String, timeout: Duration? = defaultTimeout, _ body: (borrowing StoreLock) throws -> T
    ) throws -> T {
        let lock = try StoreLock(folder: folder, timeout: timeout)
        return try body(lock)
    }

    private init(folder: String, timeout: Duration?) throws {
        let path = RecWriter.storePath(Self.fileName, in: folder)
        let fd = try Self.openLockFile(path, in: folder)
        do {
            try Self.lock(fd, timeout: timeout, path: path, folder: folder)
        } catch {
            close(fd)
            throw error
        }
        self.folder = folder
        self.lockFile = path
        self.descriptor = fd
    }

    /// Opens (or creates) the lock file without following a symbolic link, and refuses anything
    /// but a regular file owned by the store folder's owner or by this user: the lock file is
    /// written to, so a link planted in its place must never lead the writer to another file.
    /// A lock file that root creates in somebody else's store is given to the store's owner.
    private static func openLockFile(_ path: String, in folder: String) throws -> Int32 {
        let flags = O_RDWR | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK
        var created = false
        let fd: Int32
        do {
            // Open it, or create it; when another writer creates it between the two, open again.
            var opened: Int32?
            while opened == nil {
                do {
                    opened = try SystemCalls.open(path, flags)
                } catch let failure as SystemCallFailure where failure.code == ENOENT {
                    do {
                        opened = try SystemCalls.open(path, flags | O_CREAT | O_EXCL, mode: 0o644)
                        created = true
                    } catch let failure as SystemCallFailure where failure.code == EEXIST {
                        continue
                    }
                }
            }
            fd = opened!
        } catch let failure as SystemCallFailure where failure.code == ELOOP {
            throw RecWriterError.unsafeFile(path: path, reason: .symbolicLink)
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: path, step: "opening the lock file", code: failure.code, unchanged: true)
        }
        do {
            let lockStatus = try SystemCalls.status(fd)
            let folderStatus = try SystemCalls.status(path: folder)
            guard lockStatus.isRegular else { throw RecWriterError.unsafeFile(path: path, reason: .notRegular) }
            if created, geteuid() == 0, lockStatus.owner != folderStatus.owner {
                _ = fchown(fd, uid_t(folderStatus.owner), gid_t(folderStatus.group))
            } else if !created, lockStatus.owner != folderStatus.owner, lockStatus.owner != UInt32(geteuid()) {
                throw RecWriterError.unsafeFile(path: path, reason: .foreignOwner)
            }
            return fd
        } catch let failure as SystemCallFailure {
            close(fd)
            throw RecWriterError.failed(path: path, step: "checking the lock file", code: failure.code, unchanged: true)
        } catch {
            close(fd)
            throw error
        }
    }

    deinit {
        close(descriptor)
    }

    /// Blocks in flock when there is no timeout; otherwise polls with LOCK_NB until the deadline,
    /// sleeping a little longer each time (1 ms up to 20 ms) so a long wait costs little.
    private static func lock(_ fd: Int32, timeout: Duration?, path: String, folder: String) throws {
        do {
            guard let timeout else {
                _ = try SystemCalls.flock(fd, LOCK_EX)
                return
            }
            try lock(fd, before: timeout, path: path, folder: folder)
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: true)
        }
    }

    /// While it waits, the writer has a place in `StoreLockQueue`, so that the others can say how
    /// many wait; a timeout says how many others were waiting besides this one.
    private static func lock(_ fd: Int32, before timeout: Duration, path: String, folder: String) throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var pause = 1
        var place: StoreLockQueue.Waiter?
        defer { withExtendedLifetime(place) {} }
        while try !SystemCalls.flock(fd, LOCK_EX | LOCK_NB) {
            let left = clock.now.duration(to: deadline)
            if left <= .zero {
                throw RecWriterError.lockTimeout(lockFile: path, seconds: seconds(timeout),
                                                 waiting: StoreLockQueue.count(in: folder, excluding: place))
            }
            if place == nil { place = StoreLockQueue.join(in: folder) }
            SystemCalls.sleep(milliseconds: min(pause, milliseconds(left) + 1))
            pause = min(pause * 2, 20)
        }
    }

    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    private static func milliseconds(_ d: Duration) -> Int {
        Int(d.components.seconds) * 1000 + Int(d.components.attoseconds / 1_000_000_000_000_000)
    }
}
