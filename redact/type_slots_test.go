package redact

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTypeHashSlots: each of the scanner's and the soft recognizer's
// types has a slot of its own in Engine.typeOn, so that state.on answers
// them without the engine's map.
// A new type that shares a slot is still answered right, only slower:
// pick other bytes or weights in typeHash.
func TestTypeHashSlots(t *testing.T) {
	seen := map[uint8]string{}
	for _, typ := range slotTypes {
		h := typeHash(typ)
		if other, ok := seen[h]; ok && other != typ {
			t.Errorf("%s and %s share slot %d", typ, other, h)
		}
		seen[h] = typ
	}
}

// TestStateOn: state.on answers as the engine's map, for the scanner's
// types, for types only rules or deny lists report, for a type that
// shares a slot with one of the scanner's, and for the empty type,
// whatever types the options keep.
func TestStateOn(t *testing.T) {
	// A type of the same hash as PASSWORD, which only the map knows.
	twin := ""
	for _, a := range "ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
		for _, b := range "ABCDEFGHIJKLMNOPQRSTUVWXYZ" {
			if c := "PA" + string(a) + "SWOR" + string(b); twin == "" && c != TypePassword && typeHash(c) == typeHash(TypePassword) {
				twin = c
			}
		}
	}
	require.NotEmpty(t, twin)
	custom := Rule{Name: "twin", Type: twin, Pattern: `\bTWIN-\d{4}\b`, Score: 0.9}
	for _, c := range []struct {
		name string
		opts []Option
	}{
		{"default", nil},
		{"every type", []Option{WithTypes(slices.Concat(scannerTypes, []string{TypePerson})...)}},
		{"emails", []Option{WithTypes(TypeEmailAddress)}},
		{"dates", []Option{WithTypes(TypeDateTime, TypeDateOfBirth)}},
		{"no passwords", []Option{WithoutTypes(TypePassword, TypeUsername, TypeAPIKey)}},
		{"no sort codes", []Option{WithoutTypes(typeUKSortCode, TypeZipCode)}},
		{"twin rule", []Option{WithRules(custom)}},
		{"twin rule only", []Option{WithRules(custom), WithTypes(twin)}},
		{"twin denied", []Option{WithDenyList(twin, "acme"), WithoutTypes(TypePassword)}},
		{"no defaults", []Option{WithoutDefaultRules()}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, err := NewDetector(c.opts...)
			require.NoError(t, err)
			s := &state{e: e}
			types := slices.Concat([]string{"", twin, "UK_NINO", TypePerson, "NOT_A_TYPE"}, scannerTypes)
			for _, typ := range types {
				assert.Equal(t, e.enabled[typ], s.on(typ), typ)
			}
		})
	}
}
