/// `hoctap sync --setup`: makes the store's git repository merge its recfiles record by record and keep each copy's local files out.

import ArgumentParser
import Foundation
import Store

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share the store through git. For now only --setup: install the record-level merge driver in the store's git repository.",
        discussion: """
        --setup writes merge.hoctap.name and merge.hoctap.driver (this program's absolute path, then \
        merge-driver %O %A %B %P) into the repository's configuration, `*.rec merge=hoctap` into the \
        store folder's .gitattributes, and the files each copy keeps for itself (the lock, the undo \
        journal, …) into its .gitignore. Running it again changes nothing. The store folder must be in a \
        git repository (`git init` first).
        """
    )

    /// The main command's options: `--store` given after the subcommand is read there.
    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: "Install the merge driver and the git files in the store's repository.")
    var setup = false

    func run() throws {
        guard setup else {
            Output.error("hoctap sync: hiện chỉ có hoctap sync --setup (cài bộ gộp theo bản ghi cho kho git của thư mục dữ liệu).\n")
            throw ExitCode(2)
        }
        let location = try reportingFatalErrors { try StoreLocation.resolve(option: display.store) }
        guard !location.isBuiltInDemo, !location.isDemoCopy else {
            Output.error("hoctap sync: cần chỉ rõ thư mục dữ liệu bằng --store DIR (dữ liệu mẫu không đồng bộ).\n")
            throw ExitCode(2)
        }
        let folder = URL(fileURLWithPath: location.directory).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            Output.error("hoctap sync: không có thư mục \(folder.path).\n")
            throw ExitCode(2)
        }
        let inside = Self.git(["rev-parse", "--is-inside-work-tree"], in: folder)
        guard inside.status == 0, inside.output.hasPrefix("true") else {
            Output.error("hoctap sync: thư mục \(folder.path) chưa nằm trong kho git nào. Chạy trước: git init \"\(folder.path)\", rồi hoctap sync --setup --store \"\(folder.path)\".\n")
            throw ExitCode(1)
        }
        let program = Self.programPath()
        var changed: [String] = []
        let wanted = [("merge.\(SyncSetup.driverName).name", SyncSetup.driverTitle),
                      ("merge.\(SyncSetup.driverName).driver", SyncSetup.driverCommand(program: program))]
        for (key, value) in wanted where Self.git(["config", "--local", "--get", key], in: folder).output != value + "\n" {
            let set = Self.git(["config", "--local", key, value], in: folder)
            guard set.status == 0 else {
                Output.error("hoctap sync: git config \(key) không ghi được: \(set.output)\n")
                throw ExitCode(1)
            }
            changed.append(key)
        }
        for (name, lines) in [(".gitattributes", [SyncSetup.attributesLine]), (".gitignore", SyncSetup.localFiles)] {
            let url = folder.appendingPathComponent(name)
            let text = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
            guard let updated = SyncSetup.adding(lines, to: text) else { continue }
            do {
                try Data(updated.utf8).write(to: url, options: .atomic)
            } catch {
                Output.error("hoctap sync: không ghi được \(url.path): \(error.localizedDescription)\n")
                throw ExitCode(1)
            }
            changed.append(name)
        }
        if changed.isEmpty {
            Output.print("Kho git của \(folder.path) đã cài sẵn bộ gộp hoctap; không thay đổi gì.")
        } else {
            Output.print("Đã cài bộ gộp hoctap cho \(folder.path): \(changed.joined(separator: ", ")).")
            Output.print("Bộ gộp: \(program) merge-driver.")
            if changed.contains(where: { $0.hasPrefix(".git") }) {
                Output.print("Hãy commit .gitattributes và .gitignore cùng dữ liệu; mỗi bản sao khác cũng chạy hoctap sync --setup một lần.")
            }
        }
    }

    /// The running program's absolute path (git calls it from any folder).
    static func programPath() -> String {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Runs git in `folder`; its status and what it printed (standard output and error).
    static func git(_ arguments: [String], in folder: URL) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
