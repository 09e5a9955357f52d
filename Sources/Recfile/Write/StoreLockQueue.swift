/// Counts the writers waiting for the store's lock: each keeps a small file locked in `.hoctap.waiting` while it waits.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The writers queued for the store's lock. A waiter creates a file of its own in the folder
/// `.hoctap.waiting` of the store and holds an exclusive `flock` on it while it waits; a counter
/// lists the folder and counts the files it cannot lock. A waiter that dies lets go of its flock
/// with its last descriptor, so its file is stale: the next counter removes it and does not count
/// it. A file is locked before it gets its counted name (a rename), so no counter ever sees a
/// waiter's file unlocked. Counting is advice for a message: any failure counts nobody.
public enum StoreLockQueue {
    /// The folder inside the store that holds the waiters' files.
    public static let folderName = ".hoctap.waiting"

    /// Joins the queue of `folder`'s writers; nil when the waiting folder cannot be used.
    public static func join(in folder: String) -> Waiter? {
        let dir = folder + "/" + folderName
        if mkdir(dir, 0o777) != 0, errno != EEXIST { return nil }
        guard let status = try? SystemCalls.linkStatus(path: dir), status.isDirectory else { return nil }
        let name = "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let hidden = dir + "/." + name
        guard let fd = try? SystemCalls.open(hidden, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode: 0o644) else {
            return nil
        }
        guard (try? SystemCalls.flock(fd, LOCK_EX | LOCK_NB)) == true, rename(hidden, dir + "/" + name) == 0 else {
            unlink(hidden)
            close(fd)
            return nil
        }
        return Waiter(path: dir + "/" + name, descriptor: fd)
    }

    /// How many writers wait for `folder`'s lock, leaving out `excluded` (this writer's own place);
    /// removes the files of waiters that died.
    public static func count(in folder: String, excluding excluded: Waiter? = nil) -> Int {
        let dir = folder + "/" + folderName
        guard let stream = opendir(dir) else { return 0 }
        defer { closedir(stream) }
        var count = 0
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard !name.hasPrefix("."), dir + "/" + name != excluded?.path else { continue }
            guard let fd = try? SystemCalls.open(dir + "/" + name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK) else { continue }
            if (try? SystemCalls.flock(fd, LOCK_SH | LOCK_NB)) == false {
                count += 1
            } else {
                unlink(dir + "/" + name)
            }
            close(fd)
        }
        return count
    }

    /// A writer's place in the queue, held until it is dropped.
    public final class Waiter: Sendable {
        /// The waiter's file.
        public let path: String
        private let descriptor: Int32

        fileprivate init(path: String, descriptor: Int32) {
            self.path = path
            self.descriptor = descriptor
        }

        deinit {
            unlink(path)
            close(descriptor)
        }
    }
}
