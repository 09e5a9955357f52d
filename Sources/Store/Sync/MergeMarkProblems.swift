/// Clash marks left in a store's files by a merge: found by `hoctap check`, which refuses the store until a person resolves them.

import Foundation
import Recfile
import VietText

/// The places of clash marks (`# <<<<<<< ours` …) in a store's files.
public enum MergeMarkProblems {
    /// One line per mark, `awards.rec:57: …`, in file order; empty when the store has none.
    public static func lines(in directory: String, _ language: Language = .vi) -> [String] {
        var found: [String] = []
        for file in StoreSchema.files {
            guard let bytes = try? FileAccess.readAll(RecWriter.storePath(file, in: directory)) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            for line in RecMergeMarks.lines(in: text) {
                found.append("\(file):\(line): " + language.pick(
                    "lỗi: còn dấu xung đột khi gộp từ máy khác; giữ một bản, xoá bản kia và các dòng đánh dấu",
                    "error: a merge clash mark is left; keep one version, delete the other and the marks"))
            }
        }
        return found
    }
}
