/// A copy's tag (`BX`): set once per copy of a shared store, kept in a local file, and carried by every id the copy hands out (`KT-BX0001`).

import Foundation
import Recfile

/// The short tag that tells a store's copies apart in the ids they give. Two copies with
/// different tags never give the same id: the tag sits between the set's prefix and the number
/// (`KT` + `-BX` + `0001`), and the number is counted per prefix and tag.
public struct CopyTag: Hashable, Sendable, CustomStringConvertible {
    /// The local file beside the store files that holds the tag; never committed.
    public static let fileName = ".hoctap-copy"

    /// Two to four capital letters A–Z: no digit, so the tag and the number after it never run
    /// into each other.
    public let text: String

    public var description: String { text }

    /// The tag `text` (small letters are raised), or nil when it is not two to four letters A–Z.
    public init?(_ text: String) {
        let upper = text.uppercased()
        guard (2...4).contains(upper.utf8.count), upper.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            return nil
        }
        self.text = upper
    }

    // MARK: The ids

    /// The prefix this tag's ids of a set take, from the prefix of the set's last id: any copy's
    /// tag on it is taken off (`KT-CY` → `KT`), then this one put on (`KT-BX`).
    public func prefix(from last: String) -> String {
        let base = Self.untagged(last)
        return base.hasSuffix("-") ? base + text : base + "-" + text
    }

    /// `KT-BX` → `KT`; a prefix without a tag's shape is kept (`KT` → `KT`, `DHHT-` → `DHHT-`).
    static func untagged(_ prefix: String) -> String {
        guard let (base, _) = split(prefix) else { return prefix }
        return base
    }

    /// A prefix ending in `-` and a tag's letters: (what is before the hyphen, the tag).
    static func split(_ prefix: String) -> (base: String, tag: String)? {
        let letters = prefix.reversed().prefix { $0.isASCII && $0.isUppercase }
        guard (2...4).contains(letters.count) else { return nil }
        let rest = prefix.dropLast(letters.count)
        guard rest.hasSuffix("-"), rest.count > 1 else { return nil }
        return (String(rest.dropLast()), String(letters.reversed()))
    }

    /// The tags the ids `ids` already carry (`KT-BX0001` → `BX`): a new copy's tag must not be one.
    public static func used(in ids: some Sequence<String>) -> Set<String> {
        var found: Set<String> = []
        for id in ids {
            guard let parts = IdAssigner.split(id), let (_, tag) = split(parts.prefix) else { continue }
            found.insert(tag)
        }
        return found
    }

    /// A two-letter tag not in `used`, drawn at random (so two clones made on one machine, or at
    /// one minute, differ); nil when all 676 are used.
    public static func random(avoiding used: Set<String>, using generator: inout some RandomNumberGenerator) -> CopyTag? {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let free = letters.flatMap { a in letters.map { b in String([a, b]) } }.filter { !used.contains($0) }
        return free.randomElement(using: &generator).flatMap(CopyTag.init)
    }

    // MARK: The local file

    /// The tag of the copy in `folder`, or nil when the copy has none (a store not shared).
    /// - Throws: `CopyTagError.unreadable` when the file is there but does not hold a tag.
    public static func read(in folder: String) throws -> CopyTag? {
        let path = RecWriter.storePath(fileName, in: folder)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try FileAccess.readAll(path)
        } catch {
            throw CopyTagError.unreadable(path: path, found: "\(error)")
        }
        let all = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let lines = all.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard lines.count == 1, let tag = CopyTag(lines[0]) else {
            throw CopyTagError.unreadable(path: path, found: lines.joined(separator: " ⏎ "))
        }
        // A folder copied whole (not cloned) would give its ids under the same tag as the folder
        // it came from: its writes stop until it takes a tag of its own.
        if let given = all.first(where: { $0.hasPrefix(placePrefix) }).map({ String($0.dropFirst(placePrefix.count)) }),
           let here = place(of: folder), given != here {
            throw CopyTagError.copiedFolder(folder: folder, tag: tag.text)
        }
        return tag
    }

    /// The file's text: a comment saying what it is, the folder it was given to (`place(of:)`),
    /// then the tag.
    public func fileText(folder: String) -> String {
        fileText + (Self.place(of: folder).map { Self.placePrefix + $0 + "\n" } ?? "")
    }

    /// The file's text without the folder: a comment saying what it is, then the tag.
    public var fileText: String {
        "# Mã của bản sao này (hoctap sync --setup): mã mới của mọi bản ghi thêm ở đây mang nó, ví dụ KT-\(text)0001.\n"
            + "# Không commit, không chép sang máy khác.\n\(text)\n"
    }

    /// The comment that names the folder the tag was given to.
    static let placePrefix = "# thư mục: "

    /// The folder `folder` as the file system knows it (device and inode): the same after a move
    /// within its disk, another for a copy of it.
    public static func place(of folder: String) -> String? {
        FileWindows.identity(folder).map { "\($0.device):\($0.inode)" }
    }
}

/// A copy tag file that cannot be used.
public enum CopyTagError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, found: String)
    /// The tag file came with a copy of another copy's folder.
    case copiedFolder(folder: String, tag: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let found):
            "\(path): cần một mã bản sao gồm 2 đến 4 chữ cái in hoa A–Z (ví dụ BX), nhưng tệp có «\(found)»; "
                + "xoá tệp rồi chạy lại hoctap sync --setup"
        case .copiedFolder(let folder, let tag):
            "\(folder) là bản chép của thư mục khác: mã bản sao \(tag) trong \(CopyTag.fileName) thuộc về thư mục gốc, "
                + "nên hai nơi sẽ cấp trùng mã bản ghi; chưa ghi gì. Chạy hoctap sync --setup --store \(folder) "
                + "để thư mục này nhận mã riêng (lần sau hãy dùng git clone thay vì chép thư mục)"
        }
    }
}

extension CopyTag {
    /// The tags the ids of the store in `folder` carry, read from every record's `Id` in its files.
    /// - Throws: `StoreError` for a file that cannot be read.
    public static func used(inStoreAt folder: String) throws -> Set<String> {
        var ids: [String] = []
        for name in StoreSchema.files {
            let path = RecWriter.storePath(name, in: folder)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let file = RecParser.parse(try FileAccess.readAll(path), file: name)
            ids += file.records.compactMap { $0.value("Id") }
        }
        return used(in: ids)
    }
}
