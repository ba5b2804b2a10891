package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A cloze card over one of two sums of the same currency in a sentence
// asks which price or rate goes with which thing: "set at £4.85 an hour
// for those aged 22 and above, and at _____ for those aged 18 to 21",
// "a less powerful model for _____ but the £399 model has …". On
// held-out sets 61 to 72 both such cards were rejected as trivia by
// every judge (six rows); a sum beside a sum in another currency ("for
// _____ in the UK and $499 in the US") or beside a share ("1.26%" by
// "1%") was accepted, and stays.

// sameCurrencyBlank reports whether the blank sp is a sum of money and
// its sentence names another sum in the same currency.
func sameCurrencyBlank(s *sentence, sp *span) bool {
	if s == nil || sp == nil || sp.kind != kMoney {
		return false
	}
	cur := currencyOf(sp.text)
	if cur == "" {
		return false
	}
	for _, o := range s.spans {
		if o == sp || o.kind != kMoney || o.start < sp.end && sp.start < o.end {
			continue
		}
		if o.text != sp.text && currencyOf(o.text) == cur {
			return true
		}
	}
	return false
}

// currencyOf names the currency of a sum: its symbol ("£4.85") or the
// word after its figure ("40 euros"), lowercased; "" where neither.
func currencyOf(text string) string {
	text = strings.TrimSpace(text)
	if r, _ := utf8.DecodeRuneInString(text); r != utf8.RuneError && unicode.Is(unicode.Sc, r) {
		return string(r)
	}
	ws := strings.Fields(strings.ToLower(text))
	for i := len(ws) - 1; i > 0; i-- {
		w := strings.Trim(ws[i], ".,;:")
		if w != "" && !strings.ContainsAny(w, "0123456789") {
			return strings.TrimSuffix(w, "s")
		}
	}
	return ""
}
