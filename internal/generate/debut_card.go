package generate

import (
	"regexp"
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Where the subject of a biography made their debut. The lead of a
// performer's biography names the work of a debut ("Paige made her
// Broadway debut in Sunset Boulevard in 1996, playing the lead role of
// Norma Desmond, to critical acclaim."), a main fact of the career. Its
// sentence is often held back as a fourth true statement (the honest
// balance), and its names, said once, pass no cloze card's bar, so a
// short biography's one theme stopped at three items. debutCard drafts,
// for a biography's theme still under minProposed after fillThin's other
// items, the card "In which production did Paige make her Broadway debut
// in 1996?" with the work on the back ("Sunset Boulevard"), from a
// sentence that opens on the subject (birthSubject), or on a phrase set
// off by a comma and then the subject's pronoun (frontedResolved),
// followed by "made his/her … debut in" and a work named in capitalised
// words, perhaps after "the" and a word of its kind ("the play Disco
// Pigs"), which then asks the question. A place or a venue ("debut in
// London", "in the Albert Hall") gives no card; nor does a debut whose
// work is not named.

// debutRe matches the words after the subject: group 1 the pronoun, 2
// the words before "debut" ("Broadway", "professional acting"), 3 the
// kind of work, 4 the work, 5 the year after it.
var debutRe = regexp.MustCompile(`^\s+(?:(?:then|later|also|finally|eventually)\s+)?made\s+(his|her)\s+((?:[\p{L}-]+\s+){0,3}?)debut\s+in\s+(?:(?:the|a|an)\s+)?(?:(play|film|musical|opera|production|revival|series|show|movie|ballet|drama|sitcom|serial|comedy|pantomime)\s+)?(\p{Lu}[\p{L}'’.!-]*(?:\s+(?:of|the|and|on|a|an|to|for|at|with)\s+\p{Lu}[\p{L}'’.!-]*|\s+\p{Lu}[\p{L}'’.!-]*)*)(?:\s+in\s+([0-9]{4}))?`)

// debutVenues end the name of a place of performance, not a work.
var debutVenues = set(`hall|theatre|theater|house|centre|center|arena|stadium|club|festival|palladium|garden|gardens|opera|cathedral|church|chapel|college|university|school`)

// debutCard drafts the card on the work of the subject's debut, or nil.
func (a *article) debutCard(s *sentence) *item {
	_, short := a.biographySubject()
	if short == "" || s == nil {
		return nil
	}
	name, rest, ok := a.birthSubject(s)
	if !ok {
		e, fok := a.frontedResolved(s)
		if !fok {
			return nil
		}
		i := strings.Index(s.text, ", "+e.old+" ")
		if i < 0 {
			return nil
		}
		name, rest = e.new, s.text[i+len(", "+e.old):]
	}
	m := debutRe.FindStringSubmatchIndex(rest)
	if m == nil {
		return nil
	}
	pron := rest[m[2]:m[3]]
	if want := genderOf(map[string]string{"his": "he", "her": "she"}[pron]); a.bioGender != "" && a.bioGender != want {
		return nil
	}
	before := rest[m[4]:m[5]]
	kind := "production"
	if m[6] >= 0 {
		kind = rest[m[6]:m[7]]
	}
	work := strings.TrimRight(rest[m[8]:m[9]], ".")
	year := ""
	if m[10] >= 0 {
		year = " in " + rest[m[10]:m[11]]
	}
	f := strings.Fields(work)
	if len(f) == 0 || len(f) > 8 || debutVenues[strings.ToLower(f[len(f)-1])] || countWord(work, short) > 0 {
		return nil
	}
	at := len(s.text) - len(rest) + m[8]
	for _, sp := range s.spans {
		if sp.start < at+len(work) && at < sp.end && (sp.kind == kPlace && sp.rule == "gazetteer" || sp.kind == kPerson || sp.kind.numeric()) {
			return nil
		}
	}
	front := "In which " + kind + " did " + name + " make " + pron + " " + before + "debut" + year + "?"
	if frontGivesAway(name+" "+before+year, key(work)) {
		return nil
	}
	sp := &span{sent: s, start: at, end: at + len(work), text: work, key: key(work), kind: kName, rule: "debut"}
	return &item{sent: s, c: &quiz.Card{Front: front, Back: work}, answer: work, rule: "debut/" + kName.String(), score: s.score, sp: sp, named: true}
}

// fillDebut adds the debut card to a biography's theme still under
// minProposed, where it adds; settle is fillLeadFacts'.
func (a *article) fillDebut(qs, cards []item, sents []*sentence, used map[string]bool, settle func(qs, cards []item) ([]item, int)) []item {
	return a.fillCardRule(qs, cards, sents, used, settle, "debut", a.debutCard, false)
}
