/// `hoctap sync --setup`: makes the store's git repository merge its recfiles record by record, keep each copy's local files out, and gives the copy its tag.

import ArgumentParser
import Foundation
import Store

extension SyncCommand {
    /// `--setup`: the driver in git's configuration, the two git files, and the copy's tag.
    func install(in folder: URL) throws {
        let git = SyncGit(folder: folder)
        let program = Self.programPath()
        var changed: [String] = []
        let wanted = [("merge.\(SyncSetup.driverName).name", SyncSetup.driverTitle),
                      ("merge.\(SyncSetup.driverName).driver", SyncSetup.driverCommand(program: program))]
        for (key, value) in wanted where git.run(["config", "--local", "--get", key]).output != value + "\n" {
            let set = git.run(["config", "--local", key, value])
            guard set.succeeded else {
                Output.error("hoctap sync: git config \(key) không ghi được: \(set.output)\n")
                throw ExitCode(1)
            }
            changed.append(key)
        }
        for (name, lines) in [(".gitattributes", [SyncSetup.attributesLine]), (".gitignore", SyncSetup.localFiles)] {
            let url = folder.appendingPathComponent(name)
            let text = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
            guard let updated = SyncSetup.adding(lines, to: text) else { continue }
            try write(updated, to: url)
            changed.append(name)
        }
        let tag = try copyTag(in: folder)
        if let tag { changed.append("\(CopyTag.fileName) (mã bản sao \(tag))") }
        if changed.isEmpty {
            Output.print("Kho git của \(folder.path) đã cài sẵn bộ gộp hoctap; không thay đổi gì.")
        } else {
            Output.print("Đã cài bộ gộp hoctap cho \(folder.path): \(changed.joined(separator: ", ")).")
            Output.print("Bộ gộp: \(program) merge-driver.")
            if let tag { Output.print("Mã mới của các bản ghi thêm ở bản sao này mang mã \(tag), ví dụ KT-\(tag)0001.") }
            if changed.contains(where: { $0.hasPrefix(".git") }) {
                Output.print("hoctap sync commit .gitattributes và .gitignore cùng dữ liệu; mỗi bản sao khác cũng chạy hoctap sync --setup một lần.")
            }
        }
    }

    /// Writes the copy's tag when the copy has none: `--copy`, else two letters at random that no
    /// id of the store carries. Returns the tag written, nil when one was there already.
    private func copyTag(in folder: URL) throws -> CopyTag? {
        var existing: CopyTag?
        var used: Set<String>
        var copiedFrom: String?
        do {
            used = try CopyTag.used(inStoreAt: folder.path)
            do {
                existing = try CopyTag.read(in: folder.path)
            } catch CopyTagError.copiedFolder(_, let tag) {
                // A folder copied whole: its tag is the original's, and a new one replaces it.
                copiedFrom = tag
                used.insert(tag)
            }
        } catch {
            Output.error("hoctap sync: \(error)\n")
            throw ExitCode(1)
        }
        var chosen: CopyTag?
        if let copy {
            guard let tag = CopyTag(copy) else {
                Output.error("hoctap sync: --copy \(copy): mã bản sao cần 2 đến 4 chữ cái A–Z, ví dụ BX.\n")
                throw ExitCode(2)
            }
            if let existing, existing != tag {
                Output.error("hoctap sync: bản sao này đã có mã \(existing) (trong \(CopyTag.fileName)); mã đặt một lần và không đổi.\n")
                throw ExitCode(1)
            }
            if existing == nil, used.contains(tag.text) {
                Output.error("hoctap sync: mã \(tag) đã có trong mã bản ghi của kho (một bản sao khác dùng nó); hãy chọn mã khác.\n")
                throw ExitCode(1)
            }
            chosen = tag
        } else if existing == nil {
            var generator = SystemRandomNumberGenerator()
            chosen = CopyTag.random(avoiding: used, using: &generator)
        }
        if let existing {
            // A tag file of an earlier version: the folder it belongs to is added, nothing else changes.
            let url = folder.appendingPathComponent(CopyTag.fileName)
            let text = existing.fileText(folder: folder.path)
            if (try? Data(contentsOf: url)) != Data(text.utf8) { try write(text, to: url) }
            return nil
        }
        guard let chosen else { return nil }
        try write(chosen.fileText(folder: folder.path), to: folder.appendingPathComponent(CopyTag.fileName))
        if let copiedFrom {
            Output.print("Thư mục này là bản chép của bản sao mang mã \(copiedFrom): nó nhận mã riêng \(chosen); các mã bản ghi đã có giữ nguyên.")
        }
        return chosen
    }

    private func write(_ text: String, to url: URL) throws {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            Output.error("hoctap sync: không ghi được \(url.path): \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
    }

    /// The running program's absolute path (git calls it from any folder).
    static func programPath() -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
