/// `hoctap sync`: shares the store through git (commit, pull with the record-level merge driver, check, push); `--setup` prepares a copy once.

import ArgumentParser
import Foundation
import Store

struct SyncCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sync",
            abstract: CommandWording.text(
                "Chia sẻ kho qua git: ghi lại các thay đổi (commit), kéo về với trình gộp từng bản ghi, kiểm tra, đẩy lên.",
                "Share the store through git: commit its changes, pull with the record-level merge driver, check, push."),
            discussion: CommandWording.text("""
                --setup (mỗi bản sao một lần) ghi merge.hoctap.name và merge.hoctap.driver (đường dẫn tuyệt đối của chương trình \
                này, rồi merge-driver %O %A %B %P) vào cấu hình của kho git, `*.rec merge=hoctap` vào .gitattributes của thư mục \
                kho, các tệp mỗi bản sao giữ riêng (khoá, sổ hoàn tác, mã bản sao, …) vào .gitignore, và mã bản sao vào \
                .hoctap-copy (hai đến bốn chữ cái; --copy MÃ để tự chọn, nếu không thì hai chữ ngẫu nhiên chưa mã nào của kho \
                mang): mọi mã mới của bản sao này mang nó (KT-BX0001). --register cho bản sao này giữ sổ đăng ký văn bản \
                của trung tâm và hội khuyến học của kho (Register: MÃ trong office.rec): các bản sao khác in số để trống. \
                Chạy lại không thay đổi gì. Thư mục kho phải nằm \
                trong một kho git (chạy `git init` trước).

                Không có --setup: ghi lại (commit) các tệp của kho khi có thay đổi (lời ghi đếm số bản ghi thêm, sửa, xoá \
                theo từng nhóm), kéo về, kiểm tra kho và đẩy lên. Xung đột hay kiểm tra không đạt thì dừng với mã trạng thái 1, \
                lần ghi ở máy này vẫn nguyên. --every SỐ-GIÂY lặp lại đến khi bấm Ctrl-C, mỗi vòng một dòng.
                """, """
                --setup (once per copy) writes merge.hoctap.name and merge.hoctap.driver (this program's absolute path, \
                then merge-driver %O %A %B %P) into the repository's configuration, `*.rec merge=hoctap` into the \
                store folder's .gitattributes, the files each copy keeps for itself (the lock, the undo journal, the \
                copy's tag, …) into its .gitignore, and the copy's tag into .hoctap-copy (two to four letters; \
                --copy TAG chooses it, else two letters at random that no id of the store carries): every new id \
                of this copy carries it (KT-BX0001). --register makes this copy the one that numbers the papers \
                of the store's center and association (Register: TAG in office.rec); the other copies print the \
                number blank. Running it again changes nothing. The store folder must be \
                in a git repository (`git init` first).

                Without --setup: commits the store's files when they changed (the message counts the records \
                added, edited and removed per set), pulls, checks the store and pushes. A clash or a failed check \
                stops with exit status 1 and the local commit intact. --every SECONDS repeats until Ctrl-C, one \
                line a round.
                """)
        )
    }

    /// The main command's options: `--store` given after the subcommand is read there.
    @OptionGroup var display: DisplayOptions

    @Flag(name: .long, help: CommandWording.help(
        "Cài trình gộp, các tệp của git và mã bản sao vào kho git của kho dữ liệu.",
        "Install the merge driver, the git files and the copy's tag in the store's repository."))
    var setup = false

    @Option(name: .long, help: CommandWording.help(
        "Cùng với --setup: mã của bản sao này (2 đến 4 chữ cái A-Z) thay cho mã chọn ngẫu nhiên.",
        "With --setup: this copy's tag (2 to 4 letters A-Z) instead of one drawn at random."))
    var copy: String?

    @Flag(name: .long, help: CommandWording.help(
        "Cùng với --setup: bản sao này giữ sổ đăng ký văn bản (papers.rec); các bản sao khác in số để trống.",
        "With --setup: this copy keeps the register of numbered papers (papers.rec); the other copies print the number blank."))
    var register = false

    @Option(name: .long, help: CommandWording.help(
        "Đồng bộ lại sau mỗi SỐ-GIÂY đến khi bị ngắt (Ctrl-C dừng giữa hai vòng).",
        "Sync again every SECONDS until interrupted (Ctrl-C ends between rounds)."))
    var every: Int?

    func run() throws {
        let folder = try storeFolder()
        let git = SyncGit(folder: folder)
        guard git.isRepository else {
            Output.error("hoctap sync: thư mục \(folder.path) chưa nằm trong kho git nào. Chạy trước: git init \"\(folder.path)\", rồi hoctap sync --setup --store \"\(folder.path)\".\n")
            throw ExitCode(1)
        }
        if setup {
            guard every == nil else {
                Output.error("hoctap sync: --setup và --every không dùng cùng nhau; cài đặt trước, rồi chạy hoctap sync --every.\n")
                throw ExitCode(2)
            }
            try install(in: folder)
            if register { try keepRegister(in: folder) }
            return
        }
        guard !register else {
            Output.error("hoctap sync: --register chỉ dùng với --setup (chọn máy giữ sổ đăng ký văn bản).\n")
            throw ExitCode(2)
        }
        guard copy == nil else {
            Output.error("hoctap sync: --copy chỉ dùng với --setup (mã bản sao đặt một lần).\n")
            throw ExitCode(2)
        }
        if let every, every < 1 {
            Output.error("hoctap sync: --every cần số giây từ 1 trở lên, nhận được \(every).\n")
            throw ExitCode(2)
        }
        let tag = try readiness(of: git)
        try SyncRepeat(round: SyncRound(git: git, tag: tag), every: every).run()
    }

    /// The store folder (never the demo), which must exist.
    private func storeFolder() throws -> URL {
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
        return folder
    }

    /// The copy's tag, when `--setup` has been run here: the driver installed and the tag set.
    private func readiness(of git: SyncGit) throws -> CopyTag {
        let tag: CopyTag?
        do {
            tag = try CopyTag.read(in: git.folder.path)
        } catch {
            Output.error("hoctap sync: \(error)\n")
            throw ExitCode(1)
        }
        // The attribute as --setup writes it, in the store folder's .gitattributes.
        let attributes = (try? Data(contentsOf: git.folder.appendingPathComponent(".gitattributes")))
            .map { String(decoding: $0, as: UTF8.self) }
        let driver = git.config("merge.\(SyncSetup.driverName).driver")
        guard let tag, driver != nil,
              attributes != nil, SyncSetup.adding([SyncSetup.attributesLine], to: attributes) == nil else {
            Output.error("hoctap sync: bản sao này chưa cài bộ gộp theo bản ghi và mã bản sao. "
                + "Chạy một lần: hoctap sync --setup --store \"\(git.folder.path)\".\n")
            throw ExitCode(1)
        }
        // A driver that names another program (an older copy of hoctap, moved or removed) would
        // leave git to merge line by line, or fail.
        guard driver == SyncSetup.driverCommand(program: Self.programPath()) else {
            Output.error("hoctap sync: bộ gộp cài trong kho git trỏ tới một chương trình hoctap khác "
                + "(\(driver ?? "")). "
                + "Chạy lại: hoctap sync --setup --store \"\(git.folder.path)\".\n")
            throw ExitCode(1)
        }
        return tag
    }
}
