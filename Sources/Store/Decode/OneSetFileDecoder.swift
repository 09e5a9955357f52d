/// The file decoder of a file that holds one set (classes, learners, awards, donations): one
/// record decoder, one snapshot array, and at most one set it refers to.

import Recfile

/// What a record decoder of a one-set file tells the file decoder about its set.
protocol OneSetDecoding {
    associatedtype Model
    init(file: String)
    var r: RawRecordDecoder { get set }
    /// The snapshot's array of the set's records.
    static var records: WritableKeyPath<StoreSnapshot, [Model]> { get }
    /// The set whose keys the records refer to (`Branch`), if any.
    static var referencedSet: String? { get }
    /// The set's name when other files refer to its keys (`Class`, `Learner`), else nil.
    static var publishedSet: String? { get }
    /// The fewest bytes a record takes (its mandatory fields), for reserving room; nil reserves none.
    static var minimumRecordBytes: Int? { get }
    mutating func decode(_ record: RawRecord, references: KeyTable?) -> Model?
    /// Decodes `record` and appends its model, when valid, to the snapshot's array.
    mutating func take(_ record: RawRecord, references: KeyTable?, into s: inout StoreSnapshot)
    /// The set has its own reader of plain records (`takePlain`).
    static var readsPlainRecords: Bool { get }
    /// As `StoreFileDecoder.takePlain`.
    mutating func takePlain(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Int, isFinal: Bool,
                            references: KeyTable?, into s: inout StoreSnapshot) -> PlainRun?
}

/// Most sets refer to no other set, are referred to by no other file and reserve no room.
extension OneSetDecoding {
    static var referencedSet: String? { nil }
    static var publishedSet: String? { nil }
    static var minimumRecordBytes: Int? { nil }
    static var readsPlainRecords: Bool { false }

    mutating func takePlain(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Int, isFinal: Bool,
                            references: KeyTable?, into s: inout StoreSnapshot) -> PlainRun? { nil }

    mutating func take(_ record: RawRecord, references: KeyTable?, into s: inout StoreSnapshot) {
        if let model = decode(record, references: references) { s[keyPath: Self.records].append(model) }
    }
}

final class OneSetFileDecoder<D: OneSetDecoding>: StoreFileDecoder {
    private var decoder: D
    private var references: KeyTable?

    override init(name: String) {
        decoder = D(file: name)
        super.init(name: name)
    }

    override func makeShadow() -> StoreFileDecoder? { OneSetFileDecoder<D>(name: name) }
    override func forEachDecoder(_ body: (inout RawRecordDecoder) -> Void) { body(&decoder.r) }

    override func prepare(_ keys: (String) -> KeyTable?) {
        if let set = D.referencedSet { references = keys(set) }
    }

    override func reserve(_ s: inout StoreSnapshot, bytes: Int) {
        guard let size = D.minimumRecordBytes else { return }
        s[keyPath: D.records].reserveCapacity(s[keyPath: D.records].count + bytes / size)
        decoder.r.reserveKeys(bytes / size)
    }

    override func take(_ record: RawRecord, set: String, into s: inout StoreSnapshot) {
        decoder.take(record, references: references, into: &s)
    }

    override var readsPlainRecords: Bool { D.readsPlainRecords }

    override func takePlain(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Int, isFinal: Bool,
                            into s: inout StoreSnapshot) -> PlainRun? {
        decoder.takePlain(bytes, at: start, line: line, isFinal: isFinal, references: references, into: &s)
    }

    override func keys(of set: String) -> KeyTable? { set == D.publishedSet ? decoder.r.keys : nil }
    override func dangling(to set: String) -> [String] { D.referencedSet == nil ? [] : decoder.r.dangling }
    override var arrays: [SnapshotArray] { [SnapshotArray(D.records)] }
}

extension CourseDecoder: OneSetDecoding {
    static var records: WritableKeyPath<StoreSnapshot, [Course]> { \.classes }
    static var publishedSet: String? { "Class" }
    mutating func decode(_ record: RawRecord, references: KeyTable?) -> Course? { decode(record) }
}

extension LearnerDecoder: OneSetDecoding {
    static var records: WritableKeyPath<StoreSnapshot, [Learner]> { \.learners }
    static var publishedSet: String? { "Learner" }
    mutating func decode(_ record: RawRecord, references: KeyTable?) -> Learner? { decode(record) }
}

extension AwardDecoder: OneSetDecoding {
    static var records: WritableKeyPath<StoreSnapshot, [Award]> { \.awards }
    static var referencedSet: String? { "Branch" }
    /// An award takes at least 64 bytes (its six mandatory fields).
    static var minimumRecordBytes: Int? { 64 }
    static var readsPlainRecords: Bool { true }
    mutating func decode(_ record: RawRecord, references: KeyTable?) -> Award? { decode(record, branches: references) }

    /// The plain awards from `start` on, one after another, in one call: the branches' table and
    /// the snapshot are reached once per run of records, not once per record.
    mutating func takePlain(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Int, isFinal: Bool,
                            references: KeyTable?, into s: inout StoreSnapshot) -> PlainRun? {
        guard let references else { return nil }
        var run = PlainRun(end: start, lines: 0, records: 0)
        while run.end < bytes.count, bytes[run.end] != 0x0A,
              let one = plain(bytes, at: run.end, line: line + run.lines, isFinal: isFinal, branches: references,
                              into: &s.awards) {
            run.end = one.end
            run.lines += one.lines
            run.records += 1
        }
        return run.records > 0 ? run : nil
    }

    /// Written out for awards, a million of them: the generic append went through a key path and
    /// copied each award through its value witnesses.
    mutating func take(_ record: RawRecord, references: KeyTable?, into s: inout StoreSnapshot) {
        if let award = decode(record, branches: references) { s.awards.append(award) }
    }
}

extension DonationDecoder: OneSetDecoding {
    static var records: WritableKeyPath<StoreSnapshot, [Donation]> { \.donations }
    static var referencedSet: String? { "Branch" }
    /// A donation takes at least 48 bytes (its four mandatory fields).
    static var minimumRecordBytes: Int? { 48 }
    mutating func decode(_ record: RawRecord, references: KeyTable?) -> Donation? { decode(record, branches: references) }
}
