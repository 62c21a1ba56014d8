package minimize_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tink-crypto/tink-go/v2/keyset"
	"github.com/tink-crypto/tink-go/v2/prf"

	"github.com/confide-dev/confide/minimize"
)

func TestAgeBand(t *testing.T) {
	tests := []struct {
		age  int
		want string
	}{
		{0, "0-17"}, {17, "0-17"}, {18, "18-24"}, {24, "18-24"}, {25, "25-34"},
		{34, "25-34"}, {35, "35-44"}, {64, "55-64"}, {84, "75-84"}, {85, "85-89"},
		{89, "85-89"}, {90, "90+"}, {120, "90+"}, {1 << 40, "90+"},
	}
	for _, tt := range tests {
		got, err := minimize.AgeBand(tt.age)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, "age %d", tt.age)
	}
	_, err := minimize.AgeBand(-1)
	require.ErrorIs(t, err, minimize.ErrNegativeAge)

	// Through a tag, on every integer kind.
	type Ages struct {
		A int    `json:"a" minimize:"x=generalize(age_band)"`
		B uint8  `json:"b" minimize:"x=generalize(age_band)"`
		C *int64 `json:"c" minimize:"x=generalize(age_band)"`
	}
	c := int64(120)
	v, err := minimize.View(Ages{A: 89, B: 90, C: &c}, "x")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"a": "85-89", "b": "90+", "c": "90+"}, v)
}

func TestBirthYear(t *testing.T) {
	today := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		birth time.Time
		want  string
	}{
		{time.Date(1987, 3, 9, 0, 0, 0, 0, time.UTC), "1987"},
		{time.Date(1935, 6, 2, 0, 0, 0, 0, time.UTC), "1935"}, // 89, turns 90 tomorrow
		{time.Date(1935, 6, 1, 0, 0, 0, 0, time.UTC), "90+"},  // 90 today
		{time.Date(1905, 1, 1, 0, 0, 0, 0, time.UTC), "90+"},  // 120
		{time.Time{}, ""},
	}
	for _, tt := range tests {
		got, err := minimize.BirthYear(tt.birth, today)
		require.NoError(t, err)
		assert.Equal(t, tt.want, got, tt.birth)
	}
	_, err := minimize.BirthYear(today.AddDate(0, 0, 1), today)
	require.ErrorIs(t, err, minimize.ErrFutureBirth)
}

// The 17 three-digit ZIP prefixes of HIPAA Safe Harbor (HHS de-identification
// guidance, from the 2000 Census): every one becomes "000".
var restricted = []string{"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893"}

func TestZIP3(t *testing.T) {
	for _, p := range restricted {
		for _, zip := range []string{p + "01", p + "99-1234", p + "000000"} {
			got, err := minimize.ZIP3(zip)
			require.NoError(t, err)
			assert.Equal(t, "000", got, zip)
		}
		assert.True(t, minimize.RestrictedZIP3(p))
	}
	count := 0
	for i := range 1000 {
		p := fmt.Sprintf("%03d", i)
		got, err := minimize.ZIP3(p + "42")
		require.NoError(t, err)
		if got == "000" && p != "000" {
			count++
			continue
		}
		assert.Equal(t, p, got)
		assert.False(t, minimize.RestrictedZIP3(p))
	}
	assert.Equal(t, 17, count, "exactly the 17 restricted prefixes become 000")

	for zip, want := range map[string]string{"02139": "021", " 02139-4307 ": "021", "941031234": "941", "00501": "005"} {
		got, err := minimize.ZIP3(zip)
		require.NoError(t, err)
		assert.Equal(t, want, got, zip)
	}
	for _, bad := range []string{"", "0213", "021390", "02139-43", "ABCDE", "SW1A 1AA", "02139 4307", "０２１３９"} {
		_, err := minimize.ZIP3(bad)
		require.ErrorIs(t, err, minimize.ErrNotZIP, bad)
	}
}

func TestStringGeneralizers(t *testing.T) {
	for in, want := range map[string]string{
		"ana@Example.COM":         "example.com",
		" bob.smith@mail.co.uk ":  "mail.co.uk",
		`"odd@name"@example.org`:  "example.org",
		"x+tag@sub.example.co.jp": "sub.example.co.jp",
	} {
		got, err := minimize.EmailDomain(in)
		require.NoError(t, err)
		assert.Equal(t, want, got, in)
	}
	for _, bad := range []string{"", "ana", "@example.com", "ana@", "ana@localhost", "ana@exa mple.com"} {
		_, err := minimize.EmailDomain(bad)
		require.ErrorIs(t, err, minimize.ErrNotEmail, bad)
	}

	assert.Equal(t, "Zo", minimize.Truncate("Zoë", 2))
	assert.Equal(t, "Zoë", minimize.Truncate("Zoë", 3))
	assert.Equal(t, "Zoë", minimize.Truncate("Zoë", 10))
	assert.Equal(t, "日本", minimize.Truncate("日本語", 2))
	assert.Equal(t, "", minimize.Truncate("abc", 0))
}

func TestNumberGeneralizers(t *testing.T) {
	assert.Equal(t, "30-39", minimize.Bucket(37, 10, true))
	assert.Equal(t, "30-40", minimize.Bucket(37.5, 10, false))
	assert.Equal(t, "-10--1", minimize.Bucket(-3, 10, true))
	assert.Equal(t, "50000-74999", minimize.Bucket(61234, 25000, true))

	assert.InDelta(t, 42.4, minimize.Grid(42.3601, 0.1), 1e-9)
	assert.InDelta(t, -71.1, minimize.Grid(-71.0589, 0.1), 1e-9)
	assert.InDelta(t, 42.5, minimize.Grid(42.3601, 0.5), 1e-9)

	type Place struct {
		Lat    float64 `json:"lat" minimize:"x=generalize(grid:0.1)"`
		Lng    float32 `json:"lng" minimize:"x=generalize(grid:0.01)"`
		Income int     `json:"income" minimize:"x=generalize(bucket:25000)"`
	}
	v, err := minimize.View(Place{Lat: 48.8566, Lng: 2.3522, Income: 61234}, "x")
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"lat": 48.9, "lng": 2.35, "income": "50000-74999"}, v)
	p, err := minimize.Apply(Place{Lat: 48.8566, Lng: 2.3522}, "x.y")
	require.Error(t, err) // bucket yields a string, the int field cannot hold it
	assert.Zero(t, p)

	type Coarse struct {
		Lat float64 `minimize:"x=generalize(grid:0.1)"`
		Lng float32 `minimize:"x=generalize(grid:0.5)"`
	}
	c, err := minimize.Apply(Coarse{Lat: 48.8566, Lng: 2.3522}, "x")
	require.NoError(t, err)
	assert.Equal(t, Coarse{Lat: 48.9, Lng: 2.5}, c)

	for _, bad := range []any{
		struct {
			A int `minimize:"x=generalize(bucket:2.5)"`
		}{},
		struct {
			A int `minimize:"x=generalize(bucket:-1)"`
		}{},
		struct {
			A string `minimize:"x=generalize(bucket:10)"`
		}{},
		struct {
			A int `minimize:"x=generalize(grid:0.1)"`
		}{},
		struct {
			A float64 `minimize:"x=generalize(grid:abc)"`
		}{},
		struct {
			A string `minimize:"x=generalize(zip3:5)"`
		}{},
	} {
		require.ErrorIs(t, minimize.Default().Check(bad), minimize.ErrPolicy, "%T", bad)
	}
}

func TestDateShifter(t *testing.T) {
	key, err := minimize.HMACPRF([]byte("0123456789abcdef0123456789abcdef"))
	require.NoError(t, err)
	s, err := minimize.NewDateShifter(key, 30)
	require.NoError(t, err)
	same, err := minimize.NewDateShifter(key, 30)
	require.NoError(t, err)
	otherKey, err := minimize.HMACPRF([]byte("fedcba9876543210fedcba9876543210"))
	require.NoError(t, err)
	other, err := minimize.NewDateShifter(otherKey, 30)
	require.NoError(t, err)

	distinct := map[int]bool{}
	differentUnderOtherKey := 0
	for i := range 200 {
		subject := fmt.Sprintf("cust-%d", i)
		d, err := s.Days(subject)
		require.NoError(t, err)
		assert.NotZero(t, d)
		assert.LessOrEqual(t, d, 30)
		assert.GreaterOrEqual(t, d, -30)
		again, err := same.Days(subject)
		require.NoError(t, err)
		assert.Equal(t, d, again, "deterministic per subject and key")
		distinct[d] = true
		o, err := other.Days(subject)
		require.NoError(t, err)
		if o != d {
			differentUnderOtherKey++
		}
	}
	assert.Greater(t, len(distinct), 40, "subjects get different shifts")
	assert.Greater(t, differentUnderOtherKey, 180, "another key gives other shifts")

	// Every date of one subject moves by the same days: intervals survive.
	a := time.Date(2024, 2, 28, 9, 30, 0, 0, time.UTC)
	b := time.Date(2024, 3, 15, 9, 30, 0, 0, time.UTC)
	sa, err := s.Shift("cust-1", a)
	require.NoError(t, err)
	sb, err := s.Shift("cust-1", b)
	require.NoError(t, err)
	assert.Equal(t, b.Sub(a), sb.Sub(sa))
	assert.Equal(t, 9, sa.Hour())

	_, err = s.Days("")
	require.ErrorIs(t, err, minimize.ErrNoSubject)
	_, err = minimize.HMACPRF(make([]byte, 16))
	require.Error(t, err)
	_, err = minimize.NewDateShifter(key, 0)
	require.Error(t, err)
	_, err = minimize.NewDateShifter(nil, 10)
	require.Error(t, err)
}

func TestDateShifterWithTink(t *testing.T) {
	h, err := keyset.NewHandle(prf.HMACSHA256PRFKeyTemplate())
	require.NoError(t, err)
	set, err := prf.NewPRFSet(h)
	require.NoError(t, err)
	s, err := minimize.NewDateShifter(set, 365)
	require.NoError(t, err)
	d1, err := s.Days("cust-1")
	require.NoError(t, err)
	d2, err := s.Days("cust-1")
	require.NoError(t, err)
	assert.Equal(t, d1, d2)
	assert.NotZero(t, d1)
	assert.LessOrEqual(t, max(d1, -d1), 365)
}
