package generate

import (
	"regexp"
	"strings"
	"unicode"
)

// An encyclopedia lead gives its subject's name with a pronunciation
// between slashes and a bracket of other names and dates ("Maria Lind
// /ˈmɑːriə lɪnd/ (Swedish: [ˈmǎːrɪa]; born 3 May 1950) is …"). The
// judges found such a course title and a lead quoted with its
// pronunciation wrong: a title names the subject, and a statement says
// what the subject was. A title never carries a transcription or a
// bracketed aside, and a quoted sentence drops the transcription, which
// says nothing a learner is asked about.

// slashedRE finds a run between slashes, with the space before it.
var slashedRE = regexp.MustCompile(`\s*/[^/\n]{1,80}/`)

// ipaMarks are the letters and marks of the phonetic alphabet that
// English and the Latin alphabet do not use: a run between slashes that
// holds one is a transcription ("/ˈlɪnd/"), not "and/or" nor a path.
const ipaMarks = "ˈˌːˑəɚɝɪʊʃʒθðŋæɑɒɔɛɜʌɐɹɾʔɡɫɨʉɯɤɘɵʏøœɶɲɳɴɕʑçʝɣχʁħʕɦɬɮʋɰʎʟɓɗʄɠʛʼ̃"

// dropTranscriptions is text without the phonetic transcriptions between
// slashes it holds.
func dropTranscriptions(text string) string {
	if !strings.Contains(text, "/") {
		return text
	}
	return slashedRE.ReplaceAllStringFunc(text, func(m string) string {
		if strings.ContainsAny(m, ipaMarks) {
			return ""
		}
		return m
	})
}

// squareRE is a bracket of square brackets: a transcription or a note.
var squareRE = regexp.MustCompile(`\[[^\[\]]*\]`)

// plainTitle is title t without transcriptions and bracketed asides, and
// without the punctuation they leave at its ends; t itself where nothing
// else would be left.
func plainTitle(t string) string {
	p := dropTranscriptions(t)
	p = squareRE.ReplaceAllString(p, "")
	for {
		q := bracketsRE.ReplaceAllString(p, "")
		if q == p {
			break
		}
		p = q
	}
	p = strings.TrimSpace(spaceRunRE.ReplaceAllString(p, " "))
	p = strings.ReplaceAll(p, " ,", ",")
	p = strings.Trim(p, " ,;:–—-")
	if !strings.ContainsFunc(p, unicode.IsLetter) {
		return t
	}
	return p
}

// courseTitle names an article without a heading (courseTitleOf),
// without transcriptions and asides, or from its lead where that title
// is weak (headlessHeadline).
func (a *article) courseTitle() string {
	// The common word the article keeps saying (dominant_course.go).
	return a.dominantCourseTitle(a.headlessHeadline(plainTitle(a.courseTitleOf())))
}
