package minimize

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"time"
)

// PRF is a keyed pseudo-random function. A Tink PRF set
// (*prf.Set from github.com/tink-crypto/tink-go/v2/prf, made from a
// keyset of prf.HMACSHA256PRFKeyTemplate) satisfies it, and so does
// [HMACPRF].
type PRF interface {
	ComputePrimaryPRF(input []byte, outputLength uint32) ([]byte, error)
}

// MinPRFKeyBytes is the shortest key [HMACPRF] accepts.
const MinPRFKeyBytes = 32

// HMACPRF returns a [PRF] computing HMAC-SHA256 under key (crypto/hmac),
// for programs that hold a raw secret rather than a Tink keyset. key must
// be at least [MinPRFKeyBytes] random bytes; it is copied.
func HMACPRF(key []byte) (PRF, error) {
	if len(key) < MinPRFKeyBytes {
		return nil, fmt.Errorf("minimize: PRF key is %d bytes, need at least %d", len(key), MinPRFKeyBytes)
	}
	return hmacPRF(append([]byte(nil), key...)), nil
}

type hmacPRF []byte

func (k hmacPRF) ComputePrimaryPRF(input []byte, n uint32) ([]byte, error) {
	if n > sha256.Size {
		return nil, fmt.Errorf("minimize: HMAC-SHA256 PRF gives at most %d bytes", sha256.Size)
	}
	mac := hmac.New(sha256.New, k)
	mac.Write(input)
	return mac.Sum(nil)[:n], nil
}

// MaxShiftDays bounds the range of a [DateShifter].
const MaxShiftDays = 3650

// ErrNoSubject means date shifting was asked for a value without saying
// whose it is (see [ForSubject]).
var ErrNoSubject = errors.New("date_shift needs the subject: pass ForSubject")

// DateShifter moves every date of a subject by the same number of days,
// between 1 and maxDays earlier or later (never 0, which would leave the
// date as it was). The shift is the PRF of the subject ID under a secret
// key: the same for every date and every call for one subject, so
// intervals between a subject's dates survive, different across subjects,
// and not computable without the key. It is safe for concurrent use.
type DateShifter struct {
	prf     PRF
	maxDays int
}

// NewDateShifter returns a DateShifter keyed by key that shifts dates by
// up to maxDays (1 to [MaxShiftDays]) either way.
func NewDateShifter(key PRF, maxDays int) (*DateShifter, error) {
	if key == nil {
		return nil, errors.New("minimize: date shifter needs a PRF key")
	}
	if maxDays < 1 || maxDays > MaxShiftDays {
		return nil, fmt.Errorf("minimize: date shift range %d days: want 1 to %d", maxDays, MaxShiftDays)
	}
	return &DateShifter{prf: key, maxDays: maxDays}, nil
}

// shiftDomain separates this use of the key from any other.
const shiftDomain = "confide/minimize/date_shift/v1\x00"

// Days returns the shift of subject in days: in [-maxDays, -1] or
// [1, maxDays].
func (s *DateShifter) Days(subject string) (int, error) {
	if subject == "" {
		return 0, ErrNoSubject
	}
	out, err := s.prf.ComputePrimaryPRF([]byte(shiftDomain+subject), 8)
	if err != nil {
		return 0, fmt.Errorf("minimize: date shift PRF: %w", err)
	}
	if len(out) < 8 {
		return 0, errors.New("minimize: date shift PRF returned too few bytes")
	}
	// 2*maxDays outcomes, at most 7300, from 64 bits: the modulo bias is
	// below 2^-50.
	n := uint64(2 * s.maxDays)
	k := int(binary.BigEndian.Uint64(out) % n)
	if k < s.maxDays {
		return k - s.maxDays, nil
	}
	return k - s.maxDays + 1, nil
}

// Shift returns t moved by the shift of subject, in days on t's calendar,
// keeping its time of day.
func (s *DateShifter) Shift(subject string, t time.Time) (time.Time, error) {
	d, err := s.Days(subject)
	if err != nil {
		return time.Time{}, err
	}
	return t.AddDate(0, 0, d), nil
}

// Generalizer returns the date_shift generalizer for time.Time fields (a
// zero time stays zero); the subject comes from [ForSubject] or, in [Profile], the conversation's
// scope. [WithDateShift] registers it.
func (s *DateShifter) Generalizer() Generalizer {
	return func(t reflect.Type, arg string) (GeneralizeFunc, error) {
		if arg != "" {
			return nil, errors.New("takes no argument: the range is the DateShifter's")
		}
		if t != timeType {
			return nil, fmt.Errorf("works on time.Time, not %s", t)
		}
		return func(v any, subject string) (any, error) {
			tm := v.(time.Time)
			if tm.IsZero() {
				return tm, nil // unset stays unset
			}
			return s.Shift(subject, tm)
		}, nil
	}
}
