/// One place per member, written side by side by the readers of an area, each to its own index.

/// Fixed places filled from several threads, one index per thread and each once; read after all
/// the writers are done (`concurrentPerform` returns only then).
final class MemberSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<AreaMemberReport?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func put(_ index: Int, _ member: AreaMemberReport) { slots[index] = member }

    /// Every place, in order; a place left empty is a bug of the caller.
    var all: [AreaMemberReport] { slots.map { $0! } }
}
