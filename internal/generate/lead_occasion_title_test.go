package generate

import "testing"

// A headline-less report on one occasion of a person is named by the
// person and the occasion its lead names, not the bare name.
func TestLeadOccasionTitlePerson(t *testing.T) {
	a := analyseText(t, `Mara Velkov has urged farmers to share their seed with neighbours who grow other crops.

On the last day of her tour of the north, Velkov told 300 growers at a harvest meeting in Leeds that seed banks could feed the region.

Velkov said the meeting had been the largest she had spoken to. Growers at the meeting asked her about prices.

Velkov has led the seed bank for ten years. She said farmers who shared seed had weathered the drought.

After the meeting, Velkov visited a farm near York. Her seed bank now holds 4,000 varieties, Velkov said.`)
	if got := a.courseTitle(); got != "Velkov's Harvest Meeting in Leeds" {
		t.Fatalf("course title %q, want the person and the occasion", got)
	}
}

// A report from a city the war is nearing is named by the war in it;
// a spokesman who reports an event is not given it.
func TestLeadOccasionTitlePlaceAndSource(t *testing.T) {
	a := analyseText(t, `Day and night in Tarnova you can hear the guns, the sound of war coming closer to the capital.

Shops in Tarnova close early and families sleep in cellars. The war has reached the ring road.

Residents of Tarnova say the war has changed the city. Tarnova's markets are half empty.

Aid groups say food is running short in Tarnova as the war goes on.`)
	if got := a.courseTitle(); got != "War in Tarnova" {
		t.Fatalf("course title %q, want the war in the city", got)
	}
	b := analyseText(t, `Pavel Orlik, a spokesman for the museum, said in an interview that the cause of the fire remained unknown.

The fire started in the roof, Mr Orlik said. Firefighters fought the fire for six hours.

The fire destroyed the east wing. Orlik said the paintings had been saved from the fire.

Orlik said the museum would reopen next year.`)
	if got := b.courseTitle(); got == "Orlik's Fire" {
		t.Fatalf("course title %q: the spokesman's report is not his occasion", got)
	}
}
