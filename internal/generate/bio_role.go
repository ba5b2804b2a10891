package generate

import "strings"

// A biography's lead says what its subject was ("an English wood engraver
// and colour printer", "a stage actor, writer and entomologist"). The
// lead theme is titled by those roles (lead_role_title.go). A later
// theme is not: titled by the lead's role again ("Heyer as a Detective
// Fiction Novelist" over her yearly output, tax troubles and company) it
// repeats the lead theme's title and names what its paragraphs are not
// about, so it keeps the title its own paragraphs give.

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
		if w != "and" && w != "or" {
			ws[i] = strings.ToUpper(w[:1]) + w[1:]
		}
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
		} else if k := i - 1 - len(mods); len(mods) > 0 && k > 0 && (s.toks[k].text == "and" || s.toks[k].text == "or") {
			// The narrowing words are the last conjunct of coordinated
			// ones ("television and film executive"): the role is the
			// whole phrase, or its head where that is long, never the
			// last conjunct alone ("Film Executive").
			mods = coordinatedMods(s.toks[:k+1], from, mods)
		}
		out = append(out, leadRole{head: w, mods: mods, at: t.start})
	}
	return out
}

// maxRoleWords is the most words a role of coordinated narrowing words
// may have before it is shortened to its head noun.
const maxRoleWords = 4

// coordinatedMods extends the narrowing words last of a role's head
// noun, where toks (up to and including the conjunction before them)
// coordinate them with others before ("television and film"): the whole
// phrase where the role stays short, none (the head alone) where it is
// long or the conjunct before is no narrowing word ("engraver and
// printer" stays two roles, handled by the caller).
func coordinatedMods(toks []tok, from int, last []string) []string {
	conj := toks[len(toks)-1].text
	var first []string
	for k := len(toks) - 2; k >= 0 && toks[k].start >= from; k-- {
		mw := toks[k].text
		if !isLowerWord(mw) || judgementWords[mw] || determiners[mw] || mw == "and" || mw == "or" {
			break
		}
		if occupations[mw] || leadRoles[mw] || (len(mw) > 6 && strings.HasSuffix(mw, "ist")) {
			// Two roles ("engraver and colour printer"): each keeps its own words.
			return last
		}
		first = append([]string{mw}, first...)
	}
	if len(first) == 0 {
		return last
	}
	if len(first)+len(last)+2 > maxRoleWords {
		return nil
	}
	return append(append(first, conj), last...)
}

// leadPredicate returns the article's first sentence and the offset
// where its description begins, after "was a"/"is an" outside brackets;
// nil where there is none.
func (a *article) leadPredicate() (*sentence, int) {
	if len(a.paras) == 0 || len(a.paras[0].sents) == 0 {
		return nil, 0
	}
	s := a.paras[0].sents[0]
	flat := bracketsRE.ReplaceAllStringFunc(innerBracketsBlank(s.text), func(b string) string { return strings.Repeat(" ", len(b)) })
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
