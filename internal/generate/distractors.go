package generate

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// distractors returns wrong options for a blank, best first: phrases of the
// same kind taken from the article (person for person, country for country,
// a noun phrase with the same head for a noun phrase, a number of similar
// size in the same unit), then, for numbers only, look-alikes made by
// perturbing the answer. None equals the answer or another option, contains
// or is contained in the answer, or occurs in the sentence.
func (a *article) distractors(s *sentence, sp *span) []option {
	sentKey := " " + key(s.text) + " "
	// A key in the sentence, possessive or not ("Russia’s" is "russias").
	inSentence := func(k string) bool { return hasWord(sentKey, k) }
	type scored struct {
		option
		n, dist int
	}
	var cands []scored
	ansID := a.identity(sp.key)
	ansInfo := a.info[sp.key]
	dir := 0
	var nctx *numberCtx
	if sp.kind.numeric() {
		dir = bound(s, sp)
		nctx = newNumberCtx(s, sp)
		nctx.article = a
	}
	for _, k := range a.byKind[sp.kind] {
		info := a.info[k]
		mentions := a.byKey[k]
		o := mentions[0]
		if k == sp.key || inSentence(k) || info.equivalent(k, ansInfo, sp.key) || (o.sub != subCountry && info.allModifiers) || info.allPartial {
			continue
		}
		text := info.surface
		if sp.kind.proper() {
			// Another name of something the sentence names ("JWST"
			// where it has "the James Webb Space Telescope").
			if a.namedIn(s, sp, k) || a.sameNamed(sp.key, k) {
				continue
			}
			// "the Steelyard" offered for "Dortmund": the article before
			// a name tells the options apart.
			if sp.kind != kPerson && sp.the != strings.HasPrefix(text, "the ") {
				continue
			}
		}
		if sp.kind.proper() && !a.optionFits(s, sp, k, o, text) {
			continue
		}
		q := 0.0
		switch {
		case sp.kind == kPerson:
			id := a.identity(k)
			if id == ansID || anyWordIn(id, sentKey) {
				continue
			}
			// Offer names in the answer's form: surnames for a surname,
			// full names for a full name.
			single := !strings.Contains(sp.key, " ")
			switch {
			case single && strings.Contains(k, " "):
				f := strings.Fields(text)
				text = f[len(f)-1]
			case !single && !strings.Contains(k, " "):
				if id != k {
					continue // the full name is offered instead
				}
			}
			k = id
			q = 1
		case sp.kind == kOrg:
			q = 1
			// An organisation only the model's label calls one ("the
			// Continental Divide") is a weak match.
			if weakRule(o.rule) || weakRule(sp.rule) {
				q = 0.7
			}
		case sp.kind == kPlace:
			// A place that lies in the answer, or the answer in it, would
			// be right too: "Pensacola" for "the Florida Panhandle".
			if a.overlaps(sp.key, k) {
				continue
			}
			switch {
			case sp.sub != "" && sp.sub == o.sub:
				q = 1
			case sp.sub == "" && o.sub == subCountry:
				// An unknown place may lie in the country offered for it
				// ("the herd in Poland" is true of Białowieża too).
				continue
			case sp.sub == "" && o.sub == "":
				q = 0.7
			default:
				continue // a region is no distractor for a country, nor a place of unknown kind for a city
			}
		case sp.kind == kName:
			if sp.sub != o.sub {
				continue
			}
			q = 0.9
			// Names of no known kind are of one kind only when they end
			// alike ("… System"): "Interstate" is no "Mesoscale
			// Convective System".
			if sp.sub == "other" && lastWord(k) != lastWord(sp.key) {
				continue
			}
			if sp.sub == "facility" && lastWord(k) != lastWord(sp.key) {
				q = 0.5 // a station for a line
			}
		case sp.kind == kTerm:
			if o.plural != sp.plural || a.weight[k] < 0.05 {
				continue
			}
			switch {
			case o.head == sp.head:
				q = 1
			case suffix3(o.head) == suffix3(sp.head):
				q = 0.6
			default:
				q = 0.35
			}
			if len(strings.Fields(k)) != len(strings.Fields(sp.key)) {
				q -= 0.25 // a longer answer stands out
			}
			if sharesModifier(k, sp.key) || stemPhrase(k) == stemPhrase(sp.key) || synonymous(k, sp.key) {
				continue // "military power" for "economic power imbalance"
			}
			if !a.massCountOK(s, sp, k) {
				continue // "7% more droplet"
			}
		case sp.kind.numeric():
			q = numericQuality(sp, o)
			text = formatLike(sp, o.num, text)
			if q == 0 || !boundOK(sp, text, dir) || !nctx.ok(text) {
				continue
			}
		}
		cands = append(cands, scored{option{text: text, key: k, quality: q, article: true}, len(mentions), distance(info.sents, s.idx)})
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].quality != cands[j].quality {
			return cands[i].quality > cands[j].quality
		}
		if cands[i].n != cands[j].n {
			return cands[i].n > cands[j].n
		}
		if cands[i].dist != cands[j].dist {
			return cands[i].dist < cands[j].dist
		}
		return cands[i].key < cands[j].key
	})
	var out []option
	take := func(o option) {
		for _, x := range out {
			if x.key == o.key || equivalent(x.key, o.key) || key(x.text) == key(o.text) || sameThing(x.key, o.key) {
				return
			}
		}
		if sameThing(sp.key, o.key) {
			return
		}
		if key(o.text) == sp.key || inSentence(key(o.text)) || !boundOK(sp, o.text, dir) {
			return
		}
		if sp.kind.numeric() && !nctx.ok(o.text) {
			return
		}
		if v, ok := amountOf(o.text); sp.kind == kNumber && (!ok || !a.yearLikeNumberOK(s, sp, o.text, v)) { // year_number.go
			return
		}
		// An option the article states in this sentence's terms
		// elsewhere is also right. (Checked on the best few only: it
		// reads every sentence that mentions the option.)
		if o.article && !a.swapIsFalse(s, o.key) {
			return
		}
		out = append(out, o)
	}
	for i, o := range cands {
		// Past the best 40 the options are weak, and where every one
		// fails (an article of like sentences) reading them all costs
		// time in proportion to the article for every blank.
		if len(out) == 3 || i == 40 {
			break
		}
		take(o.option)
	}
	if len(out) < 3 && sp.kind.numeric() {
		for _, t := range perturb(sp) {
			if len(out) == 3 {
				break
			}
			take(option{text: t, key: key(t), quality: 0.65})
		}
	}
	return out
}

func suffix3(w string) string {
	if len(w) < 3 {
		return w
	}
	return w[len(w)-3:]
}

// sharesModifier reports whether two noun phrases share a non-head word,
// which makes one a near-paraphrase of the other.
func sharesModifier(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	for _, x := range fa[:len(fa)-1] {
		for _, y := range fb[:len(fb)-1] {
			if x == y {
				return true
			}
		}
	}
	return false
}

// equivalent reports whether two keys name the same thing or overlap: one
// contains the other as words ("Putin", "Vladimir Putin") or one is the
// other's initials ("U.S.", "United States").
func equivalent(a, b string) bool {
	if a == b || containsWords(a, b) || containsWords(b, a) {
		return true
	}
	ia, ib := strings.ToLower(initials(a)), strings.ToLower(initials(b))
	na, nb := strings.ReplaceAll(a, " ", ""), strings.ReplaceAll(b, " ", "")
	return (len(na) >= 2 && len(ib) >= 2 && na == ib) || (len(nb) >= 2 && len(ia) >= 2 && nb == ia)
}

func anyWordIn(k, sentKey string) bool {
	for _, w := range strings.Fields(k) {
		if len(w) > 2 && strings.Contains(sentKey, " "+w+" ") {
			return true
		}
	}
	return false
}

func lastWord(k string) string {
	f := strings.Fields(k)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// keyInfo caches what distractor choice needs to know about a key.
type keyInfo struct {
	surface      string
	allModifiers bool
	initials     string // lowercase initials of the key's words
	compact      string // the key without spaces
	sents        []int  // sorted indices of the sentences mentioning it
	allPartial   bool   // every mention is half of a larger name: "Interstate"
}

// index builds the per-key and per-kind tables.
func (a *article) index() {
	a.info = map[string]*keyInfo{}
	a.byKind = map[kind][]string{}
	for _, k := range a.keys {
		ms := a.byKey[k]
		info := &keyInfo{surface: surface(ms), allModifiers: allModifiers(ms), allPartial: allPartial(ms),
			initials: strings.ToLower(initials(k)), compact: strings.ReplaceAll(k, " ", "")}
		for _, m := range ms {
			if n := len(info.sents); n == 0 || info.sents[n-1] != m.sent.idx {
				info.sents = append(info.sents, m.sent.idx)
			}
		}
		a.info[k] = info
		a.byKind[ms[0].kind] = append(a.byKind[ms[0].kind], k)
	}
}

// equivalent is the package function equivalent with cached initials.
func (x *keyInfo) equivalent(k string, y *keyInfo, yk string) bool {
	if y == nil {
		return equivalent(k, yk)
	}
	if k == yk || containsWords(k, yk) || containsWords(yk, k) {
		return true
	}
	return (len(x.compact) >= 2 && len(y.initials) >= 2 && x.compact == y.initials) ||
		(len(y.compact) >= 2 && len(x.initials) >= 2 && y.compact == x.initials)
}

func allPartial(mentions []*span) bool {
	for _, m := range mentions {
		if !m.partial {
			return false
		}
	}
	return true
}

func allModifiers(mentions []*span) bool {
	for _, m := range mentions {
		if !m.modifier {
			return false
		}
	}
	return true
}

func stemPhrase(k string) string {
	f := strings.Fields(k)
	for i, w := range f {
		f[i] = stem(w)
	}
	return strings.Join(f, " ")
}

// Modifiers close enough in meaning that swapping them does not make a
// phrase wrong ("global system", "international system").
var synonymGroups = []map[string]bool{
	set(`global|international|world|worldwide|multinational`),
	set(`economic|financial|fiscal|monetary`),
	set(`mutual|shared|joint|common|reciprocal|bilateral|combined`),
	set(`military|defense|defence|security|strategic`),
	set(`political|diplomatic|governmental`),
	set(`big|large|major|great|huge|significant|considerable`),
	set(`small|little|minor|tiny|slight`),
	set(`fresh|drinking|clean`),
	set(`rising|growing|increasing|expanding`),
}

func synonymous(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	if len(fa) != len(fb) || len(fa) < 2 || fa[len(fa)-1] != fb[len(fb)-1] {
		return false
	}
	for i := 0; i < len(fa)-1; i++ {
		if fa[i] == fb[i] {
			continue
		}
		same := false
		for _, g := range synonymGroups {
			if g[fa[i]] && g[fb[i]] {
				same = true
			}
		}
		if !same {
			return false
		}
	}
	return true
}

// surface picks how to write a distractor: its most frequent spelling, with
// "the" when the article usually writes it so.
func surface(mentions []*span) string {
	counts := map[string]int{}
	best, bestN, withThe := "", 0, 0
	for _, m := range mentions {
		t := m.text
		if m.kind == kTerm {
			t = strings.ToLower(t)
		}
		counts[t]++
		if counts[t] > bestN {
			best, bestN = t, counts[t]
		}
		if m.the {
			withThe++
		}
	}
	// "TALLAHASSEE" in a dateline or a heading: the capitals would mark
	// the option out.
	if best == strings.ToUpper(best) && len(best) > 6 {
		for t := range counts {
			if t != strings.ToUpper(t) {
				best = t
			}
		}
		if best == strings.ToUpper(best) {
			best = titleCase(strings.ToLower(best))
		}
	}
	if withThe*2 > len(mentions) {
		return "the " + best
	}
	return best
}

// distance is how many sentences separate idx from the nearest of sents
// (sorted sentence indices).
func distance(sents []int, idx int) int {
	i := sort.SearchInts(sents, idx)
	d := math.MaxInt
	if i < len(sents) {
		d = sents[i] - idx
	}
	if i > 0 {
		d = min(d, idx-sents[i-1])
	}
	return d
}

// numericQuality rates article number o as a distractor for sp: the same
// kind and unit, and a similar size.
func numericQuality(sp, o *span) float64 {
	a, b := sp.num, o.num
	switch sp.kind {
	case kYear:
		if a.suffix != b.suffix || a.value == b.value {
			return 0
		}
		if a.suffix == "s" && int(b.value)%10 != 0 {
			return 0
		}
		switch d := math.Abs(a.value - b.value); {
		case d <= 40:
			return 1
		case d <= 60:
			return 0.7
		}
		// "1500" offered for "1805": a year from another age is no
		// plausible option; look-alikes serve better.
		return 0
	case kDate:
		if sp.sub != o.sub {
			return 0
		}
		return 1
	case kCentury:
		return 1
	case kPercent:
		if a.value == b.value {
			return 0
		}
		return 1
	case kMoney, kNumber:
		if sp.sub != o.sub || scaled(a) == scaled(b) {
			return 0
		}
		r := scaled(a) / scaled(b)
		if r < 1 {
			r = 1 / r
		}
		switch {
		case r <= 5:
			return 1
		case r <= 20:
			return 0.7
		}
		return 0
	}
	return 0
}

func scaled(n numInfo) float64 {
	v := n.value
	switch strings.TrimSpace(strings.ToLower(n.scale)) {
	case "thousand":
		v *= 1e3
	case "million", "m":
		v *= 1e6
	case "billion", "bn":
		v *= 1e9
	case "trillion":
		v *= 1e12
	case "hundred":
		v *= 100
	}
	if v == 0 {
		return 1e-9
	}
	return v
}

// perturb makes look-alike numbers for a numeric answer, in its format.
func perturb(sp *span) []string {
	n := sp.num
	var vals []float64
	switch sp.kind {
	case kYear:
		steps := []float64{-3, 2, -6, 5, -10, 8}
		if n.suffix == "s" && int(n.value)%10 == 0 {
			steps = []float64{-10, 10, -20, 20, -30} // decades stay decades
		}
		for _, d := range steps {
			vals = append(vals, n.value+d)
		}
	case kCentury:
		for _, d := range []float64{-1, 1, -2, 2} {
			if n.value+d > 0 {
				vals = append(vals, n.value+d)
			}
		}
	case kDate:
		return perturbDate(n)
	case kNumber:
		if ratingSpan(sp.sent, sp) { // rating_swap.go
			vals = ratingClasses(n.value)
			break
		}
		vals = perturbCount(n)
	case kPercent:
		for _, f := range []float64{0.5, 1.5, 0.75, 2, 1.25, 1.33} {
			v := roundLike(n.value*f, n.decimals)
			if v > 0 && v <= 100 {
				vals = append(vals, v)
			}
		}
	default:
		vals = perturbCount(n)
	}
	var out []string
	for _, v := range vals {
		if v == n.value {
			continue
		}
		// "13.0-meter" for "6.5-meter": a figure written to a precision
		// it does not have stands out.
		if n.decimals > 0 && v == math.Trunc(v) {
			continue
		}
		out = append(out, formatNum(sp, v))
	}
	return out
}

// perturbCount returns look-alike values for a count or an amount: near
// it for a small whole number, a multiple of it otherwise.
func perturbCount(n numInfo) []float64 {
	var vals []float64
	if n.value < 10 && n.decimals == 0 {
		for _, d := range []float64{1, -1, 2, -2, 3} {
			if n.value+d > 0 {
				vals = append(vals, n.value+d)
			}
		}
		return vals
	}
	for _, f := range []float64{0.5, 1.5, 2, 0.75, 3} {
		vals = append(vals, roundLike(n.value*f, n.decimals))
	}
	return vals
}

// roundLike rounds v to the given decimals, or for whole numbers of two or
// more digits to two significant figures, so that look-alikes look written.
func roundLike(v float64, decimals int) float64 {
	if decimals > 0 {
		p := math.Pow(10, float64(decimals))
		return math.Round(v*p) / p
	}
	if v < 10 {
		return math.Round(v)
	}
	mag := math.Pow(10, math.Floor(math.Log10(v))-1)
	return math.Round(v/mag) * mag
}

func formatNum(sp *span, v float64) string {
	n := sp.num
	switch sp.kind {
	case kYear:
		return strconv.Itoa(int(v)) + n.suffix
	case kCentury:
		return ordinal(int(v)) + strings.TrimLeft(n.suffix, "stndrh")
	}
	s := strconv.FormatFloat(v, 'f', n.decimals, 64)
	if n.commas {
		s = addCommas(s)
	}
	return n.prefix + s + n.scale + n.suffix
}

func ordinal(n int) string {
	suf := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suf = "st"
	case n%10 == 2:
		suf = "nd"
	case n%10 == 3:
		suf = "rd"
	}
	return strconv.Itoa(n) + suf
}

func addCommas(s string) string {
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String() + frac
}

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func perturbDate(n numInfo) []string {
	var out []string
	mi := 0
	for i, m := range monthNames {
		if m == n.month {
			mi = i
		}
	}
	format := func(day int, month string, year int) string {
		var s string
		switch {
		case day > 0 && n.dayFirst:
			s = strconv.Itoa(day) + " " + month
		case day > 0:
			s = month + " " + strconv.Itoa(day)
			if year > 0 {
				s += ","
			}
		default:
			s = month
		}
		if year > 0 {
			s += " " + strconv.Itoa(year)
		}
		return s
	}
	if n.day > 0 {
		for _, d := range []int{7, -5, 12, -11} {
			day := n.day + d
			if day >= 1 && day <= 28 {
				out = append(out, format(day, n.month, n.year))
			}
		}
	} else {
		for _, d := range []int{2, -3, 5} {
			out = append(out, format(0, monthNames[(mi+d+12)%12], n.year))
		}
	}
	return out
}
