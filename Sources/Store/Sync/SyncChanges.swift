/// What changed in a store since its last commit, counted record by record per set: the message of `hoctap sync`'s commit ("thêm 3 khen thưởng, 1 ghi danh").

import Recfile
import VietText

/// The records added, changed and removed between two versions of a store's files, per set.
/// Records of a set with a `%key` are matched on it; a set without one (attendance, the ceremony
/// log) is a list of facts, matched on each record's whole text as the merge driver does.
public struct SyncChanges: Equatable, Sendable {
    /// How many records of each set were added, changed and removed.
    public var added: [String: Int] = [:]
    public var changed: [String: Int] = [:]
    public var removed: [String: Int] = [:]
    /// Files that differ in something other than records (descriptors, comments, `.gitignore`).
    public var otherFiles: [String] = []
    /// Set when these are a store's first data (none of its files committed before): how many
    /// files came in; the text then says "dữ liệu ban đầu" and counts records, not each set.
    public var initialFiles: Int?

    public init() {}

    /// The changes from `before` to `after`: each file's text by name, nil or absent when the
    /// file is not there. A file that is not a recfile of the store counts as an other file.
    public init(before: [String: String], after: [String: String]) {
        for name in Set(before.keys).union(after.keys).sorted() {
            let old = before[name] ?? "", new = after[name] ?? ""
            guard old != new else { continue }
            guard name.hasSuffix(".rec") else {
                otherFiles.append(name)
                continue
            }
            let counted = count(from: RecParagraphs(old), to: RecParagraphs(new))
            if !counted { otherFiles.append(name) }
        }
    }

    /// Counts the records of one file; false when no record changed (the file differs elsewhere).
    private mutating func count(from old: RecParagraphs, to new: RecParagraphs) -> Bool {
        var found = false
        let sets = Set(old.paragraphs.map(\.set)).union(new.paragraphs.map(\.set)).sorted()
        for set in sets {
            let key = new.key(of: set) ?? old.key(of: set)
            let before = Self.records(of: set, in: old, key: key)
            let after = Self.records(of: set, in: new, key: key)
            var add = 0, change = 0, remove = 0
            for (id, texts) in after {
                let earlier = before[id] ?? []
                if key == nil {
                    add += max(0, texts.count - earlier.count)
                } else if earlier.isEmpty {
                    add += 1
                } else if earlier != texts {
                    change += 1
                }
            }
            for (id, texts) in before {
                let later = after[id] ?? []
                remove += key == nil ? max(0, texts.count - later.count) : (later.isEmpty ? 1 : 0)
            }
            if add > 0 { added[set, default: 0] += add }
            if change > 0 { changed[set, default: 0] += change }
            if remove > 0 { removed[set, default: 0] += remove }
            found = found || add + change + remove > 0
        }
        return found
    }

    /// The records of `set`: by key value, or by whole text (with their number) when there is no key.
    private static func records(of set: String, in file: RecParagraphs, key: String?) -> [String: [String]] {
        var found: [String: [String]] = [:]
        for paragraph in file.paragraphs where paragraph.kind == .record && paragraph.set == set {
            let text = paragraph.lines.filter { !$0.hasPrefix("#") }.joined(separator: "\n")
            found[key.flatMap { paragraph.value(of: $0) } ?? text, default: []].append(text)
        }
        return found
    }

    /// True when nothing changed.
    public var isEmpty: Bool {
        added.isEmpty && changed.isEmpty && removed.isEmpty && otherFiles.isEmpty
    }

    /// The first commit of a store: `dữ liệu ban đầu: 12 tệp, 3.456 bản ghi` rather than every set
    /// counted on one long line.
    private func initialText(files: Int, _ language: Language) -> String {
        let records = added.values.reduce(0, +)
        return language.pick("dữ liệu ban đầu: ", "first data: ")
            + VietFormat.integer(files, language) + language.pick(" tệp, ", files == 1 ? " file, " : " files, ")
            + VietFormat.integer(records, language) + language.pick(" bản ghi", records == 1 ? " record" : " records")
    }

    /// `thêm 3 khen thưởng, 1 ghi danh; sửa 1 học viên; xoá 2 điểm danh`, the sets in the
    /// schema's order; `sửa tệp .gitignore` when only other things changed; a store's first data
    /// as `initialFiles` says.
    public func text(_ language: Language = .vi) -> String {
        if let initialFiles { return initialText(files: initialFiles, language) }
        let order = StoreSchema.sets.map(\.name)
        func listed(_ counts: [String: Int]) -> String {
            let names = counts.keys.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) }
            return names.map { "\(VietFormat.integer(counts[$0] ?? 0, language)) \(RecordLabel.word(for: $0, language))" }
                .joined(separator: ", ")
        }
        var parts: [String] = []
        if !added.isEmpty { parts.append(language.pick("thêm ", "added ") + listed(added)) }
        if !changed.isEmpty { parts.append(language.pick("sửa ", "edited ") + listed(changed)) }
        if !removed.isEmpty { parts.append(language.pick("xoá ", "removed ") + listed(removed)) }
        if parts.isEmpty, !otherFiles.isEmpty {
            parts.append(language.pick("sửa tệp ", "edited ") + otherFiles.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
