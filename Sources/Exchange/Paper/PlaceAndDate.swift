/// The place-and-date line of a paper: "Phường Quảng Châu, ngày 10 tháng 10 năm 2022".

import VietText

extension Paper {
    /// "Phường Quảng Châu, ngày 06 tháng 10 năm 2022": the place, then the long date with the leading
    /// zeros administrative papers write (days below 10, months 1 and 2).
    public static func placeAndDate(_ place: String, _ day: some CalendarDay) -> String {
        place + ", " + VietFormat.longDate(day)
    }
}
