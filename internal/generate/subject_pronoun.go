package generate

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Sentences about the article's subject that open on "He" or "She". A
// biography tells most of its facts in sentences like "He founded an
// abolitionist newspaper in Rochester": read alone the pronoun is vague,
// so such sentences were never quoted whole, and a biography's themes
// were left with too few items to quiz. A teacher writing the item would
// put the subject's name in place of the pronoun; so does
// subjectResolved, where the pronoun can only mean the subject: the
// sentences before it, back to the nearest one that names a person, name
// no one but the subject.

// resolveBack is how many sentences back the subject may have been named.
const resolveBack = 4

// maxLifeChain bounds how far back a life told by its pronouns is read
// for the sentence that named its subject: a chain of "he" that long is
// a life's whole telling, and a longer walk from every sentence of a
// long text would cost the square of its length.
const maxLifeChain = 60

// biographySubject is the person the article is about and the name it
// uses for them alone ("Douglass"), or "", "": the person whose name
// opens the article's first sentence, named again in a third of its
// paragraphs or more (at least two).
func (a *article) biographySubject() (fullKey, short string) {
	if a.bioDone {
		return a.bioKey, a.bioShort
	}
	a.bioDone = true
	first := a.subjectLead()
	if first == nil {
		return "", ""
	}
	// A biography opens on its subject: the name opens the first
	// sentence, after at most a dateline and an honorific.
	var name *span
	off := datelineEnd(first.text)
	for _, sp := range first.spans {
		if sp.kind == kPerson && sp.start >= off {
			if lead := strings.TrimSpace(first.text[off:sp.start]); lead == "" || honorificRE.MatchString(lead) {
				name = sp
			}
			break
		}
	}
	if name == nil {
		name = bioLeadName(first, off)
	}
	if name == nil {
		name = obituaryLeadName(first, off) // obituary_lead.go
	}
	// A life told by its pronouns: the lead names, after a fronted
	// phrase, the person the course's title names, and the article goes
	// on with "he" or "she" (obituary_lead.go, titledLifeName).
	told := false
	if name == nil {
		if name = a.titledLifeName(first, off); name != nil {
			told = true
		}
	}
	// An obituary's title names its subject, and the lead need not
	// (obituary_lead.go, obituaryTitleName).
	if name == nil {
		if name = a.obituaryTitleName(); name != nil {
			told = true
		}
	}
	if name == nil {
		return "", ""
	}
	// The word of the name the article uses most on its own: the surname
	// in most biographies, never a title or an initial. A subject known
	// by another name than the one they were born with ("Frederick
	// Douglass", born Bailey) has it in the course's title.
	best, bestN := "", 0
	// The birth surname counts too ("Thompson" of Black Francis, born
	// Charles … Thompson IV).
	for _, w := range strings.Fields(name.text + " " + a.course + " " + upperFirst(birthSurname(first, name))) {
		w = strings.Trim(w, ",.’'")
		if len([]rune(w)) < 3 || !unicode.IsUpper([]rune(w)[0]) || strings.ToUpper(w) == w {
			continue
		}
		n, paras := 0, 0
		for _, p := range a.paras {
			if c := countWord(p.text, w); c > 0 {
				n += c
				paras++
			}
		}
		// A life told by its pronouns may name its subject in the lead
		// alone.
		if (paras*3 >= len(a.paras) && paras >= 2 || told && countWord(name.text, w) > 0) && n > bestN {
			best, bestN = w, n
		}
	}
	a.bioTold = told
	if told {
		a.bioNamedIn = name.sent
		// Named once, the subject is called by the surname.
		f := strings.Fields(name.text)
		best = strings.Trim(f[len(f)-1], ",.’'")
	}
	if best == "" {
		return "", ""
	}
	// "Li Wenliang" is Dr Li (family_name_first.go).
	if fam, ok := familyNameFirst(name.text); ok {
		best = fam
	}
	a.bioKey, a.bioShort, a.bioGender = name.key, best, a.subjectGender()
	if countWord(name.text, best) == 0 && strings.EqualFold(best, birthSurname(first, name)) {
		a.bioCalled = stripPostNominals(name.text)
	}
	return a.bioKey, a.bioShort
}

// sharesNameWord reports whether title holds a word of name of three
// letters or more, in any case.
func sharesNameWord(name, title string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		words[strings.Trim(w, ",.’'():;")] = true
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w = strings.Trim(w, ",.’'():;"); len([]rune(w)) >= 3 && words[w] {
			return true
		}
	}
	return false
}

// subjectName is the name items call a biography's subject by: short,
// the name the article uses alone, or the name the subject is known by
// where short is the surname of their birth name (bioCalled).
func (a *article) subjectName(short string) string {
	if a.bioCalled != "" && short == a.bioShort {
		return a.bioCalled
	}
	return short
}

// longLead reports whether s is a statement too long to quiz on
// (usable) that may still open a biography: an encyclopaedia's first
// sentence often lists the subject's works or roles at length ("Lind
// (1850–1921) was a Swedish painter best known for … of which the most
// famous include …"), and it names the subject all the same. It ends
// in a full stop (before any closing quote or bracket), has a verb, and
// is within the size at which any sentence is cut.
func longLead(s *sentence) bool {
	if s.nWords <= 60 || len(s.text) > maxSentenceBytes || !startsUpper(s.text) {
		return false
	}
	end := strings.TrimRight(s.text, `"”’')`)
	if end == "" || end[len(end)-1] != '.' {
		return false
	}
	for _, t := range s.toks {
		if strings.HasPrefix(t.tag, "VB") {
			return true
		}
	}
	return false
}

// countWord counts the occurrences of w in text as a whole word.
func countWord(text, w string) int {
	if w == "" {
		return 0
	}
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return n
		}
		j += i
		before, after := rune(' '), rune(' ')
		if j > 0 {
			before = lastRune(text[:j])
		}
		if j+len(w) < len(text) {
			after = []rune(text[j+len(w):])[0]
		}
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			n++
		}
		i = j + len(w)
	}
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

// subjectPronouns are the pronouns of one person, by the one a sentence
// opens on.
var subjectPronouns = map[string][]string{
	"he":  {"he", "his", "him", "himself"},
	"she": {"she", "her", "hers", "herself"},
}

// subjectResolved returns the sentence with its opening "He" or "She"
// replaced by the article's subject's name, when the pronoun can only
// mean the subject and nothing else in the sentence needs the sentences
// before it; otherwise "".
func (a *article) subjectResolved(s *sentence) string {
	if s == nil || len(s.toks) < 2 {
		return ""
	}
	pron := strings.ToLower(s.toks[0].text)
	own, ok := subjectPronouns[pron]
	if pron == "his" {
		own, ok = subjectPronouns["he"], true
	}
	if !ok || s.toks[0].start != 0 {
		return ""
	}
	subj, short := a.biographySubject()
	if subj == "" || a.bioGender != genderOf(pron) {
		return ""
	}
	// Any other person's pronoun in the sentence ("He met her") needs
	// someone from the text around it.
	for _, t := range s.toks[1:] {
		lw := strings.ToLower(t.text)
		if isPersonalPronoun(lw) && !contains(own, lw) {
			return ""
		}
		if contextWords[lw] {
			return ""
		}
	}
	second := strings.ToLower(strings.Trim(s.toks[1].text, `,`))
	if danglingStarts[second] {
		return ""
	}
	if !a.onlySubjectBefore(s, subj, short) {
		return ""
	}
	name := a.subjectName(short)
	if pron == "his" {
		// "His collection" is the subject's collection.
		if strings.Contains(s.para.text, "’") {
			name += "’s"
		} else {
			name += "'s"
		}
	}
	out := name + s.text[len(s.toks[0].text):]
	// The rest of the sentence must stand alone too: check it as if it
	// opened on the name.
	needs := needsContextOnceNamed(s)
	if needs {
		return ""
	}
	return out
}

// onlySubjectBefore reports whether the sentences before s, back to the
// nearest one that names a person (within resolveBack sentences), name
// only the subject, and every sentence between opens on a pronoun of the
// subject or names no one.
func (a *article) onlySubjectBefore(s *sentence, subj, short string) bool {
	// The subject's pronouns: those of the one s opens on, or, after an
	// opening phrase ("After two years at a stage school, she …"), the
	// biography's.
	gender := genderOf(s.toks[0].text)
	if !isPersonalPronoun(strings.ToLower(s.toks[0].text)) && a.bioGender != "" {
		gender = a.bioGender
	}
	// A life told by its pronouns goes on with them for paragraphs: the
	// chain of its subject's pronouns reaches back to the sentence that
	// named it (titledLifeName, obituaryTitleName).
	reach := resolveBack
	if a.bioTold && a.bioNamedIn != nil && a.bioNamedIn.idx < s.idx {
		reach = min(s.idx-a.bioNamedIn.idx, maxLifeChain)
	}
	for back := 1; back <= reach; back++ {
		i := s.idx - back
		if i < 0 || i >= len(a.sents) {
			return false
		}
		p := a.sents[i]
		named, other := false, false
		for _, sp := range p.spans {
			if sp.kind != kPerson {
				continue
			}
			if sp.key == subj || containsWords(subj, sp.key) || countWord(sp.text, short) > 0 && !kinSharingName(sp, subj) || a.birthName(p, sp) || a.peerageName(p, sp) {
				named = true
			} else {
				other = true
			}
		}
		// A person named without being tagged one ("Anna Murray, a free
		// black woman") shows in the pronouns of the other sex.
		for _, t := range p.toks {
			lw := strings.ToLower(t.text)
			if isPersonalPronoun(lw) && !contains(subjectPronouns[gender], lw) {
				other = true
			}
		}
		if other {
			return false
		}
		// The pronoun takes up the subject of the sentence before:
		// the name must come before that sentence's first verb.
		if named || countWord(p.text, short) > 0 {
			// A life told by its pronouns names its subject in the
			// lead's main clause, after a fronted phrase with verbs of
			// its own (titledLifeName).
			if a.bioTold && (p == a.subjectLead() || p == a.bioNamedIn) {
				return true
			}
			return nameBeforeVerb(p, short) || a.bioCalled != "" && nameBeforeVerb(p, lastWord(a.bioCalled))
		}
		if _, own := subjectPronouns[strings.ToLower(p.toks[0].text)]; !own && strings.ToLower(p.toks[0].text) != "his" && !a.pronounChain(p, s) {
			return false
		}
	}
	return false
}

// nameBeforeVerb reports whether the name is among the words of the
// sentence before its first verb: the sentence's grammatical subject.
func nameBeforeVerb(s *sentence, name string) bool {
	for _, t := range s.toks {
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			return false
		}
		if strings.Trim(t.text, "’'") == name || strings.TrimSuffix(strings.TrimSuffix(t.text, "’s"), "'s") == name {
			return true
		}
	}
	return false
}

// subjectGender is the pronoun the article uses for its subject: "he" or
// "she", whichever the article uses at least twice as often, or "".
func (a *article) subjectGender() string {
	return genderOfCounts(a.pronounCounts())
}

// genderOfCounts is the gender of subjectGender from the article's
// counts of "he" and "she" pronouns.
func genderOfCounts(he, she int) string {
	switch {
	case he > 0 && he >= 2*she:
		return "he"
	case she > 0 && she >= 2*he:
		return "she"
	}
	return ""
}

// toldByPronouns reports whether the article tells its subject by
// personal pronouns of one gender, one to a paragraph at least
// (titledLifeName, obituaryTitleName).
func (a *article) toldByPronouns() bool {
	he, she := a.pronounCounts()
	return genderOfCounts(he, she) != "" && he+she >= len(a.paras)
}

// pronounCounts counts the article's personal pronouns of each gender.
func (a *article) pronounCounts() (he, she int) {
	for _, s := range a.sents {
		for _, t := range s.toks {
			switch lw := strings.ToLower(t.text); {
			case contains(subjectPronouns["he"], lw):
				he++
			case contains(subjectPronouns["she"], lw):
				she++
			}
		}
	}
	return
}

func isPersonalPronoun(w string) bool {
	return contains(subjectPronouns["he"], w) || contains(subjectPronouns["she"], w)
}

func contains(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// genderOf is the key of subjectPronouns for an opening pronoun.
func genderOf(pron string) string {
	if p := strings.ToLower(pron); p == "she" {
		return "she"
	}
	return "he"
}

// selfResolved reports whether a sentence whose only lack is its
// pronouns reads alone all the same: every "he", "she", "his", "her" or
// "him" in it comes after a person the sentence itself names ("Lucy's
// mother kept her pregnancy secret", "Mr Pound says he rang Lucy as soon
// as he got her letter"), and it neither opens on a word that points
// back nor needs the sentences before it otherwise.
func (a *article) selfResolved(s *sentence) bool {
	if s == nil || len(s.toks) == 0 || s.standalone {
		return false
	}
	first := strings.ToLower(strings.Trim(s.toks[0].text, `"“”'‘’,`))
	if danglingStarts[first] || isPersonalPronoun(first) {
		return false
	}
	if a.namedLater(s) {
		return true
	}
	_, short := a.biographySubject()
	for _, t := range s.toks {
		lw := strings.ToLower(t.text)
		if contextWords[lw] {
			return false
		}
		if !isPersonalPronoun(lw) {
			continue
		}
		named := false
		for _, sp := range s.spans {
			if sp.kind == kPerson && sp.end <= t.start {
				named = true
				break
			}
		}
		if !named && short != "" && countWord(s.text[:t.start], short) > 0 {
			named = true
		}
		if !named {
			return false
		}
	}
	needs := needsContextOnceNamed(s)
	return !needs
}

// maxQuotedWords is the most words a quoted phrase may have and still be
// a word or two the narration borrows ("during the 'wild' 1960s"), not a
// speaker's statement.
const maxQuotedWords = 3

// onlyShortQuotes reports whether every quotation in the sentence is a
// phrase of maxQuotedWords words or fewer, and the sentence does not
// open inside one: the narration tells the fact, and quoting it whole
// presents no speaker's opinion as the article's.
func onlyShortQuotes(s *sentence) bool {
	t := strings.NewReplacer("“", `"`, "”", `"`).Replace(s.text)
	if strings.HasPrefix(t, `"`) {
		return false
	}
	parts := strings.Split(t, `"`)
	if len(parts)%2 == 0 {
		return false // a quotation left open
	}
	for i := 1; i < len(parts); i += 2 {
		if n := len(strings.Fields(parts[i])); n == 0 || n > maxQuotedWords {
			return false
		}
	}
	return true
}

// lifeStageTitle titles a biography's first theme, when it tells the
// subject's birth, "Douglass's Early Life", and its last, when it tells
// the subject's death, "Douglass's Later Life": a stage of the life the
// paragraphs share, where the key phrases of such a theme name a detail
// (a town, a parent, a school). Any other theme, or an article that is
// no biography (biographySubject), gets "".
func (a *article) lifeStageTitle(g []int, first, last bool) string {
	_, short := a.biographySubject()
	if short == "" || len(g) == 0 || len(g) == len(a.paras) {
		return ""
	}
	has := func(words ...string) bool {
		for _, p := range g {
			if p < 1 || p > len(a.paras) {
				continue
			}
			for _, w := range words {
				if countWord(a.paras[p-1].text, w) > 0 {
					return true
				}
			}
		}
		return false
	}
	births := a.birthParagraphs(short)
	inLead := 0
	for _, p := range g {
		if len(births) > 0 && p < births[len(births)-1] || len(births) == 0 && p == 1 {
			inLead++
		}
	}
	fromBirth := 0
	for i, p := range g {
		if slices.Contains(births, p) {
			fromBirth = len(g) - i
			break
		}
	}
	switch {
	case first && a.leadDefines() && 2*inLead > len(g):
		return a.leadThemeTitle(short)
	case first && a.birthAfter(g, short) && 2*inLead > len(g):
		// A lead before the body's birth paragraph, though its first
		// sentence does not say what the subject was.
		return a.leadThemeTitle(short)
	case first && a.leadDefines() && a.bornOnlyInLead(g):
		// A lead that says where the subject was born in passing
		// ("Ray was born in the city of Kolkata into …") and goes on
		// with the career is still the lead.
		return a.leadThemeTitle(short)
	case first && a.bioGender != "" && a.leadDefines() && len(births) == 0 && g[0] == 1 && len(g) >= 3 && len(g) < len(a.paras):
		// No paragraph tells the birth: the first theme is the lead
		// and the life it goes on to tell (a voyage, a bankruptcy, an
		// office), which one role of the lead ("Sea Captain") does not
		// sum up. Only of a person the article calls he or she: a
		// league or a company that the lead defines has no life.
		return possessiveName(short, "") + " Life"
	case first && has("born") && !a.birthAfter(g, short):
		return a.earlyLifeTitle(g, short)
	case !first && laterTheme(g) && 2*fromBirth >= len(g) && a.mostlyEarly(g):
		return a.earlyLifeTitle(g, short)
	case !first && len(births) == 0 && a.followsLead(g) && a.mostlyEarly(g) && a.earlyOpening(g[0]):
		// No paragraph opens on the birth, but the theme after the
		// lead opens on the family or the schooling ("Ray's ancestry
		// can be traced back …").
		return a.earlyLifeTitle(g, short)
	case last && !first && a.subjectDies(g, short):
		return short + "'s Later Life"
	}
	return ""
}

// A biography's lead (its opening paragraphs) sums up the whole life
// before the body tells it in order, from a paragraph that tells the
// birth ("Lind was born in Uppsala …"). A first theme made mostly of the
// lead is titled "Lind in Brief", not by the life's first stage nor by a
// detail; a later theme from the body's birth paragraph on is the early
// life.

// laterTheme reports whether g does not start the article.
func laterTheme(g []int) bool { return len(g) > 0 && g[0] > 1 }

// leadDefines reports whether the article's first sentence says what its
// subject was ("Lind (1850–1921) was a Swedish painter"), as a lead does,
// rather than telling the birth as a narrative opens ("Lind was born …").
func (a *article) leadDefines() bool {
	if len(a.paras) == 0 || len(a.paras[0].sents) == 0 {
		return false
	}
	t := bracketsRE.ReplaceAllString(innerBracketsBlank(a.paras[0].sents[0].text), " ")
	m := leadVerbRE.FindStringIndex(t)
	return m != nil && countWord(bornAsideRE.ReplaceAllString(t[:m[0]], ","), "born") == 0
}

// bornAsideRE is an aside on the birth set between the name and the
// verb, "Jacob Kell, born Jakob Keller in Bern, Switzerland, was a": the
// sentence still says what the subject was, as a lead does.
var bornAsideRE = regexp.MustCompile(`,\s*born\b.*,\s*$`)

var (
	bracketsRE = regexp.MustCompile(`\([^()]*\)`)
	leadVerbRE = regexp.MustCompile(`\b(?:was|is)\s+(?:a|an|the|one)\b`)
)

// birthParagraphs are the paragraphs after the first whose first sentence
// tells the subject's birth: "born" after the subject's name or a
// pronoun, or opening the sentence ("Born in Vienna, Lind …").
func (a *article) birthParagraphs(short string) []int {
	if short == "" {
		return nil
	}
	var out []int
	for i, p := range a.paras {
		if i == 0 || len(p.sents) == 0 {
			continue
		}
		t := p.sents[0].text
		if familyOpening(t, short) {
			out = append(out, i+1)
			continue
		}
		low := strings.ToLower(t)
		j := strings.Index(low, "born")
		if j < 0 || countWord(low, "born") == 0 {
			continue
		}
		before := t[:j]
		if strings.HasPrefix(t, "Born") || a.bornAfterName(before, short) || countWord(before, "He") > 0 || countWord(before, "She") > 0 {
			out = append(out, i+1)
		}
	}
	return out
}

// otherPersonInBiography reports whether sp names a person other than the
// subject of a biography (biographySubject).
func (a *article) otherPersonInBiography(sp *span) bool {
	subj, short := a.biographySubject()
	if subj == "" {
		return false
	}
	if strings.Contains(sp.key, " ") {
		// A full name: the subject's, or another's, even one sharing the
		// surname (a parent).
		return sp.key != subj && !containsWords(subj, sp.key)
	}
	return strings.Trim(sp.text, "’'s") != short && !containsWords(subj, sp.key)
}

// needsContextOnceNamed reports whether s leans on the sentences before
// it in anything but its opening word: the check run as if the sentence
// opened on a name.
func needsContextOnceNamed(s *sentence) bool {
	saved := s.standalone
	s.standalone = true
	needs := needsContext(s)
	s.standalone = saved
	return needs
}

// bioLeadRE is the lead of a biography written as reference works write
// it: a name, a bracket holding a year ("(died 1137)", "(c. 1467 –
// 1520)", "(sometimes Payn …; died 1137)"), then "was" or "is".
var bioLeadRE = regexp.MustCompile(`^((?:[A-Z][\p{L}'’-]+|[a-z]{1,4}[A-Z][\p{L}'’-]*|(?:de|da|van|von|del|di|le|la|of)\b)(?:\s+(?:[A-Z][\p{L}'’.-]*|[a-z]{1,4}[A-Z][\p{L}'’-]*|de|da|van|von|del|di|le|la|of)){0,5})\s+\([^()]*\b\d{3,4}\b[^()]*\)\s+(?:was|is)\b`)

// bioLeadName is the subject's name of a biography's first sentence
// whose tagger read its opening name as something else ("Pain
// fitzJohn", "Pain" a place): the words before the bracket of dates,
// where the sentence has the shape of a reference work's lead
// (bioLeadRE) and the name begins with a capital word.
func bioLeadName(first *sentence, off int) *span {
	m := bioLeadRE.FindStringSubmatchIndex(first.text[off:])
	if m == nil {
		return nil
	}
	text := strings.TrimSpace(first.text[off+m[2] : off+m[3]])
	if text == "" || !unicode.IsUpper([]rune(text)[0]) {
		return nil
	}
	return &span{sent: first, start: off + m[2], end: off + m[3], text: text, key: key(text), kind: kPerson, rule: "bio-lead"}
}

// kinSharingName reports whether person span sp, which holds the
// subject's surname, names someone else of the family: a full name with
// a given name that is none of the subject's ("Upendrakishore Ray", the
// grandfather of Satyajit Ray). "He also set up a printing press" after
// it is the grandfather's, not the subject's.
func kinSharingName(sp *span, subj string) bool {
	ws := strings.Fields(sp.key)
	if len(ws) < 2 {
		return false
	}
	own := strings.Fields(subj)
	for _, w := range ws[:len(ws)-1] {
		if len(w) < 2 || nameParticles[w] || honorificRE.MatchString(w) || slices.Contains(own, w) {
			continue
		}
		switch w {
		case "mr", "mrs", "ms", "miss", "mr.", "mrs.", "ms.", "young", "old":
			continue
		}
		return true
	}
	return false
}
