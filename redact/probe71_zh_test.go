package redact

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// Tests of what session 71 found in the gaps of its Chinese blind set
// (UR): names after more roles and verbs of naming, a surname and its
// given name parted by a space, a surname before a title inside a
// sentence, after "姓", before "收" and at a message's end, and mainland
// mobiles without a phone's word. All names and numbers are invented.

// TestRoleLabelsZhOfSession71 checks a Chinese name after the roles a
// form or a clerk names (the account's holder, the line's owner, the
// guest, the registrant, the sender), after "叫" (is called), after "我是"
// (I am), "她叫", "他叫", and after "我爸", the finance clerk and the
// customer. The controls: the same words before a sentence's words,
// which open with no known surname.
func TestRoleLabelsZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"卡号冻结了 开户人罗志明 麻烦查一下", TypePerson, "罗志明"},
		{"过户手续，原机主侯秀梅，已经同意", TypePerson, "侯秀梅"},
		{"酒店订单，入住人 邹文博，两晚", TypePerson, "邹文博"},
		{"户口迁移，登记人是我爸 姚建华 请核对", TypePerson, "姚建华"},
		{"转错账了，收款人叫潘宁，能追回吗", TypePerson, "潘宁"},
		{"我外婆要办卡，她叫蔡玉芬，今年七十", TypePerson, "蔡玉芬"},
		{"帮我弟弟查下 他叫 梁浩宇 谢谢", TypePerson, "梁浩宇"},
		{"驾驶证信息 名字叫韦嘉豪", TypePerson, "韦嘉豪"},
		{"你好 我是戴慧敏，想问下退款", TypePerson, "戴慧敏"},
		{"寄件人：卢鹏 杭州市", TypePerson, "卢鹏"},
		{"发票请联系财务龚丽，谢谢", TypePerson, "龚丽"},
		{"客户：汤明远 1985年3月2日", TypePerson, "汤明远"},
	})
	wantNoneTyped(t, d, []typedText{
		{"开户人信息填错了怎么办", TypePerson},
		{"原机主不同意过户", TypePerson},
		{"我是滴滴司机，账号被封了", TypePerson},
		{"她叫我等一下再打", TypePerson},
		{"客户：我的快递三天没动了", TypePerson},
		{"寄件人地址写错了", TypePerson},
	})
}

// TestSpacedNameZhOfSession71 checks a surname and a given name of one
// or two ideographs that one space parts, after a Chinese label: the
// surname must be a known one. The controls: a first ideograph that is
// no surname, and a title after the space, which leaves the surname
// alone.
func TestSpacedNameZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"绑卡失败，我的名字是龚 敏，卡号对的", TypePerson, "龚 敏"},
		{"旅客名字 蒋 涛 航班改签", TypePerson, "蒋 涛"},
		{"收件人 贺 云 电话没变", TypePerson, "贺 云"},
		{"收件人 鲁 先生", TypePerson, "鲁"},
	})
	wantNoneTyped(t, d, []typedText{
		{"名字 不 对，要改", TypePerson},
		{"收件人 要 改一下", TypePerson},
	})
}

// TestTitledSurnameZhOfSession71 checks a surname, or a surname and a
// given name, before a title inside a sentence, after a word that
// greets, asks or thanks ("您好", "请问是", "谢谢", "不好意思"), and
// before a title glued to a label, which stays out of the name. The
// controls: "我先生" (my husband), and a word that is no greeting before
// a character that is also a surname ("国王先生").
func TestTitledSurnameZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"您好郭先生，您的快递已签收", TypePerson, "郭"},
		{"请问是苏婉女士吗？这里是银行", TypePerson, "苏婉"},
		{"不好意思杜小姐，这个不能退", TypePerson, "杜"},
		{"上门安装，联系人范女士，电话稍后发", TypePerson, "范"},
		{"收件人：廖先生，放门口", TypePerson, "廖"},
	})
	wantNoneTyped(t, d, []typedText{
		{"我先生今天不在家", TypePerson},
		{"故事里的国王先生很有名", TypePerson},
		{"这位先生请排队", TypePerson},
	})
}

// TestXingZhOfSession71 checks the surname alone after "姓" (is
// surnamed). The controls: "姓名" and "姓氏" (name, surname), and
// "老百姓" (the common people) before a surname that a word continues.
func TestXingZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"我姓蒋，预约了明天上午", TypePerson, "蒋"},
		{"快递员姓邢，态度很差", TypePerson, "邢"},
	})
	wantNoneTyped(t, d, []typedText{
		{"姓名和手机号都填了", TypePerson},
		{"姓氏可以改吗", TypePerson},
		{"老百姓王大爷说的", TypePerson},
	})
}

// TestSignOffZhOfSession71 checks a name of two or three ideographs that
// opens with a known surname and ends the message after a dash or the
// last sentence's mark. The controls: thanks ("谢谢"), a common word
// ("周末"), and a name in the middle of the text.
func TestSignOffZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"退款到现在还没到账，麻烦尽快处理 —— 唐文杰", TypePerson, "唐文杰"},
		{"耳机是坏的，要求退货，一共59元。邹婷", TypePerson, "邹婷"},
		{"下午三点前能送到吗\n-- 魏凡", TypePerson, "魏凡"},
	})
	wantNoneTyped(t, d, []typedText{
		{"好的，收到了。谢谢", TypePerson},
		{"已经处理好了。周末", TypePerson},
		{"—— 客服中心", TypePerson},
	})
}

// TestAddresseeZhOfSession71 checks the addressee of a parcel before
// "收" (to be received by) after an address. The controls: a day of the
// week before "收", and "已签收" (signed for).
func TestAddresseeZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"寄到这里就行，钟雨桐收，谢谢", TypePerson, "钟雨桐"},
	})
	wantNoneTyped(t, d, []typedText{
		{"快递说，周一收，来不及", TypePerson},
		{"包裹已签收，没收到", TypePerson},
	})
}

// TestJoinedNamesZhOfSession71 checks a second name that "和" or the
// enumeration comma joins to a name after its label. The control: "和"
// before a word that opens with no surname.
func TestJoinedNamesZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	require.Equal(t, []string{"曾凡", "魏小雨"}, valuesOf(t, d, "酒店入住人 曾凡 和 魏小雨 两位", TypePerson))
	require.Equal(t, []string{"孔祥", "柯敏"}, valuesOf(t, d, "收件人：孔祥、柯敏", TypePerson))
	require.Equal(t, []string{"尹东"}, valuesOf(t, d, "收件人：尹东 和 朋友一起取", TypePerson))
}

// TestMobilesZhOfSession71 checks a mainland mobile in Chinese text
// without a phone's word: whole, or in groups of 3-4-4 parted by spaces
// or hyphens. The controls: an order's or a waybill's number of that
// shape, a card's grouped number, a longer run of digits, a mobile in
// English text (which needs its word, as before), and a QQ number.
func TestMobilesZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"号码是177-2041-8836，身份证也对", TypePhoneNumber, "177-2041-8836"},
		{"套餐能降吗 我的号152 3816 0427", TypePhoneNumber, "152 3816 0427"},
		{"支付宝账号是18712093356 退给我", TypePhoneNumber, "18712093356"},
		{"收件人不变 139 0417 2265", TypePhoneNumber, "139 0417 2265"},
	})
	wantNoneTyped(t, d, []typedText{
		{"订单号：138 2041 7756", TypePhoneNumber},
		{"快递单号13820417756到哪了", TypePhoneNumber},
		{"交易编号 13820417756，金额12元", TypePhoneNumber},
		{"卡号6228 4800 1381 2345 671", TypePhoneNumber},
		{"流水 138204177561234 已入账", TypePhoneNumber},
		{"my order 13820417756 has not arrived", TypePhoneNumber},
		{"qq号 13820417756 被盗了", TypePhoneNumber},
	})
}

// TestLandlineZhOfSession71 checks "座机" and "固话" (the landline) as
// phone words before a number glued to them or after a colon. The
// control: the same number after no word.
func TestLandlineZhOfSession71(t *testing.T) {
	d := defaultDetector(t)
	wantTyped(t, d, []typedValue{
		{"家里座机0571-8823 4410 要移机", TypePhoneNumber, "0571-8823 4410"},
		{"固话：0591-8762 3308", TypePhoneNumber, "0591-8762 3308"},
	})
	wantNoneTyped(t, d, []typedText{
		{"移机编号0571-8823 4410", TypePhoneNumber},
	})
}
