package quiz

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Problem is one thing wrong with a course, located by a path such as
// `questions[3] (id "ties-2")`.
type Problem struct {
	Where string
	What  string
}

func (p Problem) String() string { return p.Where + ": " + p.What }

// ValidationError lists every problem found in a course.
type ValidationError struct{ Problems []Problem }

func (e *ValidationError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d problem(s) in course", len(e.Problems))
	for i, p := range e.Problems {
		if i == 10 {
			fmt.Fprintf(&b, "; and %d more", len(e.Problems)-10)
			break
		}
		b.WriteString("; ")
		b.WriteString(p.String())
	}
	return b.String()
}

var slugRE = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// ValidSlug reports whether s is a lowercase slug such as "energy-axis".
func ValidSlug(s string) bool { return len(s) <= 64 && slugRE.MatchString(s) }

// MaxTitle is the most characters a course's or theme's title or a
// question set's name may have, and MaxSource a course's source line:
// the forms that take them say so with maxlength, and the server
// refuses more.
const (
	MaxTitle  = 200
	MaxSource = 300
)

// TooLong reports whether s has more than n characters (runes, as a
// browser counts them for maxlength, not bytes).
func TooLong(s string, n int) bool { return utf8.RuneCountInString(s) > n }

// Validate checks a whole course: slugs, paragraph numbering, that themes
// cover every paragraph, that every question and card cites existing
// paragraphs and a known theme, that answers are well formed, and that no
// two questions repeat. It returns nil or a *ValidationError.
func Validate(c *Course) error {
	var ps []Problem
	add := func(where, format string, args ...any) {
		ps = append(ps, Problem{Where: where, What: fmt.Sprintf(format, args...)})
	}
	if !ValidSlug(c.Course.Slug) {
		add("course.slug", "%q is not a slug (lowercase letters, digits and single hyphens)", c.Course.Slug)
	}
	if strings.TrimSpace(c.Course.Title) == "" {
		add("course.title", "is empty")
	} else if TooLong(c.Course.Title, MaxTitle) {
		add("course.title", "has more than %d characters", MaxTitle)
	}
	if len(c.Paragraphs) == 0 {
		add("paragraphs", "the course has no paragraphs")
	}
	for i, p := range c.Paragraphs {
		if p.N != i+1 {
			add(fmt.Sprintf("paragraphs[%d]", i), "is numbered %d, want %d (paragraphs are numbered 1, 2, 3, …)", p.N, i+1)
		}
		if strings.TrimSpace(p.Text) == "" {
			add(fmt.Sprintf("paragraphs[%d]", i), "is empty")
		}
	}
	nPar := len(c.Paragraphs)
	checkRefs := func(where string, refs []int) {
		if len(refs) == 0 {
			add(where, "cites no paragraph")
		}
		for _, n := range refs {
			if n < 1 || n > nPar {
				add(where, "cites paragraph %d, which does not exist (the article has %d)", n, nPar)
			}
		}
	}
	themes := map[string]bool{}
	owner := map[int]string{}
	for i, t := range c.Themes {
		where := fmt.Sprintf("themes[%d] (%q)", i, t.Slug)
		if !ValidSlug(t.Slug) {
			add(where, "slug %q is not a slug", t.Slug)
		}
		if themes[t.Slug] {
			add(where, "slug %q is used twice", t.Slug)
		}
		themes[t.Slug] = true
		if strings.TrimSpace(t.Title) == "" {
			add(where, "title is empty")
		} else if TooLong(t.Title, MaxTitle) {
			add(where, "title has more than %d characters", MaxTitle)
		}
		checkRefs(where, t.Paragraphs)
		for _, n := range t.Paragraphs {
			if prev, ok := owner[n]; ok && prev != t.Slug {
				add(where, "paragraph %d already belongs to theme %q", n, prev)
			}
			owner[n] = t.Slug
		}
	}
	if len(c.Themes) > 0 {
		for n := 1; n <= nPar; n++ {
			if _, ok := owner[n]; !ok {
				add("themes", "paragraph %d belongs to no theme", n)
			}
		}
	}
	ids := map[string]bool{}
	prompts := map[string]string{}
	for i, q := range c.Questions {
		where := fmt.Sprintf("questions[%d] (id %q)", i, q.ID)
		if q.ID == "" {
			add(where, "id is empty")
		} else if ids[q.ID] {
			add(where, "id is used twice")
		}
		ids[q.ID] = true
		if !themes[q.Theme] {
			add(where, "theme %q is not one of the course's themes", q.Theme)
		}
		checkRefs(where, q.Paragraphs)
		for _, p := range ValidateQuestion(q) {
			add(where, "%s", p.String())
		}
		key := Normalize(q.Prompt)
		if prev, ok := prompts[key]; ok && key != "" {
			add(where, "repeats the prompt of question %q", prev)
		}
		prompts[key] = q.ID
	}
	fronts := map[string]bool{}
	for i, cd := range c.Cards {
		where := fmt.Sprintf("cards[%d]", i)
		if !themes[cd.Theme] {
			add(where, "theme %q is not one of the course's themes", cd.Theme)
		}
		if strings.TrimSpace(cd.Front) == "" || strings.TrimSpace(cd.Back) == "" {
			add(where, "front and back must both be filled in")
		}
		checkRefs(where, cd.Paragraphs)
		for _, p := range ValidateImages(cd.Images, true) {
			add(where, "%s", p.String())
		}
		if k := Normalize(cd.Front); fronts[k] {
			add(where, "repeats the front of another card")
		} else {
			fronts[k] = true
		}
	}
	if len(ps) > 0 {
		return &ValidationError{Problems: ps}
	}
	return nil
}

// Lengths a question's texts may have, in characters: far above what a
// question needs, low enough that no paste of a whole document passes.
const (
	MaxPrompt      = 2000
	MaxExplanation = 4000
	MaxOption      = 500
	MaxTag         = 100
	MaxTags        = 20
	MaxName        = 255 // Moodle's limit on a question's name
)

// ValidateQuestion checks one question on its own (no course context): its
// type, kind, prompt and the shape of its answer, and the length of its texts. Field names in Where match
// the editor's form fields.
func ValidateQuestion(q Question) []Problem {
	var ps []Problem
	add := func(where, format string, args ...any) {
		ps = append(ps, Problem{Where: where, What: fmt.Sprintf(format, args...)})
	}
	if strings.TrimSpace(q.Prompt) == "" {
		add("prompt", "the question needs a prompt")
	}
	tooLong := func(where, what, text string, max int) {
		if n := utf8.RuneCountInString(text); n > max {
			add(where, "%s is %d characters long; keep it under %d", what, n, max)
		}
	}
	tooLong("prompt", "the prompt", q.Prompt, MaxPrompt)
	tooLong("explanation", "the explanation", q.Explanation, MaxExplanation)
	tooLong("name", "the name", q.Name, MaxName)
	for i, o := range q.Options {
		tooLong(fmt.Sprintf("options[%d]", i), "an option", o.Text, MaxOption)
		tooLong(fmt.Sprintf("options[%d]", i), "an option's feedback", o.Feedback, MaxExplanation)
	}
	for i, a := range q.Answers {
		tooLong(fmt.Sprintf("answers[%d]", i), "an accepted answer", a, MaxOption)
	}
	if len(q.Tags) > MaxTags {
		add("tags", "a question has at most %d tags, found %d", MaxTags, len(q.Tags))
	}
	for i, t := range q.Tags {
		if strings.TrimSpace(t) == "" {
			add(fmt.Sprintf("tags[%d]", i), "tag is empty")
		}
		tooLong(fmt.Sprintf("tags[%d]", i), "a tag", t, MaxTag)
	}
	ps = append(ps, ValidateImages(q.Images, false)...)
	ps = append(ps, ValidateOptionImages(q)...)
	ps = append(ps, ValidateFeedbackImages(q)...)
	for i, m := range q.Marked {
		tooLong(fmt.Sprintf("marked[%d]", i), "an accepted answer", m.Text, MaxOption)
		tooLong(fmt.Sprintf("marked[%d]", i), "an answer's feedback", m.Feedback, MaxExplanation)
	}
	for i, pr := range q.Pairs {
		tooLong(fmt.Sprintf("pairs[%d]", i), "a matching item", pr.Left+pr.Right, 2*MaxOption)
	}
	switch q.Kind {
	case Fact, Attribution, Interpretation, Outlook:
	default:
		add("kind", "kind %q is not one of fact, attribution, interpretation, outlook", q.Kind)
	}
	correct := 0
	for i, o := range q.Options {
		if strings.TrimSpace(o.Text) == "" {
			add(fmt.Sprintf("options[%d]", i), "option text is empty")
		}
		if o.Correct {
			correct++
		}
	}
	seen := map[string]bool{}
	for i, o := range q.Options {
		k := Normalize(o.Text)
		if seen[k] && k != "" {
			add(fmt.Sprintf("options[%d]", i), "repeats another option")
		}
		seen[k] = true
	}
	marks := Marks(q)
	checkFractions := func(negative bool) {
		for i, o := range q.Options {
			where := fmt.Sprintf("options[%d]", i)
			switch {
			case o.Fraction < -1 || o.Fraction > 1:
				add(where, "a mark of %s is outside -100%% to 100%%", PercentText(o.Fraction))
			case o.Fraction < 0 && !negative:
				add(where, "a negative mark (%s) is only for multiple-response questions", PercentText(o.Fraction))
			case o.Fraction != 0 && o.Correct != (q.Type == Multiple && o.Fraction > 0 || Full(o.Fraction)):
				if o.Correct {
					add(where, "is marked right but carries %s of the marks", PercentText(o.Fraction))
				} else {
					add(where, "is marked wrong but carries %s of the marks", PercentText(o.Fraction))
				}
			}
		}
	}
	switch q.Type {
	case Single:
		if len(q.Options) < 2 {
			add("options", "a single-choice question needs at least two options")
		}
		checkFractions(false)
		if correct < 1 {
			add("options", "a single-choice question needs an option with full marks (100%%)")
		}
	case Multiple:
		if len(q.Options) < 2 {
			add("options", "a multiple-response question needs at least two options")
		}
		checkFractions(true)
		positive := 0.0
		for _, m := range marks {
			if m > 0 {
				positive += m
			}
		}
		if correct < 1 || positive <= 0 {
			add("options", "a multiple-response question needs at least one option with a positive mark")
		} else if math.Abs(positive-1) > 1e-4 {
			add("options", "the positive marks add up to %s; they must add up to 100%%", PercentText(positive))
		}
	case TrueFalse:
		if len(q.Options) != 2 || !strings.EqualFold(q.Options[0].Text, "True") || !strings.EqualFold(q.Options[1].Text, "False") {
			add("options", `a true/false question has exactly the options "True" and "False", in that order`)
		} else if correct != 1 {
			add("options", "a true/false question needs exactly one correct option")
		}
		for i, o := range q.Options {
			if o.Fraction != 0 && !(o.Correct && Full(o.Fraction)) {
				add(fmt.Sprintf("options[%d]", i), "a true/false option is right or wrong, with no partial marks")
			}
		}
	case Short:
		full := len(q.Answers) > 0
		for i, m := range q.Marked {
			where := fmt.Sprintf("marked[%d]", i)
			switch {
			case m.Fraction < 0 || m.Fraction > 1:
				add(where, "a mark of %s is outside 0%% to 100%%", PercentText(m.Fraction))
			case m.Text == CatchAll && m.Fraction != 0:
				add(where, "the catch-all answer * carries feedback, not marks")
			case m.Text != CatchAll && Normalize(m.Text) == "":
				add(where, "answer is empty once punctuation is removed")
			}
			if m.Text != CatchAll && Full(m.Fraction) {
				full = true
			}
		}
		if !full {
			add("answers", "a short-answer question needs at least one accepted answer with full marks")
		}
		for i, a := range q.Answers {
			if Normalize(a) == "" {
				add(fmt.Sprintf("answers[%d]", i), "accepted answer is empty once punctuation is removed")
			}
		}
	case Matching:
		if len(q.Pairs) < 2 {
			add("pairs", "a matching question needs at least two pairs")
		}
		lefts := map[string]bool{}
		for i, p := range q.Pairs {
			if strings.TrimSpace(p.Left) == "" || strings.TrimSpace(p.Right) == "" {
				add(fmt.Sprintf("pairs[%d]", i), "both sides of a pair must be filled in")
			}
			if lefts[Normalize(p.Left)] {
				add(fmt.Sprintf("pairs[%d]", i), "repeats another left item")
			}
			lefts[Normalize(p.Left)] = true
		}
	case Numeric:
		full, anys := false, 0
		if len(q.Numeric) == 0 {
			add("numeric", "a numeric question needs at least one accepted value")
		}
		for i, n := range q.Numeric {
			where := fmt.Sprintf("numeric[%d]", i)
			f := n.Mark()
			switch {
			case math.IsNaN(f) || f < 0 || f > 1:
				add(where, "a mark of %s is outside 0%% to 100%%", PercentText(f))
			case n.Any && f != 0:
				add(where, "the catch-all answer * carries feedback, not marks")
			}
			if n.Any {
				if anys++; anys == 2 {
					add(where, "a numeric question has at most one catch-all answer *")
				}
				continue
			}
			if Full(f) {
				full = true
			}
			if n.Tolerance < 0 {
				add(where, "tolerance cannot be negative")
			}
			if n.Min > n.Max {
				add(where, "range minimum is above its maximum")
			}
		}
		if !full && len(q.Numeric) > 0 {
			add("numeric", "a numeric question needs at least one accepted value with full marks")
		}
	default:
		add("type", "type %q is not one of single, multiple, truefalse, short, matching, numeric", q.Type)
	}
	return ps
}

// ValidateImages checks a question's or card's images: at most MaxImages,
// each with a name, and on a card a side, front or back (a question's have
// none). Data, when an image carries it, must be an image NewImage
// accepts; an image without data must name its hash.
func ValidateImages(imgs []Image, card bool) []Problem {
	var ps []Problem
	add := func(where, format string, args ...any) {
		ps = append(ps, Problem{Where: where, What: fmt.Sprintf(format, args...)})
	}
	if len(imgs) > MaxImages {
		add("images", "at most %d images, found %d", MaxImages, len(imgs))
	}
	for i, im := range imgs {
		where := fmt.Sprintf("images[%d]", i)
		switch {
		case card && im.Side != SideFront && im.Side != SideBack:
			add(where, "side %q is neither front nor back", im.Side)
		case !card && im.Side != "":
			add(where, "a question's image has no side")
		}
		if im.Data != nil {
			if _, err := NewImage(im.Name, im.Alt, im.Data); err != nil {
				add(where, "%s", MessageOf(err))
			}
		} else if !ValidHash(im.Hash) {
			add(where, "the image has neither data nor a stored hash")
		}
	}
	return ps
}
