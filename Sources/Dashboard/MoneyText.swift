/// Money on screen, one style per place: full sums in lists and tables, words in tiles and headlines.

import VietText

/// How a pane writes an amount. Lists and tables give the full sum a clerk checks against the
/// receipts ("300.000 đ"); tiles and headlines give it in words, as the ward's reports do
/// ("1,5 triệu đồng"). Abbreviations ("300k", "1,5 tr") are never drawn, though a form still
/// takes them typed.
enum MoneyText {
    /// "300.000 đ", "300,000 VND".
    static func full(_ dong: Int, _ ctx: RenderContext) -> String { VietFormat.money(dong, ctx.language) }

    /// "619,6 triệu đồng", "750 nghìn đồng", "500 đồng".
    static func words(_ dong: Int, _ ctx: RenderContext) -> String { wordParts(dong, ctx).long }

    /// An amount in words in parts, for a tile that sets the number apart: "613,8" and
    /// "triệu đồng" (short: "triệu"); below a thousand, "0" and "đồng" (never "0 đ đồng").
    static func wordParts(_ dong: Int, _ ctx: RenderContext) -> (number: String, unit: String, short: String, long: String) {
        let vnd = ctx.text("đồng", "VND")
        guard dong.magnitude >= 1_000 else {
            let number = VietFormat.integer(dong, ctx.language)
            return (number, vnd, vnd, number + " " + vnd)
        }
        let short = VietFormat.moneyShort(dong, ctx.language)
        guard let space = short.firstIndex(of: " ") else { return (short, vnd, vnd, short + " " + vnd) }
        let number = String(short[..<space]), unit = String(short[short.index(after: space)...])
        return (number, unit + " " + vnd, unit, number + " " + unit + " " + vnd)
    }
}
