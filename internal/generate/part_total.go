package generate

// A total split into its parts. "The party has named the 15 seats where
// … it could beat Labour, and the 12 where … the Conservatives", after
// "it can win 27 new seats": the total is the fact the report turns on,
// and the split is incidental. Blind judges rejected a blank over the 15
// as trivia. A blank over a count is held back where the counts of its
// sentence add up to a count the article gives in another sentence.

// partOfTotal reports whether sp is a count that, with the other counts
// of its sentence, adds up to a count told in another sentence.
func (a *article) partOfTotal(s *sentence, sp *span) bool {
	if sp.kind != kNumber || sp.num.value <= 0 || sp.num.suffix != "" || sp.num.scale != "" {
		return false
	}
	sum, parts := sp.num.value, 1
	for _, o := range s.spans {
		if o == sp || o.kind != kNumber || o.num.value <= 0 || o.num.suffix != "" || o.num.scale != "" {
			continue
		}
		sum += o.num.value
		parts++
	}
	if parts < 2 {
		return false
	}
	for _, t := range a.sents {
		if t == s {
			continue
		}
		for _, o := range t.spans {
			if o.kind == kNumber && o.num.value == sum && o.num.suffix == "" && o.num.scale == "" {
				return true
			}
		}
	}
	return false
}
