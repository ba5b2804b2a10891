package quiz

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// MaxSlug is the longest slug ValidSlug accepts.
const MaxSlug = 64

// Slugify turns a name into a slug that ValidSlug accepts, of at most max
// bytes (MaxSlug when max is 0 or more than MaxSlug): accents folded away
// ("Unité" is "unite"), ASCII letters lowercased and digits kept,
// apostrophes dropped ("Grant's" is "grants"), and every other run of
// characters one hyphen. A slug cut to max ends at a hyphen when one falls
// in its second half. It returns "" when nothing is left, as for a name in
// a script without Latin letters.
func Slugify(s string, max int) string {
	if max <= 0 || max > MaxSlug {
		max = MaxSlug
	}
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(FoldAccents(s)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		case r == '\'' || r == '’':
		default:
			hyphen = true
		}
	}
	out := b.String()
	if len(out) > max {
		out = out[:max]
		if i := strings.LastIndexByte(out, '-'); i > max/2 {
			out = out[:i]
		}
		out = strings.Trim(out, "-")
	}
	return out
}

// unfoldable are the Latin letters that Unicode does not decompose into a
// base letter and an accent, with the ASCII they are written as.
var unfoldable = map[rune]string{
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'ø': "o", 'đ': "d", 'ð': "d",
	'ł': "l", 'þ': "th", 'ı': "i", 'ħ': "h",
}

// FoldAccents writes a text without its accents, as a learner without the
// keys for them types it ("Ngô Đình Diệm" is "Ngo Dinh Diem"), keeping
// case, spacing and punctuation.
func FoldAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if f, ok := unfoldable[unicode.ToLower(r)]; ok {
			if unicode.IsUpper(r) {
				f = strings.ToUpper(f[:1]) + f[1:]
			}
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}
