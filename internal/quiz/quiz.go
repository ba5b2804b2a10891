// Package quiz is Lectern's domain: courses built from articles, their
// themes, question sets, questions and flashcards; users and their roles;
// attempts and responses; a learner's cards, settings and progress; imports
// and sessions as the store keeps them; the rules for checking a learner's
// answer and for what of the answers a learner may see (rules.go); slugs;
// and the error kinds. It imports nothing from the rest of the
// application; every other package depends on it, and every store backend
// reads and writes these same types.
//
// The types of the question-set document (Course, Theme, Question, Card)
// carry JSON tags that define the question-set JSON format described in
// docs/question-format.md; their stored counterparts (StoredCourse,
// StoredTheme, StoredQuestion) add the ids and counts the store keeps.
package quiz

import "math"

// FormatVersion is the version written in the "lectern" field of the
// question-set JSON format.
const FormatVersion = 1

// QuestionType names how a question is answered.
type QuestionType string

// The question types.
const (
	Single    QuestionType = "single"    // one correct option
	Multiple  QuestionType = "multiple"  // one or more correct options, all must be chosen
	TrueFalse QuestionType = "truefalse" // options "True" and "False", one correct
	Short     QuestionType = "short"     // typed answer, compared with Answers after normalising
	Matching  QuestionType = "matching"  // each left item is matched with its right item
	Numeric   QuestionType = "numeric"   // a number within a tolerance or range
)

// QuestionTypes lists every question type in display order.
var QuestionTypes = []QuestionType{Single, Multiple, TrueFalse, Short, Matching, Numeric}

// Kind says what a question asks of the learner's reading: what the article
// reports, who says what, what it reads into events, or what it expects.
type Kind string

// The question kinds.
const (
	Fact           Kind = "fact"
	Attribution    Kind = "attribution"
	Interpretation Kind = "interpretation"
	Outlook        Kind = "outlook"
)

// Kinds lists every kind in display order.
var Kinds = []Kind{Fact, Attribution, Interpretation, Outlook}

// Course is an article with its themes, questions and flashcards: the unit
// that is imported, exported and taught.
type Course struct {
	Version    int         `json:"lectern,omitempty"`
	Course     CourseInfo  `json:"course"`
	Paragraphs []Paragraph `json:"paragraphs"`
	Themes     []Theme     `json:"themes"`
	Questions  []Question  `json:"questions"`
	Cards      []Card      `json:"cards,omitempty"`
}

// CourseInfo identifies a course.
type CourseInfo struct {
	Slug   string `json:"slug"`
	Title  string `json:"title"`
	Source string `json:"source,omitempty"` // where the article comes from, as shown to learners
}

// Paragraph is one numbered paragraph of the article, numbered from 1.
type Paragraph struct {
	N    int    `json:"n"`
	Text string `json:"text"`
}

// Theme is a part of the article that is read and practised on its own.
type Theme struct {
	Slug       string `json:"slug"`
	Title      string `json:"title"`
	Summary    string `json:"summary"`
	Paragraphs []int  `json:"paragraphs"`
}

// Question is one question as authored. ID is stable across edits within a
// course; the store keeps every version a learner has answered.
type Question struct {
	ID          string          `json:"id"`
	Theme       string          `json:"theme"`
	Type        QuestionType    `json:"type"`
	Kind        Kind            `json:"kind"`
	Prompt      string          `json:"prompt"`
	Options     []Option        `json:"options,omitempty"`
	Answers     []string        `json:"answers,omitempty"`
	Marked      []ShortAnswer   `json:"marked,omitempty"`
	Pairs       []Pair          `json:"pairs,omitempty"`
	Numeric     []NumericAnswer `json:"numeric,omitempty"`
	Explanation string          `json:"explanation"`
	Paragraphs  []int           `json:"paragraphs"`
	// Tags are the question's Moodle tags, kept through import and export.
	Tags []string `json:"tags,omitempty"`
	// Name is the question's name as another tool gave it (a GIFT
	// "::title::", a Moodle <name>) when it could not serve as its ID,
	// such as a name with spaces: written back on export.
	Name string `json:"name,omitempty"`
	// Images are shown with the prompt (a Moodle question text's
	// embedded images, or one added in the editor).
	Images []Image `json:"images,omitempty"`
	// FeedbackImages are shown with the explanation once the learner has
	// answered (a Moodle general feedback's embedded images): answer
	// material, like the explanation itself.
	FeedbackImages []Image `json:"feedback_images,omitempty"`
	// Imported says the question came from a file not written for this
	// course's article (GIFT, Moodle XML, Aiken, or another course's
	// JSON): it is asked without "according to the article".
	Imported bool `json:"imported,omitempty"`
}

// Option is one choice of a single, multiple or true/false question.
// Fraction is the share of the marks the option carries, as Moodle grades
// it (0.5 for 50%, -1 for -100%); 0 means the default: full marks for a
// correct option of a single-choice question and nothing for a wrong one,
// and in a multiple-response question with no fractions at all, 1/n for
// each of its n correct options and -1/n for each wrong one (see Marks).
// Correct says the option is fully right (single choice) or is one to
// choose (multiple response: its fraction is positive).
type Option struct {
	Text     string  `json:"text"`
	Correct  bool    `json:"correct"`
	Fraction float64 `json:"fraction,omitempty"`
	Feedback string  `json:"feedback,omitempty"`
	// Image is shown beside the option's text (a Moodle answer's
	// embedded image, or one added in the editor). It says nothing of
	// whether the option is right.
	Image *Image `json:"image,omitempty"`
	// FeedbackImages are shown with the option's feedback once the
	// learner has answered (a Moodle answer feedback's embedded images).
	FeedbackImages []Image `json:"feedback_images,omitempty"`
}

// ShortAnswer is an answer to a short-answer question that carries its own
// share of the marks or its own feedback: Fraction 0.5 is half marks, 0 none
// (a common wrong answer with feedback), 1 full marks. Text "*" alone is the
// catch-all: it matches any answer that no other matches, carries feedback
// and no marks.
type ShortAnswer struct {
	Text     string  `json:"text"`
	Fraction float64 `json:"fraction"`
	Feedback string  `json:"feedback,omitempty"`
	// FeedbackImages are shown with the answer's feedback once the
	// learner has given it (a Moodle answer feedback's embedded images).
	FeedbackImages []Image `json:"feedback_images,omitempty"`
}

// CatchAll is the text of a short answer that matches any answer.
const CatchAll = "*"

// Pair is one left item of a matching question and its right item.
type Pair struct {
	Left  string `json:"left"`
	Right string `json:"right"`
}

// NumericAnswer accepts Value ± Tolerance, or, when Min < Max, any number
// in [Min, Max]. Fraction is the share of the marks the answer carries, as
// Moodle grades it (0.5 for half marks, 0 for none: a common wrong answer
// with its feedback); nil means full marks, which every numeric answer
// carried before answers had marks of their own. Any marks the catch-all
// (Moodle's "*"): it matches any number that no other answer matches,
// carries feedback and no marks, and its Value, Tolerance, Min and Max are
// unused.
type NumericAnswer struct {
	Value     float64  `json:"value"`
	Tolerance float64  `json:"tolerance,omitempty"`
	Min       float64  `json:"min,omitempty"`
	Max       float64  `json:"max,omitempty"`
	Fraction  *float64 `json:"fraction,omitempty"`
	Any       bool     `json:"any,omitempty"`
	Feedback  string   `json:"feedback,omitempty"`
	// FeedbackImages are shown with the answer's feedback once the
	// learner has given it (a Moodle answer feedback's embedded images).
	FeedbackImages []Image `json:"feedback_images,omitempty"`
}

// Mark is the share of the marks the answer carries: its Fraction, or
// when it has none, full marks (none for the catch-all).
func (n NumericAnswer) Mark() float64 {
	if n.Fraction == nil {
		if n.Any {
			return 0
		}
		return 1
	}
	return *n.Fraction
}

// Accepts reports whether the number v is within the answer's tolerance or
// range; the catch-all accepts every number.
func (n NumericAnswer) Accepts(v float64) bool {
	switch {
	case n.Any:
		return true
	case n.Min < n.Max:
		return v >= n.Min && v <= n.Max
	}
	// A tiny margin, as Moodle adds, so that 0.1+0.2 is 0.3.
	return math.Abs(v-n.Value) <= n.Tolerance+1e-9*math.Max(1, math.Abs(n.Value))
}

// NumericFraction is the Fraction of a numeric answer that carries the
// share f of the marks: nil for full marks, so that an answer read with
// 100% compares equal to one written without a mark.
func NumericFraction(f float64) *float64 {
	if Full(f) {
		return nil
	}
	return &f
}

// Card is a flashcard written for a course.
type Card struct {
	ID         string `json:"id,omitempty"`
	Theme      string `json:"theme"`
	Front      string `json:"front"`
	Back       string `json:"back"`
	Paragraphs []int  `json:"paragraphs"`
	// Tags are labels the card came with (an Anki note's tags).
	Tags []string `json:"tags,omitempty"`
	// Images are shown on the side each names (an Anki note's images).
	Images []Image `json:"images,omitempty"`
}

// Paragraph returns the paragraph numbered n and whether it exists.
func (c *Course) Paragraph(n int) (Paragraph, bool) {
	for _, p := range c.Paragraphs {
		if p.N == n {
			return p, true
		}
	}
	return Paragraph{}, false
}

// Theme returns the theme with the given slug and whether it exists.
func (c *Course) Theme(slug string) (Theme, bool) {
	for _, t := range c.Themes {
		if t.Slug == slug {
			return t, true
		}
	}
	return Theme{}, false
}

// SetSettings are how a question set is taken. The zero value is practice:
// feedback after each question, no time limit, unlimited attempts, every
// question, and a full review.
type SetSettings struct {
	// Feedback is "immediate" (after each question; the default) or "end"
	// (only when the attempt is over, as in a test).
	Feedback string `json:"feedback,omitempty"`
	// TimeLimit is in minutes; 0 means none. The server refuses answers
	// that come after it (with a short grace period).
	TimeLimit int `json:"time_limit,omitempty"`
	// MaxAttempts is how many times a learner may take the set; 0 means
	// unlimited.
	MaxAttempts int `json:"max_attempts,omitempty"`
	// Pool draws this many questions at random from the set for each
	// attempt; 0 means all.
	Pool int `json:"pool,omitempty"`
	// What the review shows once the attempt is over.
	HideAnswers      bool `json:"hide_answers,omitempty"`
	HideExplanations bool `json:"hide_explanations,omitempty"`
	HideScore        bool `json:"hide_score,omitempty"`
}

// Practice reports whether the set is plain practice, whose questions also
// serve the theme and mixed quizzes; a set with test rules is taken on its
// own.
func (s SetSettings) Practice() bool {
	return s.Feedback != "end" && s.TimeLimit == 0 && s.MaxAttempts == 0
}
