package generate

import (
	"strings"
	"testing"
)

// A title keeps no transcription nor bracketed aside; a slash that is no
// transcription stays.
func TestPlainTitle(t *testing.T) {
	cases := map[string]string{
		"Maria Anna Lind /ˈmɑːriə lɪnd/":             "Maria Anna Lind",
		"Maria Lind (born 3 May 1950)":               "Maria Lind",
		"Maria Lind [ˈmǎːrɪa lɪnd] (painter)":        "Maria Lind",
		"Trade and/or Aid":                           "Trade and/or Aid",
		"Lind's Early Life":                          "Lind's Early Life",
		"(born 1950)":                                "(born 1950)",
		"Ferry Fares (Scotland) Bill":                "Ferry Fares Bill",
		"Maria Lind /ˈmɑːriə/ (Swedish: [ˈmǎːrɪa];)": "Maria Lind",
	}
	for in, want := range cases {
		if got := plainTitle(in); got != want {
			t.Errorf("plainTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

const ipaBio = "Maria Anna Lindqvist /ˈmɑːriə ˈlɪndkvɪst/ (Swedish pronunciation: [ˈmǎːrɪa]; born 3 May 1950) is a Swedish painter and printmaker. Lindqvist is best known for her paintings of the coast of Halland.\n\n" +
	"Lindqvist exhibited in Stockholm from 1978. Lindqvist is remembered as a pioneer of open-air painting in Sweden. Lindqvist taught at the academy for twenty years."

// The course of a lead with a transcription is titled by the name alone,
// and the lead quoted whole drops the transcription and the bracket.
func TestTranscriptionOutOfTitles(t *testing.T) {
	x := analyseText(t, ipaBio)
	if got := x.courseTitle(); strings.ContainsAny(got, "/()ˈ") || !strings.Contains(got, "Lindqvist") {
		t.Errorf("courseTitle = %q", got)
	}
	s := x.paras[0].sents[0]
	if got, want := x.statementText(s), "Maria Anna Lindqvist is a Swedish painter and printmaker."; got != want {
		t.Errorf("statementText = %q, want %q", got, want)
	}
	y := analyseText(t, "The word is said /ˈlɪnd/ in Uppsala. Trade and/or aid are other words.")
	if got, want := y.statementText(y.paras[0].sents[0]), "The word is said in Uppsala."; got != want {
		t.Errorf("statementText = %q, want %q", got, want)
	}
	if got, want := y.statementText(y.paras[0].sents[1]), "Trade and/or aid are other words."; got != want {
		t.Errorf("statementText = %q, want %q", got, want)
	}
}
