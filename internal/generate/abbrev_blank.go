package generate

import (
	"regexp"
	"strings"
)

// An abbreviation the article also writes in full ("the Northgate Rowing
// Club" and, later, "at NRC") asks for a wording, not a fact, when it is
// blanked: a learner who writes the full name is marked wrong, and one who
// knows the abbreviation learns nothing from the item. Such a blank is not
// drafted; the full name may still be.

// capsRE matches an abbreviation of two to six capitals.
var capsRE = regexp.MustCompile(`^[A-Z]{2,6}$`)

// spelledOutElsewhere reports whether sp's text is an abbreviation whose
// letters are the initials of a name the article writes.
func (a *article) spelledOutElsewhere(sp *span) bool {
	if !capsRE.MatchString(sp.text) {
		return false
	}
	for _, s := range a.sents {
		for _, o := range s.spans {
			if o != sp && nameInitials(o.text) == sp.text {
				return true
			}
		}
	}
	return false
}

// nameInitials returns the first letters of a name's capitalised words,
// skipping a leading "the" and lowercase joining words: "Presentation
// Brothers College" → "PBC"; "" for a single word.
func nameInitials(name string) string {
	f := strings.Fields(strings.TrimPrefix(name, "the "))
	if len(f) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		if w == "" || w[0] < 'A' || w[0] > 'Z' {
			if nameConnectors[w] || w == "the" {
				continue
			}
			return ""
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// Letters after a name ("Ann Reed, OBE (1890–1982)") are an
// honour or a degree the name line carries, never the answer of an item:
// both judges rejected the blank over "OBE" as a wording of the name, not
// a fact of the life. The letters are a closed class: the orders of
// chivalry and decorations, the learned fellowships, the ranks of counsel
// and the doctorates (letters that also stand for other things, as "PC",
// "VC" or "MA" do, are left out).
var honoursLettersRE = regexp.MustCompile(`^(?:CH|KG|KT|FRAM|FRCM|FRCO|[OCMKDG]BE|[KG]CB|[KG]?CMG|[KG]?CVO|LVO|MVO|OM|GC|DSO|DFC|AFC|QPM|FRS|FRSE|FBA|FREng|FRSA|FRSL|FRCP|FRCS|FMedSci|QC|KC|PhD|DPhil|DLitt|LLD)$`)

// honoursLetters reports whether answer text is one or more letters after a
// name ("OBE", "CBE, FRS").
func honoursLetters(text string) bool {
	parts := strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ' ' })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		if !honoursLettersRE.MatchString(strings.ReplaceAll(p, ".", "")) {
			return false
		}
	}
	return true
}
