package generate

import (
	"strings"

	"github.com/lectern/lectern/internal/quiz"
)

// Titles given once the split is decided. A short report split in two
// or three was titled by a bare office ("Prime Minister"), an office
// put to a name ("Brown's Chancellor": Brown is the chancellor) or a
// stock phrase of a campaign ("Election Campaign"): blind judges called
// every one bad, asking for what the paragraphs say (the prime
// minister's unity pledge amid the claims of a rift, the MPs'
// criticism, the reactions to the book). The opening of such a report
// takes its headline, as a bare name or place does (bareOpeningTitle);
// a later theme on the quarrel of the report's two people is titled by
// the quarrel (quarrelTitle), or by the one other person its every
// paragraph names, on it ("Prescott on the Blair–Brown Rift").
//
// These titles are given after the themes are cut and joined
// (fillThemes, joinThinPairs), not before: a title keeps its words out
// of the blanks under it (title_giveaway.go), so a title given before
// the joining changes what each theme proposes and with it which thin
// themes join; a 587-word report quizzed as one theme under its
// headline was split in two when its opening, "Home Secretary", took
// the headline first. Here the split is the one the first titles gave,
// and only the items of a theme retitled are drafted again.

// stockTitleWords make up a stock phrase of a campaign: a title of
// these words only ("Election Campaign", "General Election") names
// what every paragraph of a report on an election is set in.
var stockTitleWords = set(`general|election|elections|campaign|campaigns|poll|polls|polling|vote|votes|voting|day|trail|race|chances|hopes`)

// lateBareTitle reports whether title t names no matter in a short
// report: a bare office ("Prime Minister", "Home Secretary"), an office
// put to a name ("Brown's Chancellor"), or a stock phrase of a campaign
// (stockTitleWords).
func lateBareTitle(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	if len(ws) > 0 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	stock := true
	for _, w := range ws {
		if !stockTitleWords[w] {
			stock = false
		}
	}
	if stock {
		return true
	}
	// An office put to a name: "Brown's Chancellor".
	if len(ws) > 1 && (strings.HasSuffix(ws[0], "'s") || strings.HasSuffix(ws[0], "’s")) {
		ws = ws[1:]
	}
	if len(ws) > 2 || !heldOffice(ws) && !pressOffices[ws[len(ws)-1]] {
		return false
	}
	// One word before the office, a word of the office's name ("Prime",
	// "Home", "Health"), not a matter of its own ("Budget Committee"
	// names the budget too).
	return len(ws) == 1 || officePrefixes[ws[0]]
}

// pressOffices are a newsroom's posts: a report names one to say who a
// person was ("ex ITN political editor John Sergeant"), not what it is
// about.
var pressOffices = set(`editor|editors|correspondent|correspondents|reporter|reporters|presenter|presenters|columnist|columnists`)

// officePrefixes open the name of an office or a body.
var officePrefixes = set(`prime|political|business|economics|sports|news|home|foreign|deputy|health|education|culture|defence|defense|transport|environment|treasury|cabinet|shadow|vice|first|chief|junior|party|labour|tory|conservative|general|election|press|justice|interior|trade|industry|energy|finance|attorney|solicitor|lord|lords|commons|war|welsh|scottish|northern|police|city`)

// wideRiftWords tell of a quarrel less plainly than riftNouns, in any
// part of speech: "there were occasional disagreements", "behaving like
// squabbling schoolboys".
var wideRiftWords = set(`disagreement|disagreements|squabbling|bickering|feuding|backbiting`)

// claimAdverbs tell that what a sentence says is claimed: "Mr Brown
// allegedly said …".
var claimAdverbs = set(`allegedly|reportedly|supposedly|purportedly`)

// lateTitles retitles the themes of c once they are cut and joined (see
// above), and reports the themes retitled, by index.
func (a *article) lateTitles(themes []quiz.Theme) []int {
	if len(themes) < 2 || len(a.sections) > 0 || a.words(allParas(len(a.paras))) > reportMaxWords || !lateHeadline(a.headline) { // owned_weak_title.go
		return nil
	}
	var changed []int
	for i, t := range themes {
		weak := !lateBareTitle(t.Title) && !a.bodyOnlyTitle(t.Title)
		thin := false                                                                                                                                                         // said in few of the theme's sentences (views_title.go)
		if weak && !a.lateWeakTitle(t.Title, t.Paragraphs) && !a.profileOtherOwner(i, t.Title) && !(i > 0 && a.laterDetailTitle(t.Title, t.Paragraphs, usedBut(themes, i))) { // late_weak_title.go, owned_weak_title.go, running_title.go
			if thin = i > 0 && a.coverageWeakTitle(t.Title, t.Paragraphs); !thin {
				continue
			}
		}
		used, slugs := otherTitles(themes, i)
		nt := ""
		if i == 0 {
			nt = a.openingHeadline(t.Paragraphs, t.Title, used)
			if nt == "" {
				nt = a.profileOpening(t.Paragraphs, t.Title, used) // owned_weak_title.go
			}
		} else {
			if lateBareTitle(t.Title) {
				nt = a.quarrelSpeakerTitle(t.Paragraphs, a.quarrelTitle(t.Paragraphs, used, true), used)
			}
			if nt == "" && weak && !thin {
				nt = a.extendedTerm(a.lateTermTitle(t.Paragraphs, used), t.Paragraphs) // late_weak_title.go, adjective_owner_title.go
			}
			if nt == "" && !thin {
				nt = a.personMatterTitle(t.Paragraphs, used) // body_matter_title.go
			}
			if nt == "" && weak {
				nt = a.viewsOrSubjectTitle(t.Paragraphs, used) // views_title.go
			}
			if nt == "" {
				nt = a.runningTitle(t.Paragraphs, used) // running_title.go
			}
		}
		if nt == "" || strings.EqualFold(nt, t.Title) || used[strings.ToLower(nt)] || nearUsed(nt, used) || weak && i > 0 && a.lateWeakTitle(nt, t.Paragraphs) {
			continue
		}
		themes[i].Title = nt
		themes[i].Slug = uniqueSlug(nt, slugs)
		changed = append(changed, i)
	}
	return changed
}

// quarrelSpeakerTitle is quarrel title q of later theme g, said of the
// one person other than the quarrel's two whom every paragraph of g
// names, and who is named in a larger share of g's paragraphs than of
// the rest ("Prescott on the Blair–Brown Rift"); else q.
func (a *article) quarrelSpeakerTitle(g []int, q string, used map[string]bool) string {
	if q == "" || len(g) < 2 {
		return q
	}
	core := strings.TrimPrefix(strings.TrimPrefix(q, "Claims of a "), "The ")
	pair := a.namedPair()
	in, out := map[string]int{}, map[string]int{}
	inG := map[int]bool{}
	for _, n := range g {
		inG[n] = true
	}
	for n, p := range a.paras {
		seen := map[string]bool{}
		for _, s := range p.sents {
			for _, sp := range s.spans {
				if sn := surname(sp.text); sp.kind == kPerson && sn != "" && sn != pair[0] && sn != pair[1] && !groupSurname(sn) { // adjective_owner_title.go
					seen[sn] = true
				}
			}
		}
		for sn := range seen {
			if inG[n+1] {
				in[sn]++
			} else {
				out[sn]++
			}
		}
	}
	who, rest := "", len(a.paras)-len(g)
	for sn, k := range in {
		if k < len(g) || rest > 0 && out[sn]*len(g) >= k*rest {
			continue
		}
		if who != "" {
			return q // two such people: the theme is no one's
		}
		who = sn
	}
	if who == "" {
		return q
	}
	out2 := who + " on the " + core
	if used[strings.ToLower(out2)] || !titleShaped(out2) {
		return q
	}
	return out2
}
