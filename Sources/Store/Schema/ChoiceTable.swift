/// Enumerated values matched by their bytes, for the byte decoders.

/// The values of an enumerated field, matched by their bytes.
struct ChoiceTable<E> {
    /// Each value's name packed, as written, and the value, by position. (Three arrays: walking
    /// one array of the three together copied each element, its bytes counted up and down.)
    private let packed: [PackedName]
    private let spelled: [[UInt8]]
    private let values: [E]

    init(_ values: [E], raw: (E) -> String) {
        packed = values.map { PackedName(raw($0)) }
        spelled = values.map { Array(raw($0).utf8) }
        self.values = values
    }

    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> E? {
        let name = PackedName(bytes)
        if name.isExact {
            for i in packed.indices where packed[i] == name { return values[i] }
            return nil
        }
        for i in spelled.indices where spelled[i].elementsEqual(bytes) { return values[i] }
        return nil
    }
}

extension ChoiceTable where E: CaseIterable & RawRepresentable, E.RawValue == String {
    init() {
        self.init(Array(E.allCases), raw: \.rawValue)
    }
}
