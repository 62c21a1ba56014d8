package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 71 found in the gaps of its blind sets.

// TestScriptNamesFollowLanguagesOfSession71 checks that the names read
// from Japanese, Korean and Thai marks (an honorific, an ending, a title)
// follow WithLanguages as the other scripts' names follow their words: a
// detector of English alone reads none of them, one that lists the
// language reads its own and not the others'.
func TestScriptNamesFollowLanguagesOfSession71(t *testing.T) {
	texts := map[string]string{
		"ja": "田中様、ご注文ありがとうございます。",
		"ko": "김도윤입니다. 주문 확인 부탁드려요",
		"th": "สวัสดีครับ นายสมชาย ใจดี ขอสอบถามค่ะ",
	}
	names := map[string]string{"ja": "田中", "ko": "김도윤", "th": "สมชาย ใจดี"}
	all := defaultDetector(t)
	en, err := NewDetector(WithLanguages("en"))
	require.NoError(t, err)
	for lang, text := range texts {
		require.Equal(t, []string{names[lang]}, valuesOf(t, all, text, TypePerson), lang)
		require.Nil(t, valuesOf(t, en, text, TypePerson), lang)
		own, err := NewDetector(WithLanguages(lang))
		require.NoError(t, err)
		for other, text := range texts {
			got := valuesOf(t, own, text, TypePerson)
			if other == lang {
				require.Equal(t, []string{names[lang]}, got, lang)
			} else {
				require.Nil(t, got, "%s reads %s", lang, other)
			}
		}
	}
}

// TestVietnameseWordsOfSession71 checks a text written with Vietnamese
// marks: its words in lower case, whose syllables fold to names, are
// none ("thanh toán", pay; "dùng", use), nor are the capitalised words
// that open its sentences ("Mình", "Xin", "Tên:"); a pronoun of address
// is a title before a name ("Chị ... ơi"). The controls: a text in
// lower case of another language is read for names as before, and a
// Vietnamese name in an English sentence too.
func TestVietnameseWordsOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantNoneTyped(t, d, []typedText{
		{"thanh toán bằng thẻ bị từ chối hoài, thử 3 lần rồi vẫn lỗi, đơn hàng vẫn chưa được xác nhận", TypePerson},
		{"e ko nhận được mã khi đăng nhập, e đang dùng sim mới ạ", TypePerson},
		{"Mình muốn đổi gói cước, Xin hướng dẫn giúp mình với ạ", TypePerson},
		{"Em ở Hà Nội, ship ra Bình Dương mất mấy ngày vậy shop?", TypePerson},
		{"Agent: Quý khách chuyển khoản vào TK công ty: CÔNG TY CP THỜI TRANG HOA MAI, nội dung ghi số điện thoại", TypePerson},
		// Typed without its marks, told by its particles (plainVietnamese).
		{"ma otp la 482917 ma e chua nhap kip thi het han, gui lai cho e voi", TypePerson},
	})
	wantTyped(t, d, []typedValue{
		{"ten chu the la pham van hung, giup minh voi, the bi khoa roi", TypePerson, "pham van hung"},
	})
	wantTyped(t, d, []typedValue{
		{"Agent: Chị Đinh Thị Quỳnh ơi, bên em đã nhận được hàng hoàn ạ.", TypePerson, "Đinh Thị Quỳnh"},
		{"Dạ anh Khôi vui lòng chờ bên em kiểm tra lại đơn ạ", TypePerson, "Khôi"},
		{"hi its jiri kucera here, my order never came", TypePerson, "jiri kucera"},
		{"My name is Nguyễn Thị Hằng and my parcel is late", TypePerson, "Nguyễn Thị Hằng"},
	})
}

// TestVietnameseFollowsLanguagesOfSession71 checks that a detector
// whose languages leave Vietnamese out reads a Vietnamese text as
// before: "Chị ... ơi" is a name with its pronoun inside, as the lists
// read it, and no address is read from its wards' and districts' words;
// the default detector reads the name without its title and the whole
// address.
func TestVietnameseFollowsLanguagesOfSession71(t *testing.T) {
	name := "Agent: Chị Đinh Thị Quỳnh ơi, bên em đã nhận được hàng hoàn ạ."
	addr := "e chuyển về số 27 ngõ 14 Lạc Trung, phường Vĩnh Tuy, quận Hai Bà Trưng, Hà Nội đc ko ạ"
	all := defaultDetector(t)
	require.Equal(t, []string{"Đinh Thị Quỳnh"}, valuesOf(t, all, name, TypePerson))
	require.Equal(t, []string{"số 27 ngõ 14 Lạc Trung, phường Vĩnh Tuy, quận Hai Bà Trưng, Hà Nội"}, valuesOf(t, all, addr, TypeStreetAddress))
	en, err := NewDetector(WithLanguages("en"))
	require.NoError(t, err)
	require.Equal(t, []string{"Chị Đinh Thị Quỳnh"}, valuesOf(t, en, name, TypePerson))
	require.Nil(t, valuesOf(t, en, addr, TypeStreetAddress))
}

// TestVietnameseNamesOfSession71 checks names that open with a family's
// name, with "Văn" or "Thị" after it in the three cases and without it
// capitalised, after "là" (is) and "tên" (name), which are no particles
// of them ("là" folds to "la"). The controls: a family's name that a
// house's number leads is a street's, and a province's name is none.
func TestVietnameseNamesOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"em nhận được tin nhắn lạ mà em đâu có chuyển gì. Em là Lưu Quang Vinh", TypePerson, "Lưu Quang Vinh"},
		{"Con tên Tạ Bảo Ngọc, sinh ngày 12/05/2011 ạ, thẻ bảo hiểm hết hạn rồi", TypePerson, "Tạ Bảo Ngọc"},
		{"ơ sao tôi chuyển khoản cho người bán mà giờ họ chặn tôi rồi, tên tk TRAN THI BICH NGOC, giúp tôi với", TypePerson, "TRAN THI BICH NGOC"},
		{"mình đặt vé cho 2 người: nguyễn văn bình và con trai, số hộ chiếu gửi sau nhé", TypePerson, "nguyễn văn bình"},
		{"Mình là Mai Thị Phượng, số điện thoại bị khóa một chiều dù đã nạp tiền", TypePerson, "Mai Thị Phượng"},
		{"Họ tên: Kiều Văn Dũng, chủ thẻ tín dụng số cuối 4412 ạ", TypePerson, "Kiều Văn Dũng"},
	})
	wantNoneTyped(t, d, []typedText{
		{"thẻ của tôi bị nuốt ở cây ATM 27 Lê Thánh Tông lúc tối qua, mã sự cố chưa có ạ", TypePerson},
		{"Tôi muốn hỏi phí ship từ Cần Thơ ra Hà Nội là bao nhiêu, đơn nặng 2 kg ạ", TypePerson},
	})
}

// TestVietnameseAddressesOfSession71 checks Vietnamese addresses, one
// finding from the house to the province, that a ward's, a commune's or
// a district's word anchors, with or without marks; the clause's words
// before the house are no part, nor is a phone's number before it. The
// controls: a ward's word in a sentence, and an address of one part.
func TestVietnameseAddressesOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"e muốn đổi địa chỉ nhận hàng sang số 27 ngõ 14 Lạc Trung, phường Vĩnh Tuy, quận Hai Bà Trưng, Hà Nội đc ko ạ", TypeStreetAddress,
			"số 27 ngõ 14 Lạc Trung, phường Vĩnh Tuy, quận Hai Bà Trưng, Hà Nội"},
		{"shop oi doi dia chi giup minh: 88/3 Tran Quang Khai, phuong Tan Dinh, quan 1, TP.HCM nha", TypeStreetAddress,
			"88/3 Tran Quang Khai, phuong Tan Dinh, quan 1, TP.HCM"},
		{"người nhận: Lý Thu Trang, 0971 204 338, số 15 Nguyễn Văn Linh, phường Tân Phong, quận 7, TP.HCM", TypeStreetAddress,
			"số 15 Nguyễn Văn Linh, phường Tân Phong, quận 7, TP.HCM"},
		{"Địa chỉ mới của em là thôn 4, xã Cư Êbur, TP Buôn Ma Thuột, Đắk Lắk, shop cập nhật giúp em nhé", TypeStreetAddress,
			"thôn 4, xã Cư Êbur, TP Buôn Ma Thuột, Đắk Lắk"},
		{"e ở phòng 908 tòa B2, KĐT Việt Hưng, phường Giang Biên, quận Long Biên, Hà Nội, gọi e xuống lấy", TypeStreetAddress,
			"phòng 908 tòa B2, KĐT Việt Hưng, phường Giang Biên, quận Long Biên, Hà Nội"},
	})
	wantNoneTyped(t, d, []typedText{
		{"em ở phường này lâu rồi mà chưa thấy ai tới lắp mạng cả, quận cũng không trả lời", TypeStreetAddress},
		{"Em cần giấy xác nhận của phường 3 để làm thủ tục ạ", TypeStreetAddress},
	})
}

// session71Seeds are FuzzDetect's seeds for the readers of session 71:
// short and cut-off forms of what they read, where an index may run off
// a text's end.
var session71Seeds = []string{
	"phường", "phường ,", "số 1, phường A, quận", "số, phường", "1/, phường A", "thôn 3, xã", ", phuong 6, TP", "TP., phường A",
	"Chị", "anh A", "Nguyễn", "Nguyễn Văn", "NGUYEN THI", "nguyễn văn", "Công ty", "CÔNG TY A", "Hà Nội Hà",
	"ỡỡỡỡ", "ạ", "ơư đă",
	"姓", "我姓", "收", "王收", "—— 王", "。王", "叫", "我是王", "王 磊", "王先生", "1", "13912345678", "139 1234 5678", "订单13912345678",
	"פלאפון", "שם", "שם ה", "אני", "רחוב", "רח' א 1,", "כתובת: א 1, ב", "ת\"ז", "\"ז", "Agent: ", "Agent: נועה",
	"پلاک", "پلاک ۱", "خیابان پلاک ۱", "علی", "علی رضایی", "هستم", "09121234567", "۰۹۱۲۱۲۳۴۵۶۷",
}
