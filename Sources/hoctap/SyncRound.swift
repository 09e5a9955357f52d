/// One round of `hoctap sync`: commit the store's changes under its lock, pull through the merge driver, check, push.

import Foundation
import Store

/// One round of sync on a set-up copy. Commit, pull and check run under the store's write lock,
/// so no write is half seen by the commit and no write lands in the middle of a merge; the push
/// runs after it is released. A copy without a remote only commits.
struct SyncRound {
    let git: SyncGit
    let tag: CopyTag

    /// How a round ended.
    enum Outcome {
        /// Done: what was committed here, what came from the remote, whether it was pushed (nil
        /// when there is no remote), the commit the store was found clean at, and how the store
        /// was checked this round.
        case done(committed: SyncChanges?, received: SyncChanges?, pushed: Bool?, clean: String?, check: Check)
        /// Stopped on a clash or a failed check: what to tell the clerk (several lines); the local
        /// commit stays, and a person must act before the next round.
        case stopped(String)
        /// Not finished for a passing reason (the remote out of reach, the lock held long): the
        /// next round tries again.
        case retry(String)
    }

    /// The store's check in a round that finished.
    enum Check: Equatable {
        /// Checked, and clean.
        case passed
        /// Not checked again: HEAD is the commit an earlier round found clean, and nothing changed.
        case unchanged
        /// Not checked: a copy without a remote only commits.
        case notRun
    }

    /// The files sync commits: the store's recfiles and the two git files `--setup` writes.
    static let files = StoreSchema.files + [".gitattributes", ".gitignore"]

    /// One round. `lastClean` is the commit an earlier round found the store clean at: when the
    /// round commits nothing and pulls nothing, HEAD is still that commit and the store's files
    /// are its files, so the check is not run again (`--every` on a quiet store costs a few git
    /// commands, not a reading of the whole store).
    func run(lastClean: String? = nil) -> Outcome {
        let folder = git.folder.path
        let outcome: Outcome
        do {
            outcome = try StoreLock.withExclusive(in: folder) { lock in
                _ = try RecWriter.recoverAppend(under: lock)
                return commitPullAndCheck(lastClean: lastClean)
            }
        } catch {
            return .retry("không giữ được khoá ghi của thư mục dữ liệu \(folder): \(error)")
        }
        guard case .done(_, _, true, _, _) = outcome else { return outcome }
        let push = pushArguments()
        let pushed = git.run(push)
        guard pushed.succeeded else {
            return .retry("git \(push.joined(separator: " ")) không thành công; dữ liệu đã gộp ở máy này, chưa gửi đi.\n"
                + Self.indented(pushed.output) + "Chạy lại hoctap sync (máy khác có thể vừa gửi lên trước).")
        }
        return outcome
    }

    /// Everything but the push; the outcome, with the push done after the lock is released.
    private func commitPullAndCheck(lastClean: String?) -> Outcome {
        var committed: SyncChanges?
        if git.isMerging {
            // A clash of an earlier round, resolved by hand: check it, then commit the merge.
            if let refusal = checkRefusal(after: "lần gộp trước") { return .stopped(refusal) }
            switch commit(message: nil) {
            case .failure(let stop): return .stopped(stop.text)
            case .success(let changes): committed = changes
            }
        } else {
            switch commit(message: tag.text) {
            case .failure(let stop): return .stopped(stop.text)
            case .success(let changes): committed = changes
            }
        }
        guard !git.remotes.isEmpty else {
            return .done(committed: committed, received: nil, pushed: nil, clean: nil, check: .notRun)
        }
        let before = git.head
        let pull = pullArguments()
        let pulled = git.run(pull)
        if !pulled.succeeded {
            if git.isMerging || !git.unmerged.isEmpty { return .stopped(clashMessage(pulled.output)) }
            return .retry("git \(pull.joined(separator: " ")) không thành công; bản commit trên máy này vẫn giữ nguyên.\n"
                + Self.indented(pulled.output) + "Kiểm tra kết nối tới máy chủ git rồi chạy lại hoctap sync.")
        }
        var after = git.head
        var received: SyncChanges?
        if let before, after != before {
            let files = git.changed(Self.files, from: before, to: after)
            received = SyncChanges(before: git.files(files, at: before), after: git.files(files, at: after))
            if let received, isMerge(after, of: before) {
                // git's own "Merge branch 'main' of …" says nothing to a clerk reading the history.
                _ = git.run(["commit", "-q", "--amend", "-m", "\(tag.text): \(Self.mergeWords)" + (received.isEmpty ? "" : ": " + received.text())])
                after = git.head
            }
        }
        // Pushed once the lock is released (`run`).
        return checked(committed: committed, received: received.flatMap { $0.isEmpty ? nil : $0 }, pushed: true,
                       step: after == before ? "khi commit" : "khi gộp", lastClean: lastClean)
    }

    /// The round's end under the lock: the store checked, unless HEAD is the commit last checked
    /// clean. The commit step has just staged every store file and found none differing from HEAD
    /// when it made no commit, so the same HEAD means the same files, which check the same.
    private func checked(committed: SyncChanges?, received: SyncChanges?, pushed: Bool, step: String,
                         lastClean: String?) -> Outcome {
        let head = git.head
        if let head, head == lastClean {
            return .done(committed: committed, received: received, pushed: pushed, clean: head, check: .unchanged)
        }
        if let refusal = checkRefusal(after: step) { return .stopped(refusal) }
        return .done(committed: committed, received: received, pushed: pushed, clean: head, check: .passed)
    }

    /// Commits the store's files when they differ from HEAD, with their changes as the message
    /// (after `label`); with no label, concludes a merge resolved by hand. The changes are
    /// counted on the files git finds changed, so a round costs little when few changed.
    private func commit(message label: String?) -> Result<SyncChanges?, SyncStop> {
        let head = git.head
        let present = Self.files.filter { FileManager.default.fileExists(atPath: git.folder.appendingPathComponent($0).path) }
        let tracked = git.tracked(Self.files)
        let paths = Array(Set(present).union(tracked)).sorted()
        guard !paths.isEmpty else { return .success(nil) }
        let added = git.run(["add", "-A", "--"] + paths)
        guard added.succeeded else { return .failure(SyncStop("git add không thành công:\n" + Self.indented(added.output))) }
        let staged = git.changed(paths, from: head)
        guard !staged.isEmpty || label == nil else { return .success(nil) }
        let current = Dictionary(uniqueKeysWithValues: staged.compactMap { name in
            (try? Data(contentsOf: git.folder.appendingPathComponent(name))).map { (name, String(decoding: $0, as: UTF8.self)) }
        })
        var changes = SyncChanges(before: git.files(staged, at: head), after: current)
        if tracked.isEmpty { changes.initialFiles = staged.count }
        // Files whose bytes are the same but whose mode changed count no record.
        let said = changes.isEmpty ? "cập nhật " + staged.joined(separator: ", ") : changes.text()
        let arguments = label.map { ["commit", "-q", "-m", "\($0): \(said)", "--"] + paths }
            ?? ["commit", "-q", "-m", "\(tag.text): \(Self.mergeWords) (đã xử lý các chỗ khác nhau)"]
        let made = git.run(arguments)
        guard made.succeeded else {
            return .failure(SyncStop("git commit không thành công; không có gì bị mất, các tệp vẫn như trước.\n" + Self.indented(made.output)))
        }
        return .success(changes.isEmpty ? nil : changes)
    }

    /// The message of a merge commit, after the copy's tag.
    static let mergeWords = "gộp dữ liệu từ máy khác"

    /// True when `commit` is a merge whose first parent is `parent` (the pull made it just now).
    private func isMerge(_ commit: String?, of parent: String) -> Bool {
        guard let commit else { return false }
        let ids = git.run(["rev-list", "--parents", "-n", "1", commit]).output.split(whereSeparator: \.isWhitespace)
        return ids.count == 3 && ids[1] == parent
    }

    /// `git pull` on the branch's upstream, or on the first remote's branch of the same name.
    private func pullArguments() -> [String] {
        if git.upstream != nil { return ["pull", "--no-rebase", "--no-edit"] }
        let remote = git.remotes[0], branch = git.branch ?? "main"
        // A remote that has not got the branch yet: the push makes it.
        if !git.run(["ls-remote", "--exit-code", "--heads", remote, branch]).succeeded { return ["fetch", remote] }
        return ["pull", "--no-rebase", "--no-edit", remote, branch]
    }

    private func pushArguments() -> [String] {
        if git.upstream != nil { return ["push", "-q"] }
        return ["push", "-q", "-u", git.remotes[0], "HEAD:" + (git.branch ?? "main")]
    }

    /// The store check after `step`, as `hoctap check` runs it; nil when it has no error.
    private func checkRefusal(after step: String) -> String? {
        let folder = git.folder.path
        let snapshot: StoreSnapshot
        do {
            snapshot = try StoreLoader.load(directory: folder)
        } catch {
            return "không đọc được thư mục dữ liệu sau \(step): \(error)"
        }
        let marks = MergeMarkProblems.lines(in: folder)
        let errors = snapshot.problems.filter { $0.severity == .error }
        guard !marks.isEmpty || !errors.isEmpty else { return nil }
        let listed = errors.map { CheckReport.entry($0, .vi) } + marks
        return "Dữ liệu có lỗi sau \(step) nên chưa gửi đi; bản commit trên máy này vẫn giữ nguyên.\n"
            + Self.indented(listed.joined(separator: "\n")) + (marks.isEmpty ? Self.howToFix : Self.howToGoOn)
    }

    /// A pull that stopped on clashes: the driver's lines (file, key, field, both values), then what to do.
    private func clashMessage(_ output: String) -> String {
        let named = output.split(separator: "\n").filter { line in
            !line.hasPrefix("From ") && !line.hasPrefix(" * ") && !line.hasPrefix("Auto-merging")
                && !line.hasPrefix("CONFLICT") && !line.hasPrefix("Automatic merge failed") && !line.hasPrefix("   ")
        }
        let files = git.unmerged.joined(separator: ", ")
        return "Hai máy sửa khác nhau cùng một bản ghi (\(files)); chưa gửi đi, bản commit trên máy này vẫn giữ nguyên.\n"
            + Self.indented(named.joined(separator: "\n")) + Self.howToGoOn
    }

    /// What to do after a check that failed with no clash marks (two papers with one number, a
    /// record typed wrong): nothing to choose between, only errors to correct.
    static let howToFix = "Cách làm tiếp: sửa các lỗi trên, chạy hoctap check cho đến khi không còn lỗi, rồi chạy lại hoctap sync."

    /// What to do after a stop.
    static let howToGoOn = "Cách làm tiếp: mở tệp được đánh dấu, giữ bản đúng, xoá bản kia và các dòng # <<<<<<< / # ======= / # >>>>>>>, "
        + "chạy hoctap check cho đến khi không còn lỗi, rồi chạy lại hoctap sync."

    static func indented(_ text: String) -> String {
        // git's hints are about its own commands; what to do is said after.
        text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("hint:") }
            .map { "  " + $0 + "\n" }.joined()
    }
}

/// Why a step stopped, in words for the clerk.
struct SyncStop: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
