package generate

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestMarkdownHeading(t *testing.T) {
	for line, want := range map[string]string{
		"## Why bees thrive in town":   "Why bees thrive in town",
		"# Bees on the rooftops #":     "Bees on the rooftops",
		"  ###   Spaced  out  ":        "Spaced out",
		"## **Strong** words":          "Strong words",
		"#1 in the charts":             "",
		"#hashtag":                     "",
		"####### seven is not a level": "",
		"##":                           "",
		"Plain prose.":                 "",
		"## C# and F#":                 "C# and F#",
	} {
		if got := markdownHeading(line); got != want {
			t.Errorf("markdownHeading(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestSplitSectionsMarkdown(t *testing.T) {
	text := "# Bees on the rooftops\n\nCity bees now outnumber country bees in some places.\n\n" +
		"## Why bees thrive in town\n\nGardens flower for longer than fields.\n\nStreets stay warm at night.\n\n" +
		"## What comes next\n### The limits\n\nThere may be too many hives for the flowers. As one keeper put it, \"We must plant more.\"\n"
	heading, paras, sections := SplitSections(text)
	if heading != "Bees on the rooftops" {
		t.Errorf("heading = %q", heading)
	}
	want := []string{
		"City bees now outnumber country bees in some places.",
		"Gardens flower for longer than fields.",
		"Streets stay warm at night.",
		"There may be too many hives for the flowers. As one keeper put it, \"We must plant more.\"",
	}
	if !reflect.DeepEqual(paras, want) {
		t.Errorf("paragraphs:\n got %q\nwant %q", paras, want)
	}
	wantSec := []Section{{Title: "Why bees thrive in town", First: 2, Last: 3}, {Title: "The limits", First: 4, Last: 4}}
	if !reflect.DeepEqual(sections, wantSec) {
		t.Errorf("sections = %+v, want %+v", sections, wantSec)
	}
	// SplitArticle never returns a heading line as a paragraph.
	if h, p := SplitArticle(text); h != heading || !reflect.DeepEqual(p, paras) {
		t.Errorf("SplitArticle = %q, %q", h, p)
	}
}

func TestSplitSectionsPlainTitleOverMarkdown(t *testing.T) {
	text := "Bees on the rooftops\n\nCity bees now outnumber country bees.\n\n## Why\n\nGardens flower for longer.\n"
	heading, paras, sections := SplitSections(text)
	if heading != "Bees on the rooftops" || len(paras) != 2 {
		t.Fatalf("heading %q, paragraphs %q", heading, paras)
	}
	if want := []Section{{Title: "Why", First: 2, Last: 2}}; !reflect.DeepEqual(sections, want) {
		t.Errorf("sections = %+v, want %+v", sections, want)
	}
}

func TestSplitSectionsWithoutMarkdownIsSplitArticle(t *testing.T) {
	text := "A Title\n\nFirst paragraph here.\n\nSecond paragraph. #2 is not a heading.\n"
	h1, p1 := splitArticle(text)
	h2, p2, s := SplitSections(text)
	if h1 != h2 || !reflect.DeepEqual(p1, p2) || s != nil {
		t.Errorf("SplitSections = %q %q %v; splitArticle = %q %q", h2, p2, s, h1, p1)
	}
}

func TestSectionGroups(t *testing.T) {
	groups, titles := sectionGroups([]Section{{"B", 3, 4}, {"C", 5, 5}}, 6)
	wantG := [][]int{{1, 2}, {3, 4}, {5}, {6}}
	wantT := []string{"", "B", "C", ""}
	if !reflect.DeepEqual(groups, wantG) || !reflect.DeepEqual(titles, wantT) {
		t.Errorf("groups %v titles %q", groups, titles)
	}
	if g, _ := sectionGroups([]Section{{"B", 3, 9}}, 6); g != nil {
		t.Errorf("sections past the paragraphs gave %v", g)
	}
}

// An article with headings of its own has its sections as themes, named
// by their headings, in drafting and in the themes proposed for a course.
func TestGenerateUsesTheArticlesHeadings(t *testing.T) {
	text := "# The Water Cycle\n\n" +
		"Water moves between the sea, the air and the land in a cycle that the sun drives. The cycle has no beginning and no end.\n\n" +
		"## Evaporation\n\nThe sun warms the oceans and water evaporates into the air as vapour. About ninety per cent of the water vapour in the air comes from the oceans. Plants also release water vapour through their leaves, which is called transpiration.\n\n" +
		"## Condensation and rain\n\nAs the vapour rises it cools and condenses into tiny droplets that form clouds. When the droplets join and grow heavy they fall as rain, snow or hail. Rain that falls on land either soaks into the soil or runs off into rivers.\n\n" +
		"Rivers carry the water back to the sea, where the cycle begins again. Water stored underground can stay there for thousands of years.\n"
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, th := range res.Course.Themes {
		titles = append(titles, th.Title)
	}
	if len(titles) != 3 || titles[1] != "Evaporation" || titles[2] != "Condensation and rain" {
		t.Fatalf("themes %q, want the first paragraph's theme then Evaporation, Condensation and rain", titles)
	}
	if res.Course.Course.Title != "The Water Cycle" {
		t.Errorf("course title %q", res.Course.Course.Title)
	}
	for _, p := range res.Course.Paragraphs {
		if strings.Contains(p.Text, "#") {
			t.Errorf("paragraph %d keeps a heading mark: %q", p.N, p.Text)
		}
	}
	_, paras, sections := SplitSections(text)
	themes, err := ProposeSectionThemes("The Water Cycle", paras, sections)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, th := range themes {
		got = append(got, fmt.Sprint(th.Paragraphs, " ", th.Title))
	}
	if len(got) != 3 || got[1] != "[2] Evaporation" || got[2] != "[3 4] Condensation and rain" {
		t.Errorf("proposed %q", got)
	}
}

func FuzzSplitSections(f *testing.F) {
	for _, s := range seedTexts() {
		f.Add(s)
	}
	f.Add("# T\n\nA.\n\n## S\n\nB.\n\n### U\n## V\n\nC.\n")
	f.Add("## only\n## headings\n")
	f.Add("Title\n\n## S **x**\n\n- a\n- b\n\n## \n#x\n")
	for _, s := range listSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		heading, paras, sections := SplitSections(text)
		checkUTF8(t, true, "heading", heading)
		// A heading line is never a paragraph (lines joined as a wrapped
		// paragraph may still begin with #).
		headingLines := map[string]bool{}
		for _, l := range strings.Split(strings.ReplaceAll(text, "\r", "\n"), "\n") {
			headingLines[strings.TrimSpace(l)] = true
		}
		for i, p := range paras {
			checkParagraph(t, i+1, p)
			if markdownHeading(p) != "" && headingLines[p] {
				t.Fatalf("paragraph %d is a heading line: %q", i+1, p)
			}
		}
		next := 1
		for _, s := range sections {
			if s.Title == "" || s.First < next || s.Last < s.First || s.Last > len(paras) {
				t.Fatalf("section %+v out of order or range (next %d, %d paragraphs)", s, next, len(paras))
			}
			next = s.Last + 1
		}
		if g, _ := sectionGroups(sections, len(paras)); len(sections) > 0 && g == nil {
			t.Fatalf("sections %+v do not group %d paragraphs", sections, len(paras))
		}
	})
}

// A "##" heading that opens the text like the later ones begins a
// section: only a heading above all the others is the title.
func TestSplitSectionsFirstHeadingOfSameLevel(t *testing.T) {
	text := "## How bees make honey\n\nBees drink nectar.\n\nThey fan it dry.\n\n## Storing honey\n\nThey cap the cells with wax.\n"
	heading, paras, sections := SplitSections(text)
	if heading != "" || len(paras) != 3 {
		t.Fatalf("heading %q, paragraphs %q", heading, paras)
	}
	want := []Section{{Title: "How bees make honey", First: 1, Last: 2}, {Title: "Storing honey", First: 3, Last: 3}}
	if !reflect.DeepEqual(sections, want) {
		t.Errorf("sections = %+v, want %+v", sections, want)
	}
}
