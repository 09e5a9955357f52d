/// The three-way merge of one recfile, record by record on each set's `%key`.

/// Merges two versions of a recfile that grew apart from a common one. Records are matched on
/// their set's `%key`; records of a set without a key (an append-only log such as `attendance.rec`)
/// and blocks of comments are matched on their whole text, so they never clash: what one side
/// appended or removed is appended or removed, whatever the order. Descriptors are matched on
/// their set's name. Pure: no file, no git.
///
/// - added on one side: kept; on both sides: ours first, then theirs, each in its own order;
///   the same paragraph added on both sides: once;
/// - changed or removed on one side only: that change;
/// - changed differently on both sides, or removed on one and changed on the other, or a key added
///   differently on both: a clash, written as both versions between `RecMergeMarks` lines.
///
/// The result follows ours: its header, its order, its spacing; their additions go after the
/// paragraph that precedes them in their file (after ours' additions there).
public enum RecMerge {
    public static func merge(base: String, ours: String, theirs: String, file: String) -> RecMergeResult {
        var merger = Merger(file: file, base: Side(base), ours: Side(ours), theirs: Side(theirs))
        return merger.run()
    }
}

/// One version of the file with an identity for each paragraph.
private struct Side {
    let file: RecParagraphs
    /// The identity of each paragraph, in order.
    let ids: [String]
    /// The key value of each record of a keyed set (nil for the others).
    let keys: [String?]
    /// Paragraph index by identity.
    let index: [String: Int]

    init(_ text: String) {
        file = RecParagraphs(text)
        var ids: [String] = []
        var keys: [String?] = []
        var seen: [String: Int] = [:]
        for paragraph in file.paragraphs {
            var id: String
            var key: String?
            switch paragraph.kind {
            case .descriptor: id = "D\u{1}" + paragraph.set
            case .comment: id = "C\u{1}" + paragraph.text
            case .record:
                if let field = file.key(of: paragraph.set), let value = paragraph.value(of: field) {
                    key = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
                    id = "K\u{1}" + paragraph.set + "\u{1}" + key!
                } else {
                    id = "T\u{1}" + paragraph.set + "\u{1}" + paragraph.text
                }
            }
            // The n-th paragraph with the same identity is told from the others by its rank.
            let rank = seen[id, default: 0]
            seen[id] = rank + 1
            id += "\u{1}\(rank)"
            ids.append(id)
            keys.append(key)
        }
        self.ids = ids
        self.keys = keys
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() { index[id] = i }
        self.index = index
    }

    func paragraph(_ id: String) -> RecParagraph? {
        index[id].map { file.paragraphs[$0] }
    }
}

/// A place in the result: paragraphs written together (one, or a marked clash).
private struct Entry {
    var paragraphs: [RecParagraph]
    var kind: RecParagraph.Kind
    var set: String
    /// Added on our side (their additions at the same place go after it).
    var oursAdded: Bool
}

private struct Merger {
    let file: String
    let base: Side
    let ours: Side
    let theirs: Side
    var entries: [Entry] = []
    /// Where each identity placed so far went: an entry, or the bucket after an entry (-1: the start).
    var placed: [String: Place] = [:]
    var buckets: [Int: [Entry]] = [:]
    var clashes: [RecMergeClash] = []
    /// The last entry (a record or the descriptor) of each set, once ours' paragraphs are placed.
    var setEnds: [String: Int] = [:]

    enum Place { case entry(Int), bucket(Int) }

    init(file: String, base: Side, ours: Side, theirs: Side) {
        self.file = file
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }

    mutating func run() -> RecMergeResult {
        for (i, paragraph) in ours.file.paragraphs.enumerated() {
            let id = ours.ids[i]
            let b = base.paragraph(id), t = theirs.paragraph(id)
            var entry = Entry(paragraphs: [paragraph], kind: paragraph.kind, set: paragraph.set, oursAdded: b == nil)
            if let b {
                if let t {
                    if paragraph.sameText(as: b) || paragraph.sameText(as: t) {
                        entry.paragraphs = [t.sameText(as: b) ? paragraph : t]
                    } else if !t.sameText(as: b) {
                        let found = clash(.bothChanged, key: ours.keys[i] ?? paragraph.set, base: b, ours: paragraph, theirs: t)
                        if !found.isEmpty { entry.paragraphs = marked(ours: paragraph, theirs: t) }
                    }
                } else if paragraph.sameText(as: b) {
                    continue // removed on their side
                } else {
                    let found = clash(.removedTheirs, key: ours.keys[i] ?? paragraph.set, base: b, ours: paragraph, theirs: nil)
                    if found.isEmpty { continue } // only comments or spacing changed: the removal stands
                    entry.paragraphs = marked(ours: paragraph, theirs: nil)
                }
            } else if let t, !t.sameText(as: paragraph) {
                let found = clash(.bothAdded, key: ours.keys[i] ?? paragraph.set, base: nil, ours: paragraph, theirs: t)
                if !found.isEmpty { entry.paragraphs = marked(ours: paragraph, theirs: t) }
            }
            placed[id] = .entry(entries.count)
            entries.append(entry)
        }
        for (i, entry) in entries.enumerated() where entry.kind != .comment { setEnds[entry.set] = i }
        // Their records after which their set holds only their own additions: appended at the end
        // of the set, so after ours' additions wherever ours put them.
        var atSetEnd = [Bool](repeating: false, count: theirs.ids.count)
        var onlyAdditions: [String: Bool] = [:]
        for j in theirs.ids.indices.reversed() where theirs.file.paragraphs[j].kind == .record {
            let set = theirs.file.paragraphs[j].set
            atSetEnd[j] = onlyAdditions[set, default: true]
            if base.index[theirs.ids[j]] != nil { onlyAdditions[set] = false }
        }
        for (j, paragraph) in theirs.file.paragraphs.enumerated() {
            let id = theirs.ids[j]
            if placed[id] != nil || ours.index[id] != nil { continue }
            var entry = Entry(paragraphs: [paragraph], kind: paragraph.kind, set: paragraph.set, oursAdded: false)
            if let b = base.paragraph(id) {
                // Removed on our side.
                if b.sameText(as: paragraph) { continue }
                let found = clash(.removedOurs, key: theirs.keys[j] ?? paragraph.set, base: b, ours: nil, theirs: paragraph)
                if found.isEmpty { continue }
                entry.paragraphs = marked(ours: nil, theirs: paragraph)
            }
            place(entry, id: id, after: j, atSetEnd: atSetEnd[j])
        }
        return RecMergeResult(text: text(), clashes: clashes)
    }

    /// Puts their `entry` after the paragraph that precedes it in their file, past ours' additions there.
    mutating func place(_ entry: Entry, id: String, after j: Int, atSetEnd: Bool) {
        var anchor = -1
        // Their additions at the end of a set all go after its last paragraph in the result, in their order.
        if atSetEnd, let last = setEnds[entry.set] {
            buckets[last, default: []].append(entry)
            placed[id] = .bucket(last)
            return
        }
        for k in stride(from: j - 1, through: 0, by: -1) {
            switch placed[theirs.ids[k]] {
            case .bucket(let b)?:
                buckets[b, default: []].append(entry)
                placed[id] = .bucket(b)
                return
            case .entry(let e)?:
                anchor = e
            case nil:
                continue
            }
            break
        }
        while anchor + 1 < entries.count, entries[anchor + 1].oursAdded,
              entry.kind != .record || (entries[anchor + 1].kind == .record && entries[anchor + 1].set == entry.set) {
            anchor += 1
        }
        buckets[anchor, default: []].append(entry)
        placed[id] = .bucket(anchor)
    }

    /// Notes the clashes between the versions of one record or descriptor; none when they differ
    /// only in comments or spacing (then ours, or the side that kept it, stands).
    mutating func clash(_ kind: RecMergeClash.Kind, key: String, base: RecParagraph?, ours: RecParagraph?, theirs: RecParagraph?) -> [RecMergeClash] {
        let set = (ours ?? theirs ?? base)!.set
        var found: [RecMergeClash] = []
        if (ours ?? theirs)!.kind == .descriptor {
            found = [RecMergeClash(kind: kind, file: file, set: set, key: set, field: nil,
                                   base: base?.text, ours: ours?.text, theirs: theirs?.text)]
        } else {
            // A removal against a change: the fields the other side changed; two changes: the
            // fields where the two sides differ.
            let left = ours ?? base!, right = theirs ?? base!
            var names: [String] = []
            for paragraph in [left, right, base].compactMap({ $0 }) {
                for field in paragraph.fields where !names.contains(field.name) { names.append(field.name) }
            }
            for name in names {
                let b = base.flatMap { values(name, $0) }, l = values(name, left), r = values(name, right)
                if l == r { continue }
                found.append(RecMergeClash(kind: kind, file: file, set: set, key: key, field: name, base: b,
                                           ours: ours == nil ? nil : l, theirs: theirs == nil ? nil : r))
            }
        }
        clashes += found
        return found
    }

    func values(_ name: String, _ paragraph: RecParagraph) -> String? {
        let found = paragraph.fields.filter { $0.name == name }.map(\.value)
        return found.isEmpty ? nil : found.joined(separator: "\n")
    }

    /// Both versions between the clash marks; a removed version as a comment saying so.
    func marked(ours: RecParagraph?, theirs: RecParagraph?) -> [RecParagraph] {
        let model = (ours ?? theirs)!
        func note(_ line: String) -> RecParagraph {
            RecParagraph(kind: .comment, set: model.set, lines: [line], gap: 1, line: 0)
        }
        func version(_ paragraph: RecParagraph?) -> RecParagraph {
            guard var paragraph else { return note(RecMergeMarks.removed) }
            paragraph.gap = 1
            return paragraph
        }
        return [note(RecMergeMarks.ours), version(ours), note(RecMergeMarks.middle), version(theirs), note(RecMergeMarks.theirs)]
    }

    func text() -> String {
        var paragraphs: [RecParagraph] = buckets[-1, default: []].flatMap(\.paragraphs)
        for (i, entry) in entries.enumerated() {
            paragraphs += entry.paragraphs
            paragraphs += buckets[i, default: []].flatMap(\.paragraphs)
        }
        var out = String(repeating: "\n", count: ours.file.leadingGap)
        for (i, paragraph) in paragraphs.enumerated() {
            out += paragraph.text + "\n"
            let gap = i == paragraphs.count - 1 ? (ours.file.paragraphs.last?.gap ?? 0) : max(paragraph.gap, 1)
            out += String(repeating: "\n", count: gap)
        }
        return out
    }
}
