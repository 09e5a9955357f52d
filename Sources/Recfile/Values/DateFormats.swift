/// The store's dates and times speak the text kit's format protocols.

import VietText

extension CalendarDate: CalendarDay {}
extension ClockTime: TimeOfDay {}
