package generate

import (
	"strings"
	"unicode"
)

// A biography's lead says what its subject was ("an English wood engraver
// and colour printer", "a stage actor, writer and entomologist"); the
// body then tells each of those lives in turn. A later theme whose
// sentences about the subject keep coming back to one of the lead's roles
// ("engraved", "engraving", "wood-engraver"; "stage", "theatre") is that
// role's part of the life: "Evans as a Wood Engraver", where the key
// phrases named a detail of one sentence ("Ingram", "Avonia Jones").

// leadRole is one role the lead gives its subject: its head noun and the
// words before it that narrow it ("wood", "television").
type leadRole struct {
	head string
	mods []string
	at   int // where the head noun starts in the sentence
}

// title is the role as a title: "Wood Engraver".
func (r leadRole) title() string {
	ws := append(append([]string{}, r.mods...), r.head)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}

// leadRoles reads the roles of the first sentence's description, after
// "was a"/"is an": each occupation noun with the lower-case words before
// it that are not judgements ("prominent", "first").
func (a *article) leadRoles() []leadRole {
	s, from := a.leadPredicate()
	if s == nil {
		return nil
	}
	var out []leadRole
	for i, t := range s.toks {
		if t.start < from {
			continue
		}
		w := strings.ToLower(t.text)
		if !occupations[w] && !leadRoles[w] && !(len(w) > 6 && strings.HasSuffix(w, "ist")) {
			continue
		}
		var mods []string
		for k := i - 1; k >= 0 && s.toks[k].start >= from; k-- {
			mw := s.toks[k].text
			if !isLowerWord(mw) || judgementWords[mw] || determiners[mw] || mw == "and" || mw == "or" || occupations[mw] || leadRoles[mw] {
				break
			}
			mods = append([]string{mw}, mods...)
		}
		if len(mods) > 2 {
			mods = mods[len(mods)-2:]
		}
		out = append(out, leadRole{head: w, mods: mods, at: t.start})
	}
	return out
}

// leadPredicate returns the article's first sentence and the offset
// where its description begins, after "was a"/"is an" outside brackets;
// nil where there is none.
func (a *article) leadPredicate() (*sentence, int) {
	if len(a.paras) == 0 || len(a.paras[0].sents) == 0 {
		return nil, 0
	}
	s := a.paras[0].sents[0]
	flat := bracketsRE.ReplaceAllStringFunc(s.text, func(b string) string { return strings.Repeat(" ", len(b)) })
	m := leadVerbRE.FindStringIndex(flat)
	if m == nil {
		return nil, 0
	}
	return s, m[1]
}

// judgementWords and determiners end a role's narrowing words.
var (
	judgementWords = set(`prominent|influential|noted|notable|famous|leading|first|second|third|early|late|former|renowned|
celebrated|distinguished|great|important|successful|acclaimed|popular|pioneering|prolific|major|minor|well-known|best-known|respected|eminent`)
	determiners = set(`a|an|the|his|her|their|its|this|that|one|as|who|which`)
)

// leadRoleTitle titles a later theme g of a biography by the lead's role
// its sentences about the subject come back to, in two sentences or
// more, more than any other role: "Evans as a Wood Engraver"; "" where
// none does.
func (a *article) leadRoleTitle(g []int, short string) string {
	roles := a.leadRoles()
	if len(roles) == 0 {
		return ""
	}
	count := make([]int, len(roles))
	for _, p := range g {
		if p < 1 || p > len(a.paras) {
			continue
		}
		for _, s := range a.paras[p-1].sents {
			if !aboutSubject(s, short) {
				continue
			}
			for i, r := range roles {
				if r.in(s) {
					count[i]++
				}
			}
		}
	}
	best, second := -1, 0
	for i, n := range count {
		if best < 0 || n > count[best] {
			if best >= 0 {
				second = max(second, count[best])
			}
			best = i
		} else {
			second = max(second, n)
		}
	}
	if best < 0 || count[best] < 2 || count[best] == second {
		return ""
	}
	t := roles[best].title()
	art := "a"
	if strings.ContainsRune("AEIOU", rune(t[0])) {
		art = "an"
	}
	return short + " as " + art + " " + t
}

// in reports whether a sentence speaks of the role: a word sharing the
// head's first five letters ("engraved" for "engraver"), or one of its
// narrowing words ("stage" of "stage actor").
func (r leadRole) in(s *sentence) bool {
	for _, t := range s.toks {
		for _, w := range strings.FieldsFunc(strings.ToLower(t.text), func(c rune) bool { return !unicode.IsLetter(c) }) {
			if sameRoot(w, r.head) {
				return true
			}
			for _, m := range r.mods {
				if stem(w) == stem(m) {
					return true
				}
			}
		}
	}
	return false
}

// sameRoot reports whether two words share their first five letters, or
// are the same word when either is shorter.
func sameRoot(w, head string) bool {
	if len(w) < 5 || len(head) < 5 {
		return stem(w) == stem(head)
	}
	return w[:5] == head[:5]
}
