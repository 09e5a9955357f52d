/// Fitting text to a number of terminal columns: truncation with "…" and padding, by display width.

/// Where text sits in a wider space.
public enum Alignment: Hashable, Sendable {
    case left, right, center
}

extension String {
    /// This text cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    ///
    /// Widths are display widths (NFD Vietnamese and CJK count right). A wide character that
    /// would straddle the limit is dropped whole, and spaces just before the ellipsis are
    /// dropped ("Nguyễn…", not "Nguyễn …"), so the result may be short; it is never padded.
    /// Width 0 gives ""; a width smaller than the ellipsis gives as much of it as fits.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        if width <= 0 { return "" }
        if displayWidth <= width { return self }
        let mark = ellipsis.displayWidth <= width ? ellipsis : ellipsis.prefix(columns: width)
        var head = prefix(columns: width - mark.displayWidth)
        while head.last == " " { head.removeLast() }
        return head + mark
    }

    /// This text truncated to `width` columns, then padded with spaces to exactly `width`.
    ///
    /// Centred text puts the odd space on the right. Never Foundation's `padding(toLength:)`,
    /// which counts UTF-16 units and shifts decomposed Vietnamese.
    public func padded(toWidth width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        if width <= 0 { return "" }
        let text = truncated(toWidth: width, ellipsis: ellipsis)
        let gap = width - text.displayWidth
        if gap <= 0 { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    /// The longest leading part of this text that fits in `columns`, never splitting a
    /// grapheme cluster. Zero-width clusters right after the cut are kept with it.
    func prefix(columns: Int) -> String {
        var used = 0
        var end = startIndex
        for i in indices {
            let w = DisplayWidth.of(self[i])
            if used + w > columns { break }
            used += w
            end = index(after: i)
        }
        return String(self[..<end])
    }
}
