package generate

import "testing"

// A kind the sentence before named in quotation marks: the name is put
// in ("the "city pod"", "a licence of residence"). A speaker's quoted
// words are no name, and a phrase that says which one itself, or a
// sentence that gives the name itself, is left as it is.
func TestQuotedNameBefore(t *testing.T) {
	x, err := analyse([]string{
		"A new breed of small electric vehicles is being developed by the carmaker Novaro. " +
			"The open three wheeled \"city pod\" vehicle is the latest version of a design the company showed last year. " +
			"Built from recycled plastics, the single seat pod is fitted with sensors that allow it to drive itself in marked lanes.",
		"From Monday, most foreign nationals who wish to settle must apply to the ministry for a 'licence of residence'. " +
			"To get a licence, costing £95, applicants will have to prove that they have a job in the country.",
		"The minister said her party offered a \"fair deal\" on the matter. " +
			"The minister said that voters had a deal between two parties that had done nothing for years.",
		"The firm sells a \"pod two\" vehicle for families. " +
			"The pod at the show was painted red and had room for four people.",
	})
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Built from recycled plastics, the single seat pod is fitted with sensors that allow it to drive itself in marked lanes.": "Built from recycled plastics, the \"city pod\" is fitted with sensors that allow it to drive itself in marked lanes.",
		"To get a licence, costing £95, applicants will have to prove that they have a job in the country.":                       "To get a licence of residence, costing £95, applicants will have to prove that they have a job in the country.",
		"The minister said that voters had a deal between two parties that had done nothing for years.":                           "The minister said that voters had a deal between two parties that had done nothing for years.",
		"The pod at the show was painted red and had room for four people.":                                                       "The pod at the show was painted red and had room for four people.",
	} {
		got, ok := contextReading(t, x, text)
		if !ok {
			t.Errorf("held back: %q", text)
			continue
		}
		if got != want {
			t.Errorf("%q\n reads %q\n want  %q", text, got, want)
		}
	}
}
