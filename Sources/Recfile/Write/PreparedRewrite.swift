/// A store file's new text written beside it and flushed, waiting to be renamed over the file.

#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What `RecWriter.prepareRewrite(_:parts:under:)` leaves: the temporary file, complete and on
/// disk, the store file not yet touched. `commit()` renames it over the file and flushes the
/// folder; a rewrite never committed (the caller failed in between) has its temporary file removed
/// when it is let go, so the store is as it was.
public final class PreparedRewrite {
    let path: String
    let temporary: String
    let folder: String
    private var isSettled = false

    init(path: String, temporary: String, folder: String) {
        self.path = path
        self.temporary = temporary
        self.folder = folder
    }

    /// Renames the temporary file over the store file and flushes the folder. Call it under the
    /// lock the rewrite was prepared under, once.
    /// - Throws: `RecWriterError.failed` (`unchanged` when the rename itself failed).
    public func commit() throws {
        precondition(!isSettled, "a prepared rewrite is committed once")
        isSettled = true
        do {
            try SystemCalls.rename(temporary, path)
        } catch let failure as SystemCallFailure {
            unlink(temporary)
            throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: true)
        }
        do {
            try SystemCalls.syncFolder(folder)
        } catch let failure as SystemCallFailure {
            throw RecWriterError.failed(path: path, step: failure.step, code: failure.code, unchanged: false)
        }
    }

    deinit {
        if !isSettled { unlink(temporary) }
    }
}
