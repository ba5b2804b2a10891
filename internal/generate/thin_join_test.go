package generate

import (
	"slices"
	"testing"

	"github.com/lectern/lectern/internal/quiz"
)

// harbourPlans is a report written for these tests: a council's ferry
// plan, then its tram plan, most of each told in the words of those it
// quotes.
const harbourPlans = `Harbour town weighs ferry and tram plans

The council of Marlow Bay will vote next month on a new ferry service across the estuary, the first since the old crossing closed, in 1987.

The ferry would carry up to 200 passengers an hour between the harbour and the village of Stenby. "We have waited a long time for this," said councillor Ruth Avery. "People in Stenby spend an hour on the bus to reach the harbour, and the ferry would take ten minutes." "The harbour trust would run it, not a private firm," she added.

Not everyone is convinced. "The estuary silts up every winter," said boatman Tom Hale. "They will be dredging twice a year, and who pays for that?" He said the old crossing closed because dredging cost more than the fares brought in.

The trust says a new boat with a shallow hull would need far less dredging. "The boats of the 1980s drew two metres of water," said the trust's engineer, Nadia Frost. "Ours would draw less than one." It would cost about £3m to build, she said, of which the council would pay half.

Fishermen on the quay were divided. "A ferry every few minutes will scare the fish," said one. "It will bring people to buy them," said another. "We would use the old slipway on the north side," said the harbour master. "Well away from the fishing berths."

The trust has already spoken to two boatyards. "Both could build it within eighteen months," said Ms Frost. "One of them built the lifeboat we use now." "It would be electric and charged overnight at the harbour," she said.

Stenby's parish council backs the plan. "Our young people leave because they cannot get to work," said its chair, Owen Brack. "A ferry would change that." He said the village would raise money for a shelter on its own jetty.

The vote is expected to be close. "I cannot see a majority for it yet," said one councillor, who asked not to be named. "But there is still a month to go."

Some residents of the harbour wonder where passengers would park. "There are forty spaces on the quay and they are full by nine," said shopkeeper Alan Grey. "If the ferry brings people from Stenby, fine, but if it brings cars, we are stuck." Ms Avery said most ferry passengers would come on foot or by bike.

The same meeting will also hear the first report on a tram line from the railway station to the hospital on the hill above the town.

The tram line would be 4km long and have six stops, and trams would run every eight minutes at peak times. "The hill is the problem," said transport officer Simon Reed. "A tram can climb it, a bus struggles in winter." "It would take three years to build once approved," he said.

Local shops fear the works. "Three years of digging up the high street would finish some of us," said baker Joan Pym. "We barely survived the gas works in 2019." She said traders wanted the council to promise help with their rents during the works.

The report puts the cost of the line at £85m, most of which would have to come from national government. "Without that money there is no tram," said Mr Reed. "With it, the hospital is ten minutes from the station in any weather."

Cyclists have asked for the tram to carry bikes. "The hill beats most of us," said Ellen Shaw of the town's cycling club. "If we could take the bike up on the tram, more people would ride down." The report says the trams could carry four bikes each outside peak hours.

The route would pass the old cattle market, which the council plans to turn into homes. "The tram makes those homes worth building," said planning officer Mark Dunn. "Without it, the site stays empty." He said up to 400 homes could go on the site.

Councillors will decide in the spring whether to ask for the money. "It is a lot to ask," said Ms Avery. "But we ask for nothing and we get nothing."

Not all doctors agree. "A tram is fine, but we need more beds first," said a senior nurse. "Moving people faster to a full hospital does not help anyone."

The hospital trust has backed the plan. "Half our staff come by train," said its chief executive, Leah Moss. "At the moment they walk up the hill or wait for a bus that is often full."`

// harbourArticle analyses harbourPlans under its title, with the options
// Generate drafts it with, and gives its paragraphs.
func harbourArticle(t *testing.T) (*article, []string, Options) {
	t.Helper()
	_, paras, _ := SplitSections(harbourPlans)
	x, err := analyse(paras)
	if err != nil {
		t.Fatal(err)
	}
	x.course = "Harbour town weighs ferry and tram plans"
	opts := Options{}.withDefaults()
	opts.courseTitle = x.course
	return x, paras, opts
}

// TestThinPairJoins: two neighbouring themes that each propose fewer
// than four items join, and the joined theme, drafted part by part,
// asks every sentence the two asked. Drafted again as one theme, the
// two would not: the joined theme balances its true statements anew.
func TestThinPairJoins(t *testing.T) {
	x, paras, opts := harbourArticle(t)
	var ferry, tram []int
	// From the second paragraph: the lead alone carries a short answer
	// and a card, which would fill the ferry theme.
	for i := 2; i <= len(paras); i++ {
		if i <= 8 {
			ferry = append(ferry, i)
		} else {
			tram = append(tram, i)
		}
	}
	layout := []quiz.Theme{{Slug: "ferry", Title: "Ferry", Paragraphs: ferry}, {Slug: "tram-line", Title: "Tram Line", Paragraphs: tram}}
	c := &quiz.Course{}
	c.Course.Title = x.course
	items := x.draftItems(c, opts, layout, nil)
	before := proposedPer(c.Themes, items)
	if before[0] >= minProposed || before[1] >= minProposed {
		t.Fatalf("the themes propose %v items: this test needs two thin ones", before)
	}
	prompts := func(items []item) []string {
		var out []string
		for _, it := range items {
			if !it.proposed {
				continue
			}
			// A sentence a thin part asked as a false statement, for
			// want of one, may be a true statement in a joined theme
			// that has a false one already (true_only.go): the
			// sentences asked are kept.
			out = append(out, it.sent.text)
		}
		return out
	}
	was := prompts(items)
	got := x.joinThinPairs(c, items, opts)
	if len(c.Themes) != 1 || len(c.Themes[0].Paragraphs) != len(ferry)+len(tram) {
		t.Fatalf("themes %+v: want the two thin themes joined", c.Themes)
	}
	if n := proposedPer(c.Themes, got)[0]; n < minProposed || n < before[0]+before[1] {
		t.Errorf("the joined theme proposes %d items, the two proposed %v", n, before)
	}
	now := prompts(got)
	for _, p := range was {
		if !slices.Contains(now, p) {
			t.Errorf("the joined theme no longer asks %q", p)
		}
	}
}

// TestThinPairKeepsFullNeighbour: a thin theme beside one that proposes
// four items is left as it is: only two thin neighbours join, or a
// lone theme.
func TestThinPairKeepsFullNeighbour(t *testing.T) {
	x, paras, opts := harbourArticle(t)
	var first, second []int
	for i := 1; i <= len(paras); i++ {
		if i <= 10 {
			first = append(first, i)
		} else {
			second = append(second, i)
		}
	}
	layout := []quiz.Theme{{Slug: "ferry", Title: "Ferry", Paragraphs: first}, {Slug: "tram-line", Title: "Tram Line", Paragraphs: second}}
	c := &quiz.Course{}
	c.Course.Title = x.course
	items := x.draftItems(c, opts, layout, nil)
	before := proposedPer(c.Themes, items)
	if before[0] < minProposed || before[1] >= minProposed || before[1] <= loneMost {
		t.Fatalf("the themes propose %v items: this test needs a full theme and a thin one", before)
	}
	x.joinThinPairs(c, items, opts)
	if len(c.Themes) != 2 {
		t.Errorf("themes %+v: the thin theme joined a full neighbour", c.Themes)
	}
}

// TestJoinedPartsFindsTheCut: a theme that is two of the themes the
// article is cut into is drafted in the app part by part, as Generate
// drafts a joined theme; a theme the article is cut into is not.
func TestJoinedPartsFindsTheCut(t *testing.T) {
	x, _, _ := harbourArticle(t)
	cut := x.cutThemes()
	if len(cut) < 2 {
		t.Fatalf("the article is cut into %d themes: this test needs two", len(cut))
	}
	whole := quiz.Theme{Slug: "all", Title: "All", Paragraphs: append(slices.Clone(cut[0].Paragraphs), cut[1].Paragraphs...)}
	parts := x.joinedParts([]quiz.Theme{whole, cut[0]})
	if len(parts[0]) != 2 || !slices.Equal(parts[0][0], cut[0].Paragraphs) || !slices.Equal(parts[0][1], cut[1].Paragraphs) {
		t.Errorf("parts of the joined theme %v, want %v and %v", parts[0], cut[0].Paragraphs, cut[1].Paragraphs)
	}
	if parts[1] != nil {
		t.Errorf("a theme the article is cut into has parts %v", parts[1])
	}
}

// TestLoneThemeJoinsThinNeighbour: a theme proposing none or one item
// joins its thin neighbour even where the joined theme stays under four
// items, as long as it loses none: a theme with nothing to quiz is worse
// than one theme of three.
func TestLoneThemeJoinsThinNeighbour(t *testing.T) {
	x, _, opts := harbourArticle(t)
	layout := []quiz.Theme{{Slug: "ferry", Title: "Ferry", Paragraphs: []int{2, 3, 4}}, {Slug: "boatyards", Title: "Boatyards", Paragraphs: []int{5}}}
	c := &quiz.Course{}
	c.Course.Title = x.course
	items := x.draftItems(c, opts, layout, nil)
	before := proposedPer(c.Themes, items)
	if before[1] > loneMost || before[0] <= loneMost || before[0]+before[1] >= minProposed {
		t.Fatalf("the themes propose %v items: this test needs a lone theme beside a thin one, under %d together", before, minProposed)
	}
	got := x.joinThinPairs(c, items, opts)
	if len(c.Themes) != 1 {
		t.Fatalf("themes %+v: want the lone theme joined to its neighbour", c.Themes)
	}
	if n := proposedPer(c.Themes, got)[0]; n < before[0]+before[1] {
		t.Errorf("the joined theme proposes %d items, the two proposed %v", n, before)
	}
}

// A joined theme is balanced as one. Each part of a join was balanced on
// its own, so two parts of true statements made a theme a learner passed
// by answering True throughout: the chip-shortage report's "Chip
// Companies" (paragraphs 1 to 12, joined) proposed four true statements
// and one false, the economics report's second theme four true and one
// false, the policy analysis's first four true and nothing false. The
// joins stand; what each joined theme proposes is fair, and still four
// items or more.
func TestJoinedThemeBalanced(t *testing.T) {
	for _, tc := range []struct {
		name  string
		first int // the joined theme's first paragraph
		paras int // and its paragraphs
	}{
		{"technology.txt", 1, 12},
		{"economics.txt", 6, 7},
		{"policy-analysis.txt", 1, 10},
	} {
		res, err := Generate(devArticle(t, tc.name), Options{})
		if err != nil {
			t.Fatal(err)
		}
		joined := false
		for _, th := range res.Course.Themes {
			tr, f, n := 0, 0, 0
			for _, d := range res.Drafts {
				if d.Theme != th.Slug || !d.Proposed {
					continue
				}
				n++
				if q := d.Question; q != nil && q.Type == quiz.TrueFalse {
					if q.Options[0].Correct {
						tr++
					} else {
						f++
					}
				}
			}
			if !fairTrueFalse(tr, f) {
				t.Errorf("%s: theme %q (¶%v) proposes %d true and %d false statements", tc.name, th.Title, th.Paragraphs, tr, f)
			}
			if th.Paragraphs[0] == tc.first && len(th.Paragraphs) >= tc.paras {
				joined = true
				if n < minProposed {
					t.Errorf("%s: joined theme %q proposes %d items, want %d", tc.name, th.Title, n, minProposed)
				}
			}
		}
		if !joined {
			var got [][]int
			for _, th := range res.Course.Themes {
				got = append(got, th.Paragraphs)
			}
			t.Errorf("%s: no theme from ¶%d of %d paragraphs or more: %v", tc.name, tc.first, tc.paras, got)
		}
	}
}
