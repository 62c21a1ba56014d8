package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// TestHungarianAddressOfSession32 checks Hungarian addresses: the
// designator in lower case after the street's name, which is often a
// person's ("Petőfi Sándor utca"), the house number with its period, the
// floor and the door ("fszt. 2.", "4. em. 10.", "4/15"), and the town
// before the street with the postcode after it ("Eger, Damjanich utca
// 84., 3374"). A name before an English word or a bare "sor" without a
// number stays out.
func TestHungarianAddressOfSession32(t *testing.T) {
	d, err := NewDetector()
	require.NoError(t, err)
	wantFound(t, d, TypeStreetAddress, []textValue{
		{"Cím: Arany János utca 60. fszt. 2.\n6706 Szeged. Köszönöm", "Arany János utca 60. fszt. 2.\n6706 Szeged"},
		{"Old address: 7668 Pécs, Petőfi Sándor utca 42.\nNew one soon.", "7668 Pécs, Petőfi Sándor utca 42."},
		{"New address: 6745 Szeged, Szent István körút 48. 4/5, Magyarország", "6745 Szeged, Szent István körút 48. 4/5, Magyarország"},
		{"My old address was Debrecen, Hársfa sor 69. 4/15, 4070.", "Debrecen, Hársfa sor 69. 4/15, 4070"},
		{"Az új címem: Eger, Damjanich utca 51. 6. em. 4., 3331. Tanár vagyok.", "Eger, Damjanich utca 51. 6. em. 4., 3331"},
		{"Cím: Győr\nPetőfi Sándor utca 25. fszt. 2.\n9054", "Győr\nPetőfi Sándor utca 25. fszt. 2.\n9054"},
		{"Please send it to Fenyves köz 11. fszt. 2.\n4007 Debrecen today", "Fenyves köz 11. fszt. 2.\n4007 Debrecen"},
		{"It is Andrássy út 12, 1061 Budapest", "Andrássy út 12, 1061 Budapest"},
		{"Address: Budapest, Rózsa utca 15., 1016\nEmail: x@y.hu", "Budapest, Rózsa utca 15., 1016"},
		{"Szent István körút 2. 2. em. 12.\n9022 Győr\nMagyarország", "Szent István körút 2. 2. em. 12.\n9022 Győr\nMagyarország"},
	}, []string{
		"Hello Kitty sor",
		"Anna utca",
		"Meet Peter Kovacs at 5 pm",
	})
}
