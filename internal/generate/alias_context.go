package generate

import (
	"regexp"
	"strings"
)

// An item whose sentence names a person only by an alias an earlier
// sentence gives ("In 1737 he … took the alias of William Dale. … the
// constable grew suspicious of Dale …") needs that sentence: the learner
// does not know who Dale is. aliasEdit names the person the alias stands
// for, "Harker (as William Dale)", or holds the sentence back.

// aliasIntroRE finds a name given as an alias, a pseudonym, a stage or pen
// name or a nickname: the name is up to three capitalised words.
var aliasIntroRE = regexp.MustCompile(`(?i:\b(?:alias(?:\s+of)?|pseudonym(?:\s+of)?|(?:assumed|false|stage|pen)\s+name(?:\s+of)?|nickname(?:\s+of)?|nom\s+de\s+guerre(?:\s+of)?|under\s+the\s+name(?:\s+of)?|(?:assumed|took|adopted)\s+the\s+name(?:\s+of)?))\s+["“]?((?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+){0,2})`)

// aliasArticles open a nickname, not a name ("the Iron Duke").
var aliasArticles = set(`The|A|An`)

// aliasTitleWords end a nickname that is no surname: "Duke" of "Iron
// Duke" stands for any duke.
var aliasTitleWords = set(`duke|king|queen|prince|princess|lord|lady|kid|man|woman|boy|girl|baron|count|earl|sir|captain|doctor|general|colonel|major|saint|great|elder|younger`)

// aliasEdit reports whether s names, outside the sentence that gives it,
// an alias an earlier sentence gives (has); the edit puts the article's
// subject's name before it, or ok is false where the article has no one
// person as its subject or the alias is a possessive ("Dale's").
func (a *article) aliasEdit(s *sentence) (e edit, has, ok bool) {
	if s == nil || aliasIntroRE.MatchString(s.text) {
		return edit{}, false, false
	}
	for _, al := range a.aliasIntros() {
		if al.sent.idx >= s.idx {
			break
		}
		if al.known {
			continue
		}
		full, forms := al.full, al.forms
		for _, form := range forms {
			if len(form) < 3 {
				continue
			}
			if _, found := replaceWhole(s.text, form, ""); !found {
				continue
			}
			name := a.subjectPersonName()
			if name == "" || strings.Contains(full, name) {
				return edit{}, true, false
			}
			if strings.Contains(s.text, name) {
				return edit{}, false, false // the person is named
			}
			i := wholeIndex(s.text, form)
			if rest := s.text[i+len(form):]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
				return edit{}, true, false
			}
			return edit{form, name + " (as " + full + ")"}, true, true
		}
	}
	return edit{}, false, false
}

// aliasForms is the alias as it is written without an opening article,
// and the forms a later sentence may call the person by: the whole alias
// and, where it has more words, its last ("Palmer" for "John Palmer";
// not "Duke" for "Iron Duke"). No forms when the alias is an article
// alone.
func aliasForms(name string) (full string, forms []string) {
	words := strings.Fields(name)
	if len(words) > 0 && aliasArticles[words[0]] {
		words = words[1:]
	}
	if len(words) == 0 {
		return "", nil
	}
	full = strings.Join(words, " ")
	forms = []string{full}
	if last := words[len(words)-1]; len(words) > 1 && !aliasTitleWords[strings.ToLower(last)] {
		forms = append(forms, last)
	}
	return full, forms
}

// aliasNamedBefore reports whether a sentence before intro, which gives a
// name as an alias, already calls someone by one of its forms: the name
// the article goes by, explained after the fact ("David Bowie, who has
// died …" in the lead, "David adopted the name Bowie …" later), not an
// alias the reader has not met. Every sentence of an obituary naming
// "Bowie" was held back for the alias before.
func (a *article) aliasNamedBefore(intro *sentence, forms []string) bool {
	for _, p := range a.sents {
		if p.idx >= intro.idx {
			return false
		}
		for _, form := range forms {
			if len(form) >= 3 && wholeIndex(p.text, form) >= 0 {
				return true
			}
		}
	}
	return false
}

// wholeIndex is where replaceWhole would find old in t, or -1.
func wholeIndex(t, old string) int {
	const mark = "\x00"
	r, ok := replaceWhole(t, old, mark)
	if !ok {
		return -1
	}
	return strings.Index(r, mark)
}

// subjectPersonName is the name a biography's subject goes by, or ""
// where the article is no biography.
func (a *article) subjectPersonName() string {
	_, short := a.biographySubject()
	if short == "" {
		return ""
	}
	return a.subjectName(short)
}
