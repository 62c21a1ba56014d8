package redact

import "testing"

// Tests of what session 75 found in its set of Japanese and Korean
// customers writing English (CK).

// TestJapanesePostalAddressesOfSession75 checks Japanese addresses after
// the postal mark "〒" and a postcode: in Japanese script from the
// prefecture to the block's numbers, with the building and its flat's
// number glued or a space apart, and in romaji with the building after
// a comma. The controls: a mark before no postcode or before a
// postcode and no numbered address, a postcode of the wrong length, and
// a firm's address (a seller's footer, a returns centre).
func TestJapanesePostalAddressesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"new address pls: 〒604-8005 京都府京都市中京区恵比須町5丁目2-9 カーサ河原町702号室 山本 様", TypeStreetAddress, "〒604-8005 京都府京都市中京区恵比須町5丁目2-9 カーサ河原町702号室"},
		{"送り先は〒920-0853 石川県金沢市本町2-7-14-302です", TypeStreetAddress, "〒920-0853 石川県金沢市本町2-7-14-302"},
		{"住所：〒730-0011 広島市中区基町11-3 ハイツ紙屋町 905\n電話", TypeStreetAddress, "〒730-0011 広島市中区基町11-3 ハイツ紙屋町 905"},
		{"〒064-0809 札幌市中央区南9条西4丁目1-15 ノースパレス311 Ota Ren", TypeStreetAddress, "〒064-0809 札幌市中央区南9条西4丁目1-15 ノースパレス311"},
		{"ship to 〒113-0033 Tokyo-to Bunkyo-ku Hongo 4-9-21, Villa Hongo 205. thanks", TypeStreetAddress, "〒113-0033 Tokyo-to Bunkyo-ku Hongo 4-9-21, Villa Hongo 205"},
		{"address 〒980-0811 Miyagi-ken Sendai-shi Aoba-ku Ichibancho 2-6-17. ok", TypeStreetAddress, "〒980-0811 Miyagi-ken Sendai-shi Aoba-ku Ichibancho 2-6-17"},
	})
	wantNoneTyped(t, d, []typedText{
		{"〒マークの意味は何ですか", TypeStreetAddress},
		{"郵便番号は〒604-8005 ですが住所は未定です", TypeStreetAddress},
		{"〒60-8005 京都府京都市中京区恵比須町5丁目2-9", TypeStreetAddress},
		{"販売元：株式会社サクラ雑貨 〒604-8005 京都府京都市中京区恵比須町5-2-9 サクラビル3F", TypeStreetAddress},
		{"返品先 〒272-0015 千葉県市川市鬼高4-1-9 ヒカリ物流センター 宛", TypeStreetAddress},
	})
}

// TestKoreanAddressesOfSession75 checks Korean road-name addresses in
// Hangul from the province to the flat (a road with a side road's
// number, a building's name before its block, a floor, a postcode or a
// neighbourhood in brackets), the lot-number form with "번지", and in
// romanised form from the building's number to the postcode. The
// controls: a road and a number with fewer than two places before it,
// words that end as a place's name does, a firm's address after its
// trade name or a centre's word, and a district with no road before it.
func TestKoreanAddressesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"배송지 서울특별시 종로구 율곡로19길 27, 405호 (03087) 로 보내주세요", TypeStreetAddress, "서울특별시 종로구 율곡로19길 27, 405호 (03087)"},
		{"addr: 대전광역시 서구 둔산대로 117, 한빛빌 203동 1104호\nphone", TypeStreetAddress, "대전광역시 서구 둔산대로 117, 한빛빌 203동 1104호"},
		{"주소는 경남 창원시 성산구 중앙대로 88 3층 입니다", TypeStreetAddress, "경남 창원시 성산구 중앙대로 88 3층"},
		{"주소: 충청북도 청주시 상당구 용암동 1042-3번지 그린빌 2동 301호", TypeStreetAddress, "충청북도 청주시 상당구 용암동 1042-3번지 그린빌 2동 301호"},
		{"please deliver to 9, Jahamun-ro 24-gil, Jongno-gu, Seoul 03042 thx", TypeStreetAddress, "9, Jahamun-ro 24-gil, Jongno-gu, Seoul 03042"},
		{"my address: Apt 203-905, 41 Dongil-ro, Nowon-gu, Seoul 01720", TypeStreetAddress, "Apt 203-905, 41 Dongil-ro, Nowon-gu, Seoul 01720"},
	})
	wantNoneTyped(t, d, []typedText{
		{"강남구 테헤란로 27 로 가주세요", TypeStreetAddress},
		{"제 친구 정도 저쪽으로 3 번 왔어요", TypeStreetAddress},
		{"[상호] 주식회사 하늘상사 | 사업자등록번호 120-81-00000\n[주소] 서울특별시 중구 세종대로 110, 5층", TypeStreetAddress},
		{"서비스센터 주소는 서울특별시 중구 세종대로 110 2층입니다", TypeStreetAddress},
		{"our office is in Jongno-gu, Seoul near the palace", TypeStreetAddress},
	})
}

// TestHonorificNamesOfSession75 checks a romanised Japanese surname
// glued to its honorific with a hyphen and a romanised Korean name
// before "nim", with no other cue, at the start of an agent's turn. The
// controls: a lower-case word before the honorific, a word in capitals,
// and a word glued to a hyphen and no honorific.
func TestHonorificNamesOfSession75(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"Agent: Fujiwara-sama, your parcel left the depot today.", TypePerson, "Fujiwara"},
		{"Agent: Hirano-san, please check the link again.", TypePerson, "Hirano"},
		{"Agent: Seung-ri nim, the refund was sent yesterday.", TypePerson, "Seung-ri"},
	})
	wantNoneTyped(t, d, []typedText{
		{"Agent: anime-san, please check the link again.", TypePerson},
		{"Agent: the HQ-sama line, please check the link again.", TypePerson},
		{"Agent: Follow-up, please check the link again.", TypePerson},
	})
}
