package handlers

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/a-h/templ"
)

// A page whose client went away mid-render is not logged as an error (it
// is no fault of the server's, and a load run's end logged dozens); a
// render that fails for its own reasons still is.
func TestRenderForAGoneClientLogsNothing(t *testing.T) {
	var logs bytes.Buffer
	h := &Handler{log: slog.New(slog.NewTextHandler(&logs, nil))}
	failing := templ.ComponentFunc(func(ctx context.Context, w io.Writer) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return errors.New("a broken template")
	})

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := httptest.NewRequest("GET", "/courses/x", nil).WithContext(ctx)
	h.render(httptest.NewRecorder(), r, 200, failing)
	if logs.Len() != 0 {
		t.Fatalf("a gone client's render was logged: %s", logs.String())
	}

	w := httptest.NewRecorder()
	h.render(w, httptest.NewRequest("GET", "/courses/x", nil), 200, failing)
	if w.Code != 500 || !strings.Contains(logs.String(), "a broken template") {
		t.Fatalf("a failed render: status %d, log %q; want 500 and the error logged", w.Code, logs.String())
	}
}
