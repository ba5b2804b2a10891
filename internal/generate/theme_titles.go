package generate

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/lectern/lectern/internal/quiz"
)

// themeTitle is title, except that a theme of the whole article (a short
// news report read in one sitting) is named as the course: its paragraphs
// are about what the article is about, not about the one phrase that
// scores best among them. A title never keeps a transcription or a
// bracketed aside (plainTitle).
func (a *article) themeTitle(g []int, used map[string]bool, subject string) string {
	return plainTitle(a.themeTitleOf(g, used, subject))
}

func (a *article) themeTitleOf(g []int, used map[string]bool, subject string) string {
	if len(g) > 0 && len(g) == len(a.paras) {
		if a.course == "" {
			a.course = a.courseTitle()
		}
		if t := a.wholeLifeTitle(); t != "" {
			return t
		}
		if a.course != "" {
			// A headline claiming what the article does not
			// (headline_claim.go).
			if a.course == a.headline && a.headlineProspectOnly() {
				if t := a.headlineSubjectTitle(g); t != "" {
					return t
				}
			}
			return a.course
		}
	}
	return a.title(g, used, subject)
}

// uniqueSlug is the slug of title, numbered past the slugs used, which it
// joins.
func uniqueSlug(title string, used map[string]bool) string {
	slug := quiz.Slugify(title, 40)
	if slug == "" {
		slug = "part"
	}
	base := slug
	for i := 2; used[slug]; i++ {
		slug = base + "-" + strconv.Itoa(i)
	}
	used[slug] = true
	return slug
}

// nameFullForms gives a shorter form of a name ("Putin", "the College")
// the theme's full name that ends with it ("Vladimir Putin", "Jesus
// College"), the one mentioned most where there are several, and drops
// the full name's own candidate: the name is scored once, by the form
// the theme uses, and titles the theme by its full name. A name that
// only begins another ("Paris" of "Paris Fire Brigade", "Hubble" of
// "Hubble Space Telescope") is another thing.
func nameFullForms(cands []*titleCand) []*titleCand {
	drop := map[*titleCand]bool{}
	for _, c := range cands {
		if !c.sp.kind.proper() {
			continue
		}
		var best *titleCand
		for _, o := range cands {
			if o == c || !o.sp.kind.proper() || !strings.HasSuffix(o.sp.key, " "+c.sp.key) || strings.Contains(o.sp.key, " of ") {
				continue
			}
			if best == nil || o.mentions > best.mentions {
				best = o
			}
		}
		if best != nil && !drop[c] {
			c.full = best.text
			c.said += best.said
			drop[best] = true
		}
	}
	if len(drop) == 0 {
		return cands
	}
	out := cands[:0:0]
	for _, c := range cands {
		if !drop[c] {
			out = append(out, c)
		}
	}
	return out
}

// titleFit scores down a theme title that a reader would not take for
// what the theme's paragraphs are about (a factor of title's score):
//   - a phrase all of whose words are in the course's title ("Financial
//     Crisis" under "Asian Financial Crisis"): it names the whole
//     article, and is shown above every theme already;
//   - a name in fewer than a third of a long theme's paragraphs: a
//     person quoted or a place met in a few of them, not what a theme of
//     four paragraphs or more is about;
//   - a phrase opened by a relative modifier (relativeModifiers);
//   - a phrase whose head noun runs through the rest of the article more
//     than through this theme (headElsewhere);
//   - a figure, a person named once, a lone place, adjective or word of
//     time (titleShape).
func (a *article) titleFit(c *titleCand, group []int) float64 {
	f := 1.0
	if a.course != "" && inTitle(c.sp.key, a.course) {
		f *= 0.05
	}
	if c.sp.kind.proper() && len(group) >= 4 && 3*len(c.paras) < len(group) {
		f *= 0.5
	}
	if c.sp.kind == kTerm && strings.Contains(c.sp.key, " ") && relativeModifiers[firstWord(c.sp.key)] {
		f *= 0.4
	}
	if c.sp.kind == kTerm && a.headElsewhere(c, group) {
		f *= 0.5
	}
	return f * a.titleShape(c)
}

// headElsewhere reports whether a phrase's head noun is in a larger share
// of the paragraphs outside the theme than of the theme's own: "house
// fire" said once in a theme on a life, where the fire is told in the
// next, names the next theme, not this one.
func (a *article) headElsewhere(c *titleCand, group []int) bool {
	ws := strings.Fields(c.sp.key)
	h := stem(ws[len(ws)-1])
	in := 0
	for _, n := range group {
		if a.paras[n-1].words[h] > 0 {
			in++
		}
	}
	out, rest := a.df[h]-in, len(a.paras)-len(group)
	return rest > 0 && out > 0 && float64(out)/float64(rest) > float64(in)/float64(len(group))
}

// relativeModifiers relate a thing to its sentence (enough for what, before
// what, needed by whom) rather than say what kind it is: "sufficient
// supplies", "previous exploration", "required orbit" are phrases of one
// sentence, not titles.
var relativeModifiers = set(`sufficient|insufficient|adequate|previous|prior|subsequent|current|recent|former|latter|
further|additional|initial|final|certain|particular|respective|required|necessary|desired|such|own|next|earlier|later|future`)

// inTitle reports whether every word of key k is a word of title, in any
// of its forms.
func inTitle(k, title string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(key(title)) {
		words[titleStem(w)] = true
	}
	ws := strings.Fields(k)
	for _, w := range ws {
		if !words[titleStem(w)] {
			return false
		}
	}
	return len(ws) > 0
}

// titleShaped reports whether a phrase can stand as a title: it ends on
// a word that is not a preposition, conjunction or article ("Diem and"),
// and has a letter in it.
func titleShaped(t string) bool {
	ws := strings.Fields(t)
	if len(ws) == 0 || smallTitleWords[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	return strings.ContainsFunc(t, unicode.IsLetter)
}

// titleStem is stem, which also folds the Greek plurals of "-sis" nouns
// ("crises", "analyses", "theses") into their singular.
func titleStem(w string) string {
	for _, p := range [][2]string{{"crises", "crisis"}, {"yses", "ysis"}, {"theses", "thesis"}} {
		if strings.HasSuffix(w, p[0]) {
			return strings.TrimSuffix(w, p[0]) + p[1]
		}
	}
	return stem(w)
}

// titleStemPhrase is a phrase with every word through titleStem.
func titleStemPhrase(k string) string {
	f := strings.Fields(k)
	for i, w := range f {
		f[i] = titleStem(w)
	}
	return strings.Join(f, " ")
}

// nearUsed reports whether title t holds a title used already, or is
// held in one ("Semiconductor Supply Chain" after "Global Semiconductor
// Supply Chain"): two themes so titled read as one.
func nearUsed(t string, used map[string]bool) bool {
	k := key(t)
	for u := range used {
		if uk := key(u); containsWords(uk, k) || containsWords(k, uk) {
			return true
		}
	}
	return false
}
