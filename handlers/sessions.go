package handlers

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/gorilla/sessions"
	"github.com/lectern/lectern/internal/lru"
	"github.com/lectern/lectern/internal/quiz"
)

// sessionName is the cookie's name.
const sessionName = "lectern"

// keyUserID is the session value holding the learner's user id (int64).
const keyUserID = "uid"

// sessionUser keys the session's user, read with the session and kept only
// for the request: it is never saved.
type sessionUser struct{}

// SessionStore is a gorilla/sessions Store whose cookie holds only a random
// token; the values live (as JSON) in the sessions table under the token's
// SHA-256,
// so a session can be revoked on the server and a copied database holds no
// usable cookie.
type SessionStore struct {
	DB      Sessions
	Options sessions.Options
	Now     func() time.Time

	// decoded holds the values decoded from each record, by record: the
	// store replaces a record when it changes.
	decoded *lru.Cache[*quiz.SessionRecord, map[any]any]
}

// maxDecodedSessions bounds the decoded session values kept.
const maxDecodedSessions = 10000

// NewSessionStore returns a store whose cookies are HttpOnly, SameSite=Lax,
// Secure when secure is true, and live for maxAge.
func NewSessionStore(db Sessions, maxAge time.Duration, secure bool) *SessionStore {
	return &SessionStore{
		DB:      db,
		decoded: lru.New[*quiz.SessionRecord, map[any]any](maxDecodedSessions),
		Options: sessions.Options{
			Path:     "/",
			MaxAge:   int(maxAge / time.Second),
			HttpOnly: true,
			Secure:   secure,
			SameSite: http.SameSiteLaxMode,
		},
		Now: time.Now,
	}
}

// Get returns the session for this request, cached per request.
func (s *SessionStore) Get(r *http.Request, name string) (*sessions.Session, error) {
	return sessions.GetRegistry(r).Get(s, name)
}

// New loads the session named by the request's cookie, or starts an empty
// one. An unknown or expired token starts an empty session; nothing is
// written until Save.
func (s *SessionStore) New(r *http.Request, name string) (*sessions.Session, error) {
	sess := sessions.NewSession(s, name)
	opts := s.Options
	sess.Options = &opts
	sess.IsNew = true
	c, err := r.Cookie(name)
	if err != nil || len(c.Value) != 43 {
		return sess, nil
	}
	rec, err := s.DB.FindSession(r.Context(), hashToken(c.Value))
	if err != nil {
		return sess, nil
	}
	vals, err := s.values(rec)
	if err != nil {
		return sess, nil
	}
	sess.Values = vals
	sess.ID = c.Value
	sess.IsNew = false
	if rec.User != nil {
		sess.Values[sessionUser{}] = rec.User
	}
	return sess, nil
}

// Save writes the session and sets its cookie; a negative MaxAge deletes
// it on both sides.
func (s *SessionStore) Save(r *http.Request, w http.ResponseWriter, sess *sessions.Session) error {
	ctx := r.Context()
	if sess.Options.MaxAge < 0 {
		if sess.ID != "" {
			if err := s.DB.DeleteSession(ctx, hashToken(sess.ID)); err != nil {
				return err
			}
		}
		http.SetCookie(w, sessions.NewCookie(sess.Name(), "", sess.Options))
		return nil
	}
	if sess.ID == "" {
		tok, err := newToken()
		if err != nil {
			return err
		}
		sess.ID = tok
	}
	data, err := encodeValues(sess.Values)
	if err != nil {
		return err
	}
	uid, _ := sess.Values[keyUserID].(int64)
	rec := quiz.SessionRecord{
		TokenHash: hashToken(sess.ID),
		UserID:    uid,
		Data:      data,
		ExpiresAt: s.Now().Add(time.Duration(sess.Options.MaxAge) * time.Second),
	}
	if err := s.DB.SaveSession(ctx, rec); err != nil {
		return err
	}
	http.SetCookie(w, sessions.NewCookie(sess.Name(), sess.ID, sess.Options))
	return nil
}

// Renew gives the session a new token, revoking the old one: called when
// privileges change (log in, role change) to prevent session fixation.
func (s *SessionStore) Renew(ctx context.Context, sess *sessions.Session) error {
	if sess.ID != "" {
		if err := s.DB.DeleteSession(ctx, hashToken(sess.ID)); err != nil {
			return err
		}
	}
	sess.ID = ""
	return nil
}

func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func hashToken(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}

// encodeValues stores session values as JSON. Keys must be strings and
// values strings, bools or integers: sessions hold ids and flags, never
// objects.
func encodeValues(vals map[any]any) ([]byte, error) {
	m := make(map[string]any, len(vals))
	for k, v := range vals {
		if _, ok := k.(sessionUser); ok {
			continue
		}
		ks, ok := k.(string)
		if !ok {
			return nil, fmt.Errorf("session key %v is not a string", k)
		}
		switch v.(type) {
		case string, bool, int, int64:
			m[ks] = v
		default:
			return nil, fmt.Errorf("session value for %q has type %T", ks, v)
		}
	}
	return json.Marshal(m)
}

// decodeValues reads what encodeValues wrote; whole numbers come back as
// int64.
func decodeValues(data []byte) (map[any]any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	out := make(map[any]any, len(m))
	for k, v := range m {
		if n, ok := v.(json.Number); ok {
			i, err := n.Int64()
			if err != nil {
				return nil, err
			}
			out[k] = i
			continue
		}
		out[k] = v
	}
	return out, nil
}

// values returns a copy of a session's decoded values, decoding the stored
// JSON once per record (records are cached by the store for a short while).
func (s *SessionStore) values(rec *quiz.SessionRecord) (map[any]any, error) {
	cached, ok := s.decoded.Get(rec)
	if !ok {
		var err error
		if cached, err = decodeValues(rec.Data); err != nil {
			return nil, err
		}
		s.decoded.Add(rec, cached)
	}
	out := make(map[any]any, len(cached)+1)
	for k, v := range cached {
		out[k] = v
	}
	return out, nil
}
