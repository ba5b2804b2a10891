package generate

import "strings"

// A blank over a date's month or day. A date blank's options are the same
// date moved by months or days ("October 1521", "May 1521", "January
// 1521" against "August 1521"; perturbDate keeps the year), so the item
// asks which month or day, not which year or what happened: both blind
// judges rejected "Belgrade fell in _____" over "August 1521" as an
// incidental detail, as judges did before the month a protocol was drawn
// up, the month of an auction, the day of a birth and the day an order
// was made. The year of such a date is asked where it is a year alone
// ("in _____" over "1805"), and the date's sentence may still be quoted as
// a true statement; the blank is held back (markIncidental).

// monthBlank reports whether it is a blank, a choice or a card over a
// date with a month ("August 1521", "9 November").
func monthBlank(it *item) bool {
	if it.sp == nil || it.sp.kind != kDate || it.sp.num.month == "" {
		return false
	}
	return strings.HasPrefix(it.rule, "cloze-")
}
