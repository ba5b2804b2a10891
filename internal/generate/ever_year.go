package generate

import (
	"regexp"
	"strconv"
)

// A year that ends a claim of a best-yet ("proved more popular than ever
// in 2004", "had a phenomenal year in 2004", "a record year in 2004") is
// no fact that another year makes false: games may well have been more
// popular than ever in 2003 too, the year before's record being beaten
// in its turn. Blind judges found "more popular than ever in 1998" not
// plainly contradicted by a report on 2004 (SWAP-WEAK). Such a year is
// not swapped into a false statement.
//
// The reverse fault: a year swapped out of a period the same sentence
// dates it by ("the British occupation of Benin City in 1905 during the
// reign of Oba Ovonramwen (r. 1888–97)") is false on its face from its
// own sentence, and tests nothing the article teaches.

// everYearRE is the end of the words before a year that close a claim
// of a best-yet: "than ever in", "ever before in", "a record year in",
// "a phenomenal year in".
var everYearRE = regexp.MustCompile(`(?i)(?:\bthan\s+ever(?:\s+before)?|\bever\s+before|\brecord(?:\s+\p{L}+)?|\b(?:a|an)\s+\p{L}+\s+year)\s+(?:in|of|for|during)\s+$`)

// everYear reports whether year span sp of s closes a claim of a
// best-yet.
func everYear(s *sentence, sp *span) bool {
	if sp.kind != kYear {
		return false
	}
	before := s.text[:sp.start]
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	return everYearRE.MatchString(before)
}

// duringRangeRE is a period the sentence dates with a range of years,
// after "during" ("during the reign of Oba Ovonramwen (r. 1888–97)",
// "during the war (1939–1945)").
var duringRangeRE = regexp.MustCompile(`(?i)\bduring\b[^.;:]{0,60}?\(?(?:r\.\s*|reigned\s+|ruled\s+)?(1[0-9]{3}|20[0-9]{2})\s*[–—-]\s*([0-9]{2,4})\b`)

// duringRangeOK reports whether year v, swapped for year span sp, stays
// inside a period the sentence dates its year by ("the British
// occupation of Benin City in 1897 during the reign of Oba Ovonramwen
// (r. 1888–97)"): a year put outside it contradicts the sentence itself.
func duringRangeOK(s *sentence, sp *span, v float64) bool {
	if sp.kind != kYear {
		return true
	}
	for _, m := range duringRangeRE.FindAllStringSubmatch(s.text, -1) {
		from, err1 := strconv.Atoi(m[1])
		to, err2 := strconv.Atoi(m[2])
		if err1 != nil || err2 != nil {
			continue
		}
		if len(m[2]) == 2 {
			to += from / 100 * 100
			if to < from {
				to += 100
			}
		}
		orig := sp.num.value
		if orig >= float64(from) && orig <= float64(to) && (v < float64(from) || v > float64(to)) {
			return false
		}
	}
	return true
}
