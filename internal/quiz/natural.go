package quiz

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// CompareNatural orders names as a reader expects: letters without regard
// to case, and runs of digits by their value, so that "Learner 2" comes
// before "Learner 10". Names equal that way are ordered by their bytes,
// so that the order is total.
func CompareNatural(a, b string) int {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if isDigit(a[i]) && isDigit(b[j]) {
			ei, ej := digitsEnd(a, i), digitsEnd(b, j)
			// Leading zeros do not count towards the value.
			da, db := strings.TrimLeft(a[i:ei], "0"), strings.TrimLeft(b[j:ej], "0")
			if len(da) != len(db) {
				return cmpInt(len(da), len(db))
			}
			if c := strings.Compare(da, db); c != 0 {
				return c
			}
			i, j = ei, ej
			continue
		}
		ra, na := utf8.DecodeRuneInString(a[i:])
		rb, nb := utf8.DecodeRuneInString(b[j:])
		if c := cmpInt(int(unicode.ToLower(ra)), int(unicode.ToLower(rb))); c != 0 {
			return c
		}
		i, j = i+na, j+nb
	}
	if c := cmpInt(len(a)-i, len(b)-j); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitsEnd(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
