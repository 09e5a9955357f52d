/// Builds fields, records and descriptors from the pieces the scanner finds, and collects problems.

import VietText

/// Receives field starts and value segments (byte ranges of the file) and turns them into values.
/// A value's String is made once, when its field is complete.
struct RecAssembler {
    /// One piece of a multi-line value: where it starts in the value and in the file.
    private struct Segment {
        var valueOffset: Int
        var fileOffset: Int
        var line: Int
    }

    /// The field being read: its first segment stays a range of the file until a continuation comes.
    /// Kept in place (not in an Optional) so that appending does not copy it.
    private struct Pending {
        var isOpen = false
        var name = ""
        var line = 0
        var start = 0
        var end = 0
        var hasFirst = false
        var isJoined = false
        var joined: [UInt8] = []
        var segments: [Segment] = []
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var descriptors: [RecDescriptor] = []
    private var records: [RecRecord] = []
    private var problems: [StoreProblem] = []
    private var currentSet: String?
    private var declaredAt: [String: Int] = [:]
    private var fields: [RecField] = []
    private var pending = Pending()
    /// An error was reported while the current record was being read.
    private var recordHasError = false

    /// When set, each record goes here as soon as it is complete instead of being kept.
    private let sink: ((RecRecord) -> Void)?

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, sink: ((RecRecord) -> Void)? = nil) {
        self.bytes = bytes
        self.file = file
        self.sink = sink
    }

    mutating func beginField(name: String, line: Int) {
        finishField()
        pending.isOpen = true
        pending.name = name
        pending.line = line
        pending.hasFirst = false
        pending.isJoined = false
    }

    /// Adds bytes `start..<end` of the file to the open field, after `joiner` if given.
    mutating func appendSegment(start: Int, end: Int, line: Int, joiner: UInt8?) {
        guard pending.isOpen else { return }
        if !pending.hasFirst {
            pending.start = start
            pending.end = end
            pending.hasFirst = true
            return
        }
        if !pending.isJoined {
            pending.isJoined = true
            pending.joined.removeAll(keepingCapacity: true)
            pending.joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pending.start..<pending.end]))
            pending.segments.removeAll(keepingCapacity: true)
            pending.segments.append(Segment(valueOffset: 0, fileOffset: pending.start, line: pending.line))
        }
        if let joiner { pending.joined.append(joiner) }
        pending.segments.append(Segment(valueOffset: pending.joined.count, fileOffset: start, line: line))
        pending.joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    /// Closes the open field, if any, and adds it to the current record.
    mutating func finishField() {
        guard pending.isOpen else { return }
        pending.isOpen = false
        let value: String
        if pending.isJoined {
            let joined = pending.joined
            value = joined.withUnsafeBufferPointer { makeValue($0) }
        } else {
            value = makeValue(UnsafeBufferPointer(rebasing: bytes[pending.start..<pending.end]))
        }
        fields.append(RecField(name: pending.name, value: value, line: pending.line))
    }

    /// The one place a field value's String is made from its bytes.
    private mutating func makeValue(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        if !UTF8Check.isValid(raw) { reportInvalid(raw) }
        // Every value enters the program in NFC, through the text kit's fast path.
        return VietText.nfc(utf8: raw)
    }

    /// One problem per line that holds ill-formed UTF-8, naming the first bad byte's file offset.
    private mutating func reportInvalid(_ raw: UnsafeBufferPointer<UInt8>) {
        let segments = pending.isJoined
            ? pending.segments : [Segment(valueOffset: 0, fileOffset: pending.start, line: pending.line)]
        var reportedLines = Set<Int>()
        var next = UTF8Check.firstInvalid(in: raw)
        while let bad = next {
            let seg = segments.last { $0.valueOffset <= bad.index } ?? segments[0]
            if reportedLines.insert(seg.line).inserted {
                let offset = seg.fileOffset + (bad.index - seg.valueOffset)
                report(line: seg.line, severity: .error, field: pending.name,
                       message: RecMessages.invalidUTF8(byte: raw[bad.index], offset: offset),
                       kind: .invalidUTF8, anchor: .byte(offset))
            }
            next = UTF8Check.firstInvalid(in: raw, from: bad.index + bad.length)
        }
    }

    /// Ends the current record (at a blank line or the end of the file).
    mutating func endRecord() {
        finishField()
        guard let first = fields.first else {
            recordHasError = false
            return
        }
        if let rec = fields.first(where: { $0.name == "%rec" }) {
            declare(rec, descriptorLine: first.line)
        } else {
            for f in fields where f.name.utf8.first == UInt8(ascii: "%") {
                report(line: f.line, severity: .warning, field: f.name, message: RecMessages.specialOutsideDescriptor,
                       anchor: .fieldName)
            }
            let record = RecRecord(set: currentSet, line: first.line, fields: fields, hasSyntaxErrors: recordHasError)
            if let sink { sink(record) } else { records.append(record) }
        }
        fields.removeAll(keepingCapacity: true)
        recordHasError = false
    }

    private mutating func declare(_ rec: RecField, descriptorLine: Int) {
        let name = rec.value.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        guard !name.isEmpty else {
            report(line: rec.line, severity: .error, field: "%rec", message: RecMessages.emptySetName, anchor: .fieldName)
            currentSet = nil
            return
        }
        if let earlier = declaredAt[name] {
            report(line: rec.line, severity: .error, field: "%rec", message: RecMessages.duplicateSet(name, earlier),
                   anchor: .value)
        } else {
            declaredAt[name] = rec.line
        }
        descriptors.append(RecDescriptor(name: name, line: descriptorLine, fields: fields))
        currentSet = name
    }

    mutating func report(line: Int, severity: Severity, field: String? = nil, message: String,
                         kind: ProblemKind = .syntax, anchor: CaretAnchor = .lineStart) {
        var problem = StoreProblem(file: file, line: line, severity: severity, field: field, message: message, kind: kind)
        problem.anchor = anchor
        problems.append(problem)
        if severity == .error, pending.isOpen || !fields.isEmpty { recordHasError = true }
    }

    /// A line that is neither a field, a continuation, a comment nor blank.
    mutating func reportMalformed(line: Int, start: Int, end: Int) {
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        report(line: line, severity: .error, message: RecMessages.malformed(raw))
        if let bad = UTF8Check.firstInvalid(in: raw) {
            report(line: line, severity: .error, message: RecMessages.invalidUTF8(byte: raw[bad.index], offset: start + bad.index),
                   kind: .invalidUTF8, anchor: .byte(start + bad.index))
        }
    }

    mutating func finish() -> RecFile {
        endRecord()
        return RecFile(path: file, descriptors: descriptors, records: records, problems: StoreProblem.sorted(problems))
    }
}
