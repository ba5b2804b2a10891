package store

import (
	"context"
	"database/sql"

	"github.com/lectern/lectern/internal/quiz"
)

// storeOptionImages writes the bytes of the images beside a question's
// options and in their feedback, as storeImages does for its stem, and
// returns the options with the images as the question keeps them. The
// options are copied, so the caller's question is left as it was.
func storeOptionImages(ctx context.Context, tx *sql.Tx, opts []quiz.Option, now string) ([]quiz.Option, error) {
	has := false
	for _, o := range opts {
		has = has || o.Image != nil || len(o.FeedbackImages) > 0
	}
	if !has {
		return opts, nil
	}
	out := append([]quiz.Option(nil), opts...)
	for i := range out {
		if len(out[i].FeedbackImages) > 0 {
			stored, err := storeImages(ctx, tx, out[i].FeedbackImages, now)
			if err != nil {
				return nil, err
			}
			out[i].FeedbackImages = stored
		}
		if out[i].Image == nil {
			continue
		}
		im := *out[i].Image
		im.Side = ""
		stored, err := storeImages(ctx, tx, []quiz.Image{im}, now)
		if err != nil {
			return nil, err
		}
		out[i].Image = &stored[0]
	}
	return out, nil
}

// storeAnswerImages writes the bytes of the images in the feedback of a
// question's short and numeric answers, as storeOptionImages does for its
// options, and returns the answers as the question keeps them, copied.
func storeAnswerImages(ctx context.Context, tx *sql.Tx, q *quiz.Question, now string) error {
	if err := storeFeedbackImagesOf(ctx, tx, &q.Marked, func(a *quiz.ShortAnswer) *[]quiz.Image { return &a.FeedbackImages }, now); err != nil {
		return err
	}
	return storeFeedbackImagesOf(ctx, tx, &q.Numeric, func(a *quiz.NumericAnswer) *[]quiz.Image { return &a.FeedbackImages }, now)
}

// storeFeedbackImagesOf stores the feedback images of each answer in
// *answers (imgs picks them out), copying the slice before its first
// change so that the caller's question is not altered underneath it.
func storeFeedbackImagesOf[T any](ctx context.Context, tx *sql.Tx, answers *[]T, imgs func(*T) *[]quiz.Image, now string) error {
	copied := false
	for i := range *answers {
		if len(*imgs(&(*answers)[i])) == 0 {
			continue
		}
		if !copied {
			*answers, copied = append([]T(nil), *answers...), true
		}
		field := imgs(&(*answers)[i])
		stored, err := storeImages(ctx, tx, *field, now)
		if err != nil {
			return err
		}
		*field = stored
	}
	return nil
}

// linkOptionImages records the images a question's options show, each with
// its option's position, and those its feedback shows (side 'feedback':
// with the option's position for an option's feedback, without one for
// the general feedback). It runs after linkQuestionImages, which cleared
// the question's earlier references.
func linkOptionImages(ctx context.Context, tx *sql.Tx, questionID int64, q quiz.Question) error {
	for i, o := range q.Options {
		if o.Image != nil {
			if _, err := tx.ExecContext(ctx, "INSERT INTO image_refs (hash, question_id, side, position) VALUES (?, ?, 'option', ?)",
				o.Image.Hash, questionID, i); err != nil {
				return err
			}
		}
		for _, im := range o.FeedbackImages {
			if _, err := tx.ExecContext(ctx, "INSERT INTO image_refs (hash, question_id, side, position) VALUES (?, ?, 'feedback', ?)",
				im.Hash, questionID, i); err != nil {
				return err
			}
		}
	}
	// A short or numeric answer's feedback images, with the answer's
	// position: such a question has no options.
	answerImgs := func(i int, imgs []quiz.Image) error {
		for _, im := range imgs {
			if _, err := tx.ExecContext(ctx, "INSERT INTO image_refs (hash, question_id, side, position) VALUES (?, ?, 'feedback', ?)",
				im.Hash, questionID, i); err != nil {
				return err
			}
		}
		return nil
	}
	for i, m := range q.Marked {
		if err := answerImgs(i, m.FeedbackImages); err != nil {
			return err
		}
	}
	for i, n := range q.Numeric {
		if err := answerImgs(i, n.FeedbackImages); err != nil {
			return err
		}
	}
	for _, im := range q.FeedbackImages {
		if _, err := tx.ExecContext(ctx, "INSERT INTO image_refs (hash, question_id, side) VALUES (?, ?, 'feedback')",
			im.Hash, questionID); err != nil {
			return err
		}
	}
	return nil
}

// fillAnswerImageData fills in the bytes of the images in the feedback of
// a question's short and numeric answers, for an export, through fill.
// The answers are copied.
func fillAnswerImageData(q *quiz.Question, fill func([]quiz.Image) ([]quiz.Image, error)) error {
	copied := false
	for i := range q.Marked {
		if len(q.Marked[i].FeedbackImages) == 0 {
			continue
		}
		if !copied {
			q.Marked, copied = append([]quiz.ShortAnswer(nil), q.Marked...), true
		}
		imgs, err := fill(q.Marked[i].FeedbackImages)
		if err != nil {
			return err
		}
		q.Marked[i].FeedbackImages = imgs
	}
	copied = false
	for i := range q.Numeric {
		if len(q.Numeric[i].FeedbackImages) == 0 {
			continue
		}
		if !copied {
			q.Numeric, copied = append([]quiz.NumericAnswer(nil), q.Numeric...), true
		}
		imgs, err := fill(q.Numeric[i].FeedbackImages)
		if err != nil {
			return err
		}
		q.Numeric[i].FeedbackImages = imgs
	}
	return nil
}

// fillOptionImageData fills in the bytes of the images beside options and
// in their feedback, for an export, through fill (fillImageData's
// reader). The options are copied.
func fillOptionImageData(opts []quiz.Option, fill func([]quiz.Image) ([]quiz.Image, error)) ([]quiz.Option, error) {
	var out []quiz.Option
	for i, o := range opts {
		if (o.Image == nil || o.Image.Data != nil) && len(o.FeedbackImages) == 0 {
			continue
		}
		if out == nil {
			out = append([]quiz.Option(nil), opts...)
		}
		if o.Image != nil && o.Image.Data == nil {
			imgs, err := fill([]quiz.Image{*o.Image})
			if err != nil {
				return nil, err
			}
			out[i].Image = &imgs[0]
		}
		imgs, err := fill(o.FeedbackImages)
		if err != nil {
			return nil, err
		}
		out[i].FeedbackImages = imgs
	}
	if out == nil {
		return opts, nil
	}
	return out, nil
}
