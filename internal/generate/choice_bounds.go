package generate

// A stem that gives a full date bounds the years a learner may pick as
// a year does: "Lind (3 May 1850 – 9 June 1921) … was mayor from 1910
// until _____" cannot be answered 1922 or 1925, which fall after the
// death the stem itself states. The tagger reads such dates as dates,
// not years, so the year options were checked against years alone.

// dateYears returns the years of the sentence's full dates other than
// sp, for a year blank: its options must lie on the answer's side of
// each (numberCtx.ok), as of the sentence's other years.
func dateYears(s *sentence, sp *span) []float64 {
	if sp.kind != kYear {
		return nil
	}
	var out []float64
	for _, o := range s.spans {
		if o != sp && o.kind == kDate && o.num.year != 0 {
			out = append(out, float64(o.num.year))
		}
	}
	return out
}
