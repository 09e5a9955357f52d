/// Enumerated values matched by their bytes, for the byte decoders.

/// The values of an enumerated field, matched by their bytes.
struct ChoiceTable<E> {
    private let cases: [(PackedName, [UInt8], E)]

    init(_ values: [E], raw: (E) -> String) {
        cases = values.map { (PackedName(raw($0)), Array(raw($0).utf8), $0) }
    }

    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> E? {
        let packed = PackedName(bytes)
        if packed.isExact { return cases.first { $0.0 == packed }?.2 }
        return cases.first { $0.1.elementsEqual(bytes) }?.2
    }
}

extension ChoiceTable where E: CaseIterable & RawRepresentable, E.RawValue == String {
    init() {
        self.init(Array(E.allCases), raw: \.rawValue)
    }
}
