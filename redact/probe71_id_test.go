package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of session 71's Indonesian names and addresses (idaddr.go, the
// Indonesian words of gazetteer_lists.go).

// TestStreetsAndEstatesIndonesianOfSession71 checks Indonesian streets
// read whole from their word to the house's number: a name of four words
// and a roman numeral before "No.", a housing estate ("Perum",
// "Perumahan") and its block, the alley ("Gg.") and the kilometre post
// ("Km 4,5") after the street's name, a block's code inside the name.
// The controls: the words with no number after them, a block without a
// name, an estate's word in prose, and an address in capitals, which the
// street reader reads as before.
func TestStreetsAndEstatesIndonesianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"kirim ke Jl. Raya Kenanga Indah II No. 7, Kel. Sukaraja, Kec. Cicendo ya", TypeStreetAddress, "Jl. Raya Kenanga Indah II No. 7, Kel. Sukaraja, Kec. Cicendo"},
		{"rumah saya Perum Taman Melati Blok D4 No. 21, RT 05/RW 09, Desa Cikarang, Kec. Cibitung, Kab. Bekasi 17520", TypeStreetAddress, "Perum Taman Melati Blok D4 No. 21, RT 05/RW 09, Desa Cikarang, Kec. Cibitung, Kab. Bekasi 17520"},
		{"alamat Perumahan Bukit Hijau Blok A2 No. 3, Bekasi", TypeStreetAddress, "Perumahan Bukit Hijau Blok A2 No. 3, Bekasi"},
		{"tolong antar ke Jl. Palagan Km 4,5 Gg. Mawar Sari No. 9, Sleman", TypeStreetAddress, "Jl. Palagan Km 4,5 Gg. Mawar Sari No. 9, Sleman"},
		{"paket ke Jl. Teuku Umar Gg. XII No. 14, Denpasar", TypeStreetAddress, "Jl. Teuku Umar Gg. XII No. 14, Denpasar"},
		{"tujuan Jl. Muara Karang C2 Selatan No. 6, Pluit, Jakarta Utara 14450 ya kak", TypeStreetAddress, "Jl. Muara Karang C2 Selatan No. 6, Pluit, Jakarta Utara 14450"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Jl. Kenanga Indah belum ada nomornya kak", TypeStreetAddress},
		{"Perum Blok 7 sudah penuh", TypeStreetAddress},
		{"Perumahan baru di Bekasi harganya naik 12 persen", TypeStreetAddress},
	})
	// Estates' and streets' names are no people.
	wantNoneTyped(t, d, []typedText{
		{"rumahku Perum Taman Melati Blok D4 No. 21, RT 05/RW 09, Desa Cikarang", TypePerson},
		{"Alamat: Jl. Raya Kenanga Indah II No. 7, Kel. Sukaraja", TypePerson},
	})
	// In capitals the street reader reads it, its tail with it.
	require.Equal(t, []string{"JL. MANGGA DUA RAYA NO. 5 RT 003/RW 004 KEL. ANCOL KEC. PADEMANGAN JAKARTA UTARA"},
		valuesOf(t, d, "Alamat: JL. MANGGA DUA RAYA NO. 5 RT 003/RW 004 KEL. ANCOL KEC. PADEMANGAN JAKARTA UTARA", TypeStreetAddress))
}

// TestPlacesBeforePostcodeIndonesianOfSession71 checks the places an
// Indonesian address names after its street, its RT/RW or its districts
// without their words, up to the postcode of five digits ("...,
// Kembangan, Jakarta Barat 11610", "..., Kota Malang, Jawa Timur
// 65145"). The controls: the same places and number after a street of
// another land, and Indonesian places that no postcode ends.
func TestPlacesBeforePostcodeIndonesianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"kirim ke Jl. Anggrek No. 3, RT 01/RW 02, Meruya, Kembangan, Jakarta Barat 11610 ya", TypeStreetAddress, "Jl. Anggrek No. 3, RT 01/RW 02, Meruya, Kembangan, Jakarta Barat 11610"},
		{"Alamat: Jl. Ijen No. 12, Kel. Oro Oro Dowo, Kota Malang, Jawa Timur 65145", TypeStreetAddress, "Jl. Ijen No. 12, Kel. Oro Oro Dowo, Kota Malang, Jawa Timur 65145"},
	})
	// Another land's street keeps its old reading: no places are joined
	// across a number that ends a list.
	require.NotContains(t, valuesOf(t, d, "ship to 12 Oak Street, Dayton, Team Alpha, Group Beta 45402", TypeStreetAddress),
		"12 Oak Street, Dayton, Team Alpha, Group Beta 45402")
	wantNoneTyped(t, d, []typedText{
		{"kirim ke Jl. Anggrek No. 3, Meruya, Kembangan, Jakarta Barat ya", TypeZipCode},
	})
}

// TestNamesIndonesianOfSession71 checks Indonesian names: after "Saya"
// (I), which opens the sentence and no name; Balinese names with their
// "I" or "Ni" and the birth order's word; a name after "namanya" (his
// name is) and "penerima" (recipient); and the greetings "Halo",
// "Saldo" (balance) and "Patokan" (landmark) as no names. The controls:
// "I" before a word of no Balinese name, "Ni" in Spanish, and the cues
// before lower-case words.
func TestNamesIndonesianOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Saya Rudi Hartanto, mau tanya soal tagihan", TypePerson, "Rudi Hartanto"},
		{"Nama: Ni Luh Made Sari Dewanti\nNIK: 5171010101900001", TypePerson, "Ni Luh Made Sari Dewanti"},
		{"Nama: I Ketut Arsana / HP 0812-0000-1111", TypePerson, "I Ketut Arsana"},
		{"kurirnya namanya Slamet, plat B 1234 XYZ", TypePerson, "Slamet"},
		{"penerima Suwarni rek BNI 0123456789", TypePerson, "Suwarni"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Halo, mau tanya kak", TypePerson},
		{"Saldo Rp 0, tidak ada pesanan", TypePerson},
		{"Patokan: depan warung", TypePerson},
		{"I Made it home safely", TypePerson},
		{"namanya apa ya kak?", TypePerson},
		{"penerima sudah konfirmasi", TypePerson},
	})
	require.NotContains(t, valuesOf(t, d, "Halo, saya Rudi Hartanto", TypePerson), "Halo")
	require.NotContains(t, valuesOf(t, d, "I Made Sure the door was locked", TypePerson), "I Made Sure")
}
