package generate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A lead's bracket after its subject's name may hold a pronunciation and
// the name in other languages and scripts ("Suleiman I ( /ˈsuːlimɑːn/;
// Ottoman Turkish: سلطان سليمان اول, …, Modern Turkish: I. Süleyman
// (Turkish pronunciation: [sylejˈmɑn]) …; 6 November 1494 – …) was …").
// A card or a stem that quotes the sentence with it was judged cluttered
// by both judges: a teacher writes "Suleiman I was the tenth … from
// _____ to his death in 1566". dropNameAsides takes such brackets out of
// items' stems, statements, options and card fronts; the explanation
// still quotes the article as it is.

// dropNameAsides drops name asides (nameAside) from every item's prompt,
// options and card front.
func dropNameAsides(items []item) {
	for i := range items {
		if q := items[i].q; q != nil {
			q.Prompt = withoutNameAsides(q.Prompt)
			for k := range q.Options {
				q.Options[k].Text = withoutNameAsides(q.Options[k].Text)
			}
		}
		if c := items[i].c; c != nil {
			c.Front = withoutNameAsides(c.Front)
		}
	}
}

// withoutNameAsides is text without its round brackets (outermost, with
// what they nest) that are name asides (nameAside). A bracket that holds
// the item's blank keeps the parts of it that hold the blank or a year
// and no aside ("(_____ – 5 September 1566)"); text itself where it has
// none.
func withoutNameAsides(text string) string {
	if !strings.Contains(text, "(") {
		return text
	}
	var b strings.Builder
	last, depth, open := 0, 0, -1
	changed := false
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '(':
			if depth == 0 {
				open = i
			}
			depth++
		case ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth > 0 {
				continue
			}
			inner := text[open+1 : i]
			if !nameAside(inner) {
				continue
			}
			// A bracket glued to the word after it is no aside:
			// dropped, it would glue that word to the one before
			// ("A (в1900)001" read "A001").
			if r, _ := utf8.DecodeRuneInString(text[i+1:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue
			}
			kept := ""
			if strings.Contains(inner, blank) {
				// The blank stays, with the parts around it, or the
				// bracket stays whole.
				if kept = keptAsideParts(inner); !strings.Contains(kept, blank) {
					continue
				}
			}
			start := open
			for start > last && text[start-1] == ' ' {
				start--
			}
			b.WriteString(text[last:start])
			if kept != "" {
				b.WriteString(" (" + kept + ")")
			}
			last = i + 1
			changed = true
		}
	}
	if !changed {
		return text
	}
	b.WriteString(text[last:])
	out := b.String()
	out = strings.ReplaceAll(strings.ReplaceAll(out, " ,", ","), " .", ".")
	return out
}

// keptAsideParts is what a name aside holding a blank keeps: its parts,
// between semicolons outside nested brackets, that hold the blank or a
// year and are no aside themselves.
func keptAsideParts(inner string) string {
	var parts []string
	depth, from := 0, 0
	for i := 0; i <= len(inner); i++ {
		if i < len(inner) {
			switch inner[i] {
			case '(', '[':
				depth++
				continue
			case ')', ']':
				depth--
				continue
			case ';':
				if depth != 0 {
					continue
				}
			default:
				continue
			}
		}
		p := strings.TrimSpace(inner[from:i])
		if (strings.Contains(p, blank) || leadYearRE.MatchString(p)) && !nameAside(p) {
			parts = append(parts, p)
		}
		from = i + 1
	}
	return strings.Join(parts, "; ")
}

// nameAside reports whether the text inside a bracket holds a
// pronunciation (a transcription between slashes or square brackets,
// "pronunciation:", "pronounced"), letters of another script than the
// Latin, or a language's label ("Ottoman Turkish:", "Polish:").
func nameAside(inner string) bool {
	low := strings.ToLower(inner)
	if strings.Contains(low, "pronunciation") || countWord(low, "pronounced") > 0 {
		return true
	}
	if strings.ContainsAny(inner, ipaMarks) {
		return true
	}
	// Two letters of another script in a row: a word written in it, not
	// a unit's sign ("2.5 μm").
	other := 0
	for _, r := range inner {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			if other++; other >= 2 {
				return true
			}
		} else {
			other = 0
		}
	}
	for _, m := range languageLabelRE.FindAllStringSubmatch(inner, -1) {
		if languageWord(m[1]) {
			return true
		}
	}
	return false
}

// languageLabelRE is a label opening a part of a bracket: "Polish:",
// "Modern Turkish:"; its last word is the submatch.
var languageLabelRE = regexp.MustCompile(`(?:^|[;,(]\s*)(?:\p{Lu}\p{Ll}+ )?(\p{Lu}\p{Ll}+):`)

// languageWord reports whether a capitalised word names a language:
// "Polish", "Russian", "Chinese", "Arabic", "Greek", "Latin".
func languageWord(w string) bool {
	if languageNames[strings.ToLower(w)] {
		return true
	}
	if notLanguages[strings.ToLower(w)] {
		return false
	}
	for _, suf := range []string{"ish", "ian", "ese", "ic", "an", "ch", "sh"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

var languageNames = set(`greek|latin|hebrew|hindi|urdu|thai|norse|malay|swahili|tamil|bengali|nepali|punjabi|
hawaiian|maori|zulu|yiddish|basque|catalan|farsi|pashto|lao|khmer|tagalog|yoruba|igbo|hausa|amharic`)

// notLanguages end like a language's name but label other things
// ("Music: …", "Plan: …").
var notLanguages = set(`music|topic|public|clinic|logic|magic|comic|critic|plan|man|woman|human|urban|scan|fan|clan|
span|organic|graphic|traffic|republic|panic|fabric|relic|epic|tactic|mechanic|tonic`)
