package handlers

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
)

// pingStore is a Store whose database answers Ping with err; the handlers
// need nothing else of it to answer /healthz.
type pingStore struct {
	Store
	err error
}

func (s pingStore) Ping(context.Context) error { return s.err }

func TestHealthAnswersFromTheStoreContract(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want int
	}{
		{"database answers", nil, http.StatusOK},
		{"database down", errors.New("disk gone"), http.StatusServiceUnavailable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := pingStore{err: tc.err}
			h := New(Deps{Store: db, Sessions: NewSessionStore(db, 0, false), Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
			if got := rec.Code; got != tc.want {
				t.Fatalf("GET /healthz = %d, want %d", got, tc.want)
			}
		})
	}
}
