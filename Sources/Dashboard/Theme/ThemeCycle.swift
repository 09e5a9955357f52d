/// F2's order: the theme after the one in use, wrapping around; an unlisted one starts the cycle.

public enum ThemeCycle {
    /// The name after `current` in `order` (compared without case), or the first name when
    /// `current` is not in the order (a theme given as a file, say).
    public static func next(after current: String, in order: [String]) -> String? {
        guard !order.isEmpty else { return nil }
        guard let i = order.firstIndex(where: { $0.lowercased() == current.lowercased() }) else { return order[0] }
        return order[(i + 1) % order.count]
    }
}
