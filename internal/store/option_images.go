package store

import (
	"context"
	"database/sql"

	"github.com/lectern/lectern/internal/quiz"
)

// storeOptionImages writes the bytes of the images beside a question's
// options, as storeImages does for its stem, and returns the options with
// the images as the question keeps them. The options are copied, so the
// caller's question is left as it was.
func storeOptionImages(ctx context.Context, tx *sql.Tx, opts []quiz.Option, now string) ([]quiz.Option, error) {
	has := false
	for _, o := range opts {
		has = has || o.Image != nil
	}
	if !has {
		return opts, nil
	}
	out := append([]quiz.Option(nil), opts...)
	for i := range out {
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

// linkOptionImages records the images a question's options show, each with
// its option's position. It runs after linkQuestionImages, which cleared
// the question's earlier references.
func linkOptionImages(ctx context.Context, tx *sql.Tx, questionID int64, opts []quiz.Option) error {
	for i, o := range opts {
		if o.Image == nil {
			continue
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO image_refs (hash, question_id, side, position) VALUES (?, ?, 'option', ?)",
			o.Image.Hash, questionID, i); err != nil {
			return err
		}
	}
	return nil
}

// fillOptionImageData fills in the bytes of the images beside options,
// for an export, through fill (fillImageData's reader). The options are
// copied.
func fillOptionImageData(opts []quiz.Option, fill func([]quiz.Image) ([]quiz.Image, error)) ([]quiz.Option, error) {
	var out []quiz.Option
	for i, o := range opts {
		if o.Image == nil || o.Image.Data != nil {
			continue
		}
		if out == nil {
			out = append([]quiz.Option(nil), opts...)
		}
		imgs, err := fill([]quiz.Image{*o.Image})
		if err != nil {
			return nil, err
		}
		out[i].Image = &imgs[0]
	}
	if out == nil {
		return opts, nil
	}
	return out, nil
}
