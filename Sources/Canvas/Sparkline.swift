/// A one-row sparkline: a list of values as bars of eight heights (five in ASCII).

/// Values drawn left to right as "▁▂▃▄▅▆▇█", scaled from zero to `maximum` (or the largest
/// value). A value of zero shows the lowest bar, so the line never has holes; negative and NaN
/// values count as zero. When there are more values than columns, the latest ones are shown.
/// The ASCII fallback uses "_.-=#".
public struct Sparkline: Hashable, Sendable {
    public var values: [Double]
    /// The value drawn as a full bar; nil means the largest value.
    public var maximum: Double?
    public var style: Style
    public var ascii: Bool

    public init(values: [Double], maximum: Double? = nil, style: Style = .plain, ascii: Bool = false) {
        self.values = values
        self.maximum = maximum
        self.style = style
        self.ascii = ascii
    }

    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiLevels: [Character] = ["_", ".", "-", "=", "#"]

    /// The line as text: one character per value, the last `width` values.
    public func line(width: Int) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let levels = ascii ? Sparkline.asciiLevels : Sparkline.blocks
        let top = maximum ?? shown.filter { !$0.isNaN }.max() ?? 0
        return String(shown.map { v -> Character in
            guard top > 0, top.isFinite, !v.isNaN, v > 0 else { return levels[0] }
            let level = (min(v, top) / top * Double(levels.count - 1)).rounded()
            return levels[Int(level)]
        })
    }

    /// Draws the line on the first row of `rect`, clipped to it.
    public func render(in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.write(line(width: rect.width), at: Point(x: rect.x, y: rect.y), style: style, clip: rect)
    }
}
