package generate

import "testing"

// TestLeadTitle: the course is named after the subject the first
// sentence opens with, when it is a name or a phrase with a name that
// the article comes back to; a news lead's event is named with its place.
func TestLeadTitle(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"an entry's subject, its other name dropped", `The Brennan Valley Railway, also known as the Old Line, was a railway that carried coal from the hills to the harbour at Kettering Bay.

The railway opened in 1871 and ran for ninety years. Its engines were built in the valley itself.

The Brennan Valley Railway closed in 1961, when the last mine shut. Its track bed is now a footpath.`, "Brennan Valley Railway"},
		{"an event of a named subject", `The collapse and rebuilding of the Marlow Bridge marked the end of ferry traffic on the lower river in 1904.

The bridge had stood for sixty years before a flood undermined its piers. Its collapse cut the town in two for a winter.

Rebuilding took three years and used steel from the Marlow works. The new bridge still carries the main road.`, "Collapse and Rebuilding of the Marlow Bridge"},
		{"a news lead's event at its place", `OSTRAVA — A huge fire broke out at the Museum of Glass in Ostrava on Sunday night, destroying part of its roof as the flames spread.

The fire started in a storeroom, a museum spokesman said, and no one was hurt.

Firefighters fought the fire for six hours before they could enter the building.

The museum will stay closed until the damage from the fire has been assessed.`, "Fire at the Museum of Glass"},
		{"an opening that is not the subject", `In the late 1990s, the Marlow works built most of the steel bridges in the region, employing four thousand people.

The Marlow works closed in 2004. Its buildings were sold to a logistics firm.

Former workers of the Marlow works still meet every year in the town hall.`, ""},
		{"a description, not a name", `The worst storms in decades flooded roads across the county on Tuesday, closing schools and stranding drivers.

The storms moved east overnight. Rivers rose by two metres in a few hours.

Schools will reopen on Thursday once the storms have passed and the roads are clear.`, ""},
		{"a person, left to the rules for people", `Maria Holm was born in a fishing village on the west coast in 1921, the youngest of six children.

Holm trained as a nurse in the capital. She worked in field hospitals during the war.

After the war Holm founded a school for nurses, which she ran until 1970.`, ""},
		{"a name the article never comes back to", `The Astor Hall Lecture on Tuesday drew a small crowd to hear about old maps.

Old maps show how the coastline has moved. Some show islands that never existed.

Collectors pay high prices for the rarest maps, especially hand-coloured ones.`, ""},
	}
	for _, c := range cases {
		a, err := analyse(SplitParagraphs(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.leadTitle(); got != c.want {
			t.Errorf("%s: leadTitle = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestCourseTitleFromLead: without a heading, Generate names the course
// after the lead's subject.
func TestCourseTitleFromLead(t *testing.T) {
	text := `The Brennan Valley Railway, also known as the Old Line, was a railway that carried coal from the hills to the harbour at Kettering Bay.

The railway opened in 1871 and ran for ninety years. Its engines were built in the valley itself, at the works in Brennan.

The Brennan Valley Railway closed in 1961, when the last mine shut. Its track bed is now a footpath used by walkers.`
	res, err := Generate(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := res.Course.Course.Title, "Brennan Valley Railway"; got != want {
		t.Errorf("course title %q, want %q", got, want)
	}
}
