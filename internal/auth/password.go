// Package auth holds Lectern's account rules: password hashing with
// argon2id (bounded in how many run at once), the password policy, and
// throttling of sign-in attempts. It holds no HTTP and no SQL; time is
// passed in.
package auth

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/trustelem/zxcvbn"
	"github.com/trustelem/zxcvbn/match"
	"golang.org/x/crypto/argon2"
)

// Argon2id parameters: OWASP's minimum recommendation (19 MiB, 2
// iterations, 1 lane), about 30 ms on the project's machines.
const (
	argonMemory  = 19 * 1024
	argonTime    = 2
	argonThreads = 1
	argonKeyLen  = 32
	saltLen      = 16
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 8

// maxPasswordLength bounds the work a login can ask of the server.
const maxPasswordLength = 256

// ErrMismatch means a password does not match its hash.
var ErrMismatch = errors.New("auth: password does not match")

// MinStrength is the least zxcvbn score a new password must reach: 3
// means at least about 10^8 guesses, which holds against throttled online
// guessing and, with argon2id, against an attacker with a copy of the
// database for a long while.
const MinStrength = 3

// strengthPrefix bounds the characters the estimate reads, and so its
// time: a password whose first 100 characters are strong is strong.
const strengthPrefix = 100

// CheckPolicy returns a message for the user when a new password is not
// acceptable, or "". Beside its length, the password's strength is
// estimated with zxcvbn (dictionaries of common passwords, words and
// names, keyboard patterns, repeats, sequences, dates, and the user's own
// email); the message says what makes it weak and what would do.
func CheckPolicy(password, email string) string {
	n := utf8.RuneCountInString(password)
	switch {
	case n < MinPasswordLength:
		return fmt.Sprintf("Use at least %d characters.", MinPasswordLength)
	case len(password) > maxPasswordLength:
		return fmt.Sprintf("Use at most %d characters.", maxPasswordLength)
	case !utf8.ValidString(password):
		return "This password holds characters that are not text. Type it again."
	case email != "" && strings.EqualFold(strings.TrimSpace(password), email):
		return "Do not use your email address as your password."
	}
	est := password
	if n > strengthPrefix {
		est = string([]rune(password)[:strengthPrefix])
	}
	res := zxcvbn.PasswordStrength(est, userInputs(email))
	if res.Score >= MinStrength {
		return ""
	}
	return "This password is too easy to guess: " + weakness(res.Sequence, est) +
		" Use three or four unrelated words, or more characters; symbols and capitals are not needed."
}

// userInputs are the words of the user's own that a password should not
// rest on.
func userInputs(email string) []string {
	in := []string{"lectern"}
	if email == "" {
		return in
	}
	in = append(in, strings.ToLower(email))
	local, domain, _ := strings.Cut(strings.ToLower(email), "@")
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == '+' })
	in = append(in, local, strings.Join(parts, ""))
	in = append(in, parts...)
	in = append(in, strings.Split(domain, ".")...)
	return in
}

// weakness says what makes a password weak, from the longest pattern
// zxcvbn found in it.
func weakness(seq []*match.Match, password string) string {
	var m *match.Match
	for _, s := range seq {
		if s.DictionaryName == "user_inputs" {
			return "it is built on your email address or the site’s name."
		}
		if s.Pattern != "bruteforce" && (m == nil || len(s.Token) > len(m.Token)) {
			m = s
		}
	}
	if m == nil {
		return "it is too short for the characters it uses."
	}
	whole := len(m.Token) == len(password)
	switch m.Pattern {
	case "repeat":
		return "repeated characters or groups, such as “aaaa” or “abcabc”, are guessed early."
	case "sequence":
		return "sequences such as “abcd” or “6543” are guessed early."
	case "spatial":
		return "rows or patterns of keys, such as “qwerty” or “zxcvbn”, are guessed early."
	case "date", "regex":
		return "dates and years are guessed early."
	case "dictionary":
		switch {
		case m.L33t:
			return "swapping letters for look-alike digits or symbols (“@” for “a”, “0” for “o”) does not fool anyone guessing."
		case m.DictionaryName == "passwords" && whole:
			return "it is one of the most used passwords."
		case m.DictionaryName == "passwords":
			return "it is built on a password that many people use."
		case whole:
			return "a single common word or name is guessed early."
		}
		return "it rests on a common word or name with little added."
	}
	return "it follows a pattern that is guessed early."
}

// Hash returns the argon2id hash of a password in the PHC string format:
// $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH.
func Hash(password string) (string, error) {
	if len(password) > maxPasswordLength {
		return "", errors.New("auth: password too long")
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// Verify checks a password against a hash made by Hash (with whatever
// parameters it records), in constant time. It returns nil on a match,
// ErrMismatch on a wrong password, and another error for a malformed hash.
func Verify(hash, password string) error {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return errors.New("auth: not an argon2id hash")
	}
	var version int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return errors.New("auth: unsupported argon2 version")
	}
	var mem, t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &mem, &t, &p); err != nil || mem == 0 || t == 0 || p == 0 || mem > 1<<21 || t > 20 {
		return errors.New("auth: bad argon2 parameters")
	}
	b64 := base64.RawStdEncoding
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return errors.New("auth: bad salt")
	}
	want, err := b64.DecodeString(parts[5])
	if err != nil || len(want) == 0 || len(want) > 128 {
		return errors.New("auth: bad key")
	}
	if len(password) > maxPasswordLength {
		return ErrMismatch
	}
	got := argon2.IDKey([]byte(password), salt, t, mem, p, uint32(len(want)))
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

// dummyHash is verified against when an email is unknown, so that a login
// takes as long whether the account exists or not.
var dummyHash, _ = Hash("lectern-no-such-account")

// VerifyNothing spends the time a Verify would, for an unknown account.
func VerifyNothing(password string) {
	_ = Verify(dummyHash, password)
}
