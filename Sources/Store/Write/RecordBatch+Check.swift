/// A batch's records placed in their files at once, and the store decoded once to find the errors on each record's lines.

import Recfile

extension RecordBatch {
    /// The lines of one record of the batch in its file.
    struct Placed {
        var file: String
        var lines: ClosedRange<Int>
        var index: Int
    }

    /// Puts the made records of each set after the set's last record (the place
    /// `RecordAddition.placement` gives one record), fills `contents` with each file's new text,
    /// and returns where each record landed. A set whose file declares no such set refuses its
    /// records, as `RecordAddition` does.
    mutating func place(_ sets: [SetSchema], bySet: [String: [Int]], files: [String: [UInt8]],
                        parsed: (String) -> RecFile) -> [Placed] {
        var inserts: [String: [(offset: Int, atEnd: Bool, indices: [Int])]] = [:]
        for set in sets {
            let indices = (bySet[set.name] ?? []).filter { made[$0] != nil }
            guard !indices.isEmpty else { continue }
            let original = files[set.file] ?? Array(StoreSchema.fileHeader(for: set.file).utf8)
            guard let place = RecordAddition.placement(of: set.name, in: original, file: set.file) else {
                for index in indices {
                    made[index] = nil
                    refusals[index] = .unmade(.invalid(set: set.name, problems: [RefusalLine.undeclared(set)]))
                }
                continue
            }
            inserts[set.file, default: []].append((place.offset, place.atEnd, indices))
        }
        var placed: [Placed] = []
        for (name, list) in inserts {
            let original = files[name] ?? Array(StoreSchema.fileHeader(for: name).utf8)
            var out: [UInt8] = []
            out.reserveCapacity(original.count + list.reduce(0) { $0 + $1.indices.count * 160 })
            var newlines = 0
            var from = 0
            for insert in list.sorted(by: { $0.offset < $1.offset }) {
                let kept = original[from..<insert.offset]
                newlines += kept.count(where: { $0 == 0x0A })
                out += kept
                let tail = original[..<insert.offset].suffix(RecordText.tailLength)
                let separator = RecordText.separator(afterTail: tail)
                let linesBefore = newlines, start = out.count
                newlines += separator.count(where: { $0 == 0x0A })
                out += separator
                for (i, index) in insert.indices.enumerated() {
                    guard let record = made[index]?.record else { continue }
                    if i > 0 {
                        out.append(0x0A)
                        newlines += 1
                    }
                    let count = record.bytes.count(where: { $0 == 0x0A })
                    placed.append(Placed(file: name, lines: (newlines + 1)...(newlines + max(1, count)), index: index))
                    newlines += count
                    out += record.bytes
                }
                if !insert.atEnd {
                    out.append(0x0A)
                    newlines += 1
                    if list.count == 1, separator.isEmpty, let set = insert.indices.first.flatMap({ made[$0]?.set.name }) {
                        insertions.append(FileInsertion(file: name, set: set, offset: start, linesBefore: linesBefore,
                                                        bytes: Array(out[start...])))
                    }
                }
                from = insert.offset
            }
            out += original[from...]
            contents[name] = out
        }
        return placed
    }

    /// Decodes the store once with the new contents and gives each record the errors on its lines.
    mutating func check(lines placed: [Placed], files: [String: [UInt8]], now: String) {
        guard !placed.isEmpty else { return }
        var after = files
        for (name, bytes) in contents { after[name] = bytes }
        let snapshot = RecordCheck.check(in: "", lines: 0...0, files: after, now: now).snapshot
        var byFile: [String: [Placed]] = [:]
        for record in placed { byFile[record.file, default: []].append(record) }
        for key in byFile.keys { byFile[key]?.sort { $0.lines.lowerBound < $1.lines.lowerBound } }
        var found: [Int: [StoreProblem]] = [:]
        for problem in snapshot.problems where problem.severity == .error {
            guard let list = byFile[problem.file], let hit = Self.record(at: problem.line, in: list) else { continue }
            found[hit, default: []].append(problem)
        }
        for (index, problems) in found { refusals[index] = .problems(problems) }
    }

    /// The record of `list` (sorted by first line) whose lines hold `line`.
    private static func record(at line: Int, in list: [Placed]) -> Int? {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].lines.lowerBound <= line { low = mid + 1 } else { high = mid }
        }
        guard low > 0, list[low - 1].lines.contains(line) else { return nil }
        return list[low - 1].index
    }
}
