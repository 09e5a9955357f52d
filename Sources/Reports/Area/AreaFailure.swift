/// Why a member of an area could not be read, or shows the figures it last had: kept as a value, worded when shown, in Vietnamese or English.

import VietText

/// A member's failure, named by the member as the area showed it when it failed.
public struct AreaFailure: Hashable, Sendable {
    /// What went wrong.
    public enum Cause: Hashable, Sendable {
        /// A store folder (its path) could not be read.
        case store(String, Reason)
        /// A published summary (its path) could not be read.
        case summary(String, Reason)
        /// The member read again with more errors than the figures shown.
        case moreErrors(Int)
        /// Read again, nothing came back.
        case unread
        /// A sentence given as it is (in Vietnamese).
        case said(String)
    }

    /// Why a folder or a file could not be read; thrown by the summary's reader.
    public enum Reason: Error, Hashable, Sendable, CustomStringConvertible {
        case folderNotFound, notAFolder, notASummary, cannotOpen, notJSON
        /// The system's words, after "không đọc được:".
        case unreadable(String)
        /// The path that is not a regular file.
        case notRegularFile(String)
        case said(String)

        public func text(_ l: Language) -> String {
            switch self {
            case .folderNotFound: l.pick("không có thư mục này", "no such folder")
            case .notAFolder: l.pick("không phải thư mục", "not a folder")
            case .notASummary: l.pick("không phải tệp số liệu công bố của hoctap (hoctap report --summary)",
                                      "not a published summary of hoctap (hoctap report --summary)")
            case .cannotOpen: l.pick("không mở được tệp", "the file cannot be opened")
            case .notJSON: l.pick("không phải JSON hợp lệ", "not valid JSON")
            case .unreadable(let why): l.pick("không đọc được: ", "unreadable: ") + why
            case .notRegularFile(let path): path + l.pick(" không phải tệp thường", " is not a regular file")
            case .said(let s): s
            }
        }

        public var description: String { text(.vi) }
    }

    /// The member's name the sentence starts with; nil for a sentence given whole.
    public var name: String?
    public var cause: Cause
    /// Whether the member shows the figures it last had.
    public var kept = false

    public init(name: String?, cause: Cause, kept: Bool = false) {
        self.name = name
        self.cause = cause
        self.kept = kept
    }

    /// A sentence as given: "NAME: …" is taken as the member `name`'s, so a new name replaces it.
    public init(_ sentence: String, of name: String) {
        if sentence.hasPrefix(name + ": ") {
            self.init(name: name, cause: .said(String(sentence.dropFirst(name.count + 2))))
        } else {
            self.init(name: nil, cause: .said(sentence))
        }
    }

    /// "Phường X: không đọc được dữ liệu ở … (không có thư mục này)".
    public func text(_ l: Language = .vi) -> String {
        let body: String
        switch cause {
        case .store(let folder, let reason):
            body = l.pick("không đọc được dữ liệu ở ", "could not read the data in ") + folder + " (\(reason.text(l)))"
        case .summary(let file, let reason):
            body = l.pick("không đọc được số liệu công bố ", "could not read the published summary ") + file + " (\(reason.text(l)))"
        case .moreErrors(let n):
            body = l.pick("dữ liệu mới có \(n) lỗi (hoctap check)", "the new data has \(n) " + (n == 1 ? "error" : "errors") + " (hoctap check)")
        case .unread:
            body = AreaWording.unreadable(l)
        case .said(let s):
            body = s
        }
        let kept = kept ? l.pick("; đang hiện số liệu đọc được lần trước", "; showing the figures read last time") : ""
        return (name.map { $0 + ": " } ?? "") + body + kept
    }
}
