/// `hoctap merge-driver %O %A %B %P`: git's merge driver for the store's recfiles, merging record by record.

import ArgumentParser
import Foundation
import Store

struct MergeDriverCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "merge-driver",
            abstract: CommandWording.text(
                "Trình gộp của git cho các tệp .rec (do `hoctap sync --setup` cài): gộp từng bản ghi theo mã khoá của mỗi nhóm.",
                "Git's merge driver for .rec files (set up by `hoctap sync --setup`): merges record by record on each set's key."),
            discussion: CommandWording.text("""
                git chạy nó dưới dạng `hoctap merge-driver %O %A %B %P`: bản chung, bản của mình (kết quả ghi vào đây), bản của \
                người khác, và đường dẫn của tệp. Mã trạng thái 0 khi gộp trọn vẹn; 1 khi các bản ghi xung đột: mỗi xung đột \
                được nêu trên luồng lỗi và tệp giữ cả hai bản giữa các dòng # <<<<<<< ours … # >>>>>>> theirs, mà \
                `hoctap check` từ chối cho đến khi có người chọn; 2 khi không đọc được một tệp.
                """, """
                git runs it as `hoctap merge-driver %O %A %B %P`: the common version, ours (the result is written \
                there), theirs, and the file's path. Exit status 0 when the merge is clean; 1 when records clash: \
                each clash is named on standard error and the file keeps both versions between # <<<<<<< ours … \
                # >>>>>>> theirs lines, which `hoctap check` refuses until a person chooses; 2 when a file cannot be read.
                """)
        )
    }

    @Argument(help: CommandWording.help("Bản chung của hai bên (%O).", "The common ancestor's version (%O).")) var base: String
    @Argument(help: CommandWording.help("Bản của mình, bị ghi đè bằng kết quả (%A).", "Our version, overwritten with the result (%A).")) var ours: String
    @Argument(help: CommandWording.help("Bản của người khác (%B).", "Their version (%B).")) var theirs: String
    @Argument(help: CommandWording.help("Đường dẫn của tệp trong kho git (%P), để ghi trong thông báo.", "The file's path in the repository (%P), for messages.")) var path: String

    func run() throws {
        var texts: [String] = []
        for file in [base, ours, theirs] {
            guard let data = FileManager.default.contents(atPath: file) else {
                Output.error("hoctap merge-driver: không đọc được \(file) (\(path)); tệp giữ nguyên, git báo xung đột.\n")
                throw ExitCode(2)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                Output.error("hoctap merge-driver: \(path) không phải văn bản UTF-8 nên không gộp theo bản ghi được; tệp giữ nguyên, git báo xung đột (hoctap convert chuyển tệp mã cũ sang UTF-8).\n")
                throw ExitCode(2)
            }
            texts.append(text)
        }
        let result = RecMerge.merge(base: texts[0], ours: texts[1], theirs: texts[2], file: path)
        do {
            try Data(result.text.utf8).write(to: URL(fileURLWithPath: ours), options: .atomic)
        } catch {
            Output.error("hoctap merge-driver: không ghi được kết quả gộp vào \(ours) (\(path)): \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
        if !result.isClean {
            Output.error(MergeClashWording.report(result.clashes, file: path))
            throw ExitCode(1)
        }
    }
}
