package redact

import (
	"strconv"
	"strings"
)

// Geographic coordinates: a map pin a customer pastes for a driver ("my
// front door is at 53.80071, -1.54915") places a home to a few metres.

// TypeGPSCoordinates is a latitude and longitude pair.
const TypeGPSCoordinates = "GPS_COORDINATES"

var geoRules = []Rule{
	{
		// Decimal degrees as maps copy them: a latitude and a longitude
		// of four to eight decimals each, parted by a comma or a space.
		// Fewer decimals are prices and measures as often ("51.5,
		// 0.12"); a list of more numbers is data, not a pin. Inside a
		// link's query ("maps.google.com/?q=6.44741,3.47219") the link
		// holds the pin: no '=', '/', '?' or '&' before it. Since session
		// 77 its score outweighs a PIN's word before it ("Pickup pin was
		// 48.87215, 2.38041": no password "48.87215").
		Name:     "gps_decimal",
		Type:     TypeGPSCoordinates,
		Pattern:  `(?:\A|[^\w.,\-=/?&])(?P<v>-?\d{1,2}\.\d{4,8},? -?\d{1,3}\.\d{4,8}|-?\d{1,2}\.\d{4,8},-?\d{1,3}\.\d{4,8})(?:\z|[^\w.,\-]|[.,](?:\s|\z))`,
		Score:    0.7,
		Validate: validDecimalCoordinates,
		Examples: []Example{
			{Text: "my actual front door is at 53.80071, -1.54915 can u save that", Want: "53.80071, -1.54915"},
			{Text: "pin: -33.86882,151.20929", Want: "-33.86882,151.20929"},
			{Text: "it shows 51.5145 -0.0823 but", Want: "51.5145 -0.0823"},
			{Text: "lat 95.12345, 10.12345", Want: ""},
			{Text: "costs 12.50, 13.75", Want: ""},
			{Text: "0.1234,0.5678,0.9101", Want: ""},
			{Text: "Pickup pin was 48.87215, 2.38041 but that is two streets away", Want: "48.87215, 2.38041"},
			{Text: "use this location https://maps.google.com/?q=6.44741,3.47219 na the yellow duplex", Want: ""},
		},
	},
	{
		// Degrees, minutes and seconds as maps print them:
		// 40°44'18.2"N 73°59'26.1"W.
		Name:    "gps_dms",
		Type:    TypeGPSCoordinates,
		Pattern: `(?P<v>\d{1,2}°\s?\d{1,2}['′]\s?\d{1,2}(?:\.\d{1,4})?(?:"|″|'')\s?[NS],?\s?\d{1,3}°\s?\d{1,2}['′]\s?\d{1,2}(?:\.\d{1,4})?(?:"|″|'')\s?[EW])`,
		Score:   0.7,
		Examples: []Example{
			{Text: `pls tell the driver to come to 40°44'18.2"N 73°59'26.1"W, the building`, Want: `40°44'18.2"N 73°59'26.1"W`},
			{Text: `51°30'26"N, 0°7'39"W`, Want: `51°30'26"N, 0°7'39"W`},
			{Text: `it was 40° outside`, Want: ""},
		},
	},
	{
		// A photo's position as exiftool prints its metadata, one line
		// a coordinate: "GPSLatitude: 53 deg 28' 51.12\" N", "GPS
		// Position: 53 deg 28' 51.12\" N, 2 deg 14' 37.80\" W". A photo
		// of a claim's damage taken at home gives the home.
		Name:           "gps_exif",
		Type:           TypeGPSCoordinates,
		Pattern:        `(?:\A|[^\w.])(?P<v>\d{1,3} deg \d{1,2}' \d{1,2}(?:\.\d{1,4})?" [NSEW](?:, \d{1,3} deg \d{1,2}' \d{1,2}(?:\.\d{1,4})?" [EW])?)`,
		Score:          0.7,
		Keywords:       gpsExifWords,
		Context:        gpsExifWords,
		RequireContext: true,
		Examples: []Example{
			{Text: "Model: iPhone 13\nGPSLatitude: 53 deg 28' 51.12\" N\nDateTime: 2024:02:09", Want: `53 deg 28' 51.12" N`},
			{Text: `GPS Position: 53 deg 28' 51.12" N, 2 deg 14' 37.80" W`, Want: `53 deg 28' 51.12" N, 2 deg 14' 37.80" W`},
			{Text: `GPSLatitude: 53 deg 28 N`, Want: ""},
			{Text: `rotate 90 deg 12' 3" X`, Want: ""},
		},
	},
}

// gpsExifWords name the position in a photo's metadata.
var gpsExifWords = []string{"gpslatitude", "gpslongitude", "gpsposition", "gps position", "gps latitude", "gps longitude"}

// validDecimalCoordinates checks a latitude of -90 to 90 and a longitude
// of -180 to 180 in decimal degrees, parted by a comma or a space.
func validDecimalCoordinates(match string) bool {
	k := strings.IndexAny(match, ", ")
	if k < 0 {
		return false
	}
	lat, err1 := strconv.ParseFloat(match[:k], 64)
	lon, err2 := strconv.ParseFloat(strings.TrimLeft(match[k:], ", "), 64)
	return err1 == nil && err2 == nil && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180
}

func init() {
	register(geoRules...)
}
