"""More general page furniture: separator rules, Thai share/follow/donate/app lines, publication times,
Vietnamese arrow links, "Xem tiếp", and the public-relations bylines of Thai government news.

Each rule is checked on several realistic variants in a small article (title, lead, body), and on
body sentences that start with the same words but must stay.
"""

from __future__ import annotations

import pytest

from aseancorpus.cleaning import clean

VI_TITLE = "Hà Nội mở rộng tuyến buýt điện tới các huyện ngoại thành"
VI_BODY = (
    "Sáng 12/7, Sở Giao thông vận tải Hà Nội cho biết thành phố sẽ đưa thêm 12 tuyến buýt điện vào khai thác "
    "trong năm nay, nâng tổng số tuyến sử dụng năng lượng sạch lên 40."
)
VI_BODY2 = (
    "Theo kế hoạch, các tuyến mới sẽ kết nối trung tâm thành phố với các huyện Đông Anh, Gia Lâm và Thanh Trì, "
    "giúp người dân giảm thời gian đi lại và chi phí nhiên liệu."
)
TH_TITLE = "กรมอุตุนิยมวิทยาเตือนฝนตกหนักหลายพื้นที่"
TH_BODY = (
    "เช้าวันที่ 14 กรกฎาคม กรมอุตุนิยมวิทยาประกาศเตือนว่า ร่องมรสุมพาดผ่านภาคเหนือและภาคตะวันออกเฉียงเหนือ "
    "ทำให้มีฝนตกหนักถึงหนักมากบางแห่ง ขอให้ประชาชนระวังอันตรายจากน้ำท่วมฉับพลันและน้ำป่าไหลหลาก"
)
TH_BODY2 = (
    "ผู้ว่าราชการจังหวัดกล่าวว่า ได้สั่งการให้หน่วยงานที่เกี่ยวข้องเตรียมเครื่องสูบน้ำเพิ่มเติมในจุดเสี่ยงกว่า 30 จุด "
    "และประสานการไฟฟ้าส่วนภูมิภาคเพื่อป้องกันไฟฟ้าดับระหว่างการระบายน้ำ"
)


def _removed(text: str, lang: str) -> dict[str, tuple[str, str]]:
    a = clean(text, lang=lang)
    return {r.text: (r.category, r.rule) for r in a.removed}


def _in_body(line: str, lang: str) -> dict[str, tuple[str, str]]:
    """Clean an article with ``line`` between two body paragraphs."""
    if lang == "th":
        text = f"{TH_TITLE}\n\n{TH_BODY}\n\n{line}\n\n{TH_BODY2}\n"
    else:
        text = f"{VI_TITLE}\n\n{VI_BODY}\n\n{line}\n\n{VI_BODY2}\n"
    return _removed(text, lang)


def _at_end(line: str, lang: str) -> dict[str, tuple[str, str]]:
    """Clean an article with ``line`` after the last body paragraph."""
    if lang == "th":
        text = f"{TH_TITLE}\n\n{TH_BODY}\n\n{TH_BODY2}\n\n{line}\n"
    else:
        text = f"{VI_TITLE}\n\n{VI_BODY}\n\n{VI_BODY2}\n\n{line}\n"
    return _removed(text, lang)


# -- separator lines (every language) ---------------------------------------------------------------

@pytest.mark.parametrize("line", ["____________", "-----", "* * * * *", "=====================", "•••", "~~~~~~",
                                  "— — —", "────────", "#####", "..........."])
@pytest.mark.parametrize("lang", ["vi", "th"])
def test_separator_lines_are_navigation(line: str, lang: str) -> None:
    assert _in_body(line, lang)[line] == ("navigation", "separator_line")


@pytest.mark.parametrize("line", ["--", "...", "- 5 -", "* Lưu ý: mang theo giấy tờ tùy thân."])
def test_short_or_wordy_separator_like_lines_are_not_separators(line: str) -> None:
    assert _in_body(line, "vi").get(line, ("", ""))[1] != "separator_line"


# -- Thai share, follow, app, donation, read-on and click lines --------------------------------------

@pytest.mark.parametrize("line", ["แชร์", "แชร์ข่าว", "แชร์บทความ", "คัดลอกลิงก์", "พิมพ์", "บันทึก",
                                  "แชร์ข่าว คัดลอกลิงก์", "แชร์ | พิมพ์ | บันทึก", "แชร์ (12)", "คัดลอกลิ้งก์"])
def test_thai_share_rows_are_navigation(line: str) -> None:
    assert _in_body(line, "th")[line][0] == "navigation"


@pytest.mark.parametrize("line", [
    "ติดตามข่าวสารเพิ่มเติมได้ทางเว็บไซต์ www.prd.go.th",
    "ติดตามข่าวสารได้ที่ Facebook : สำนักงานประชาสัมพันธ์จังหวัด",
    "ติดตามเราทาง LINE @newsth",
    "กดติดตามข่าวสารผ่านช่องทาง YouTube ของสถานี",
    "ร่วมติดตามความเคลื่อนไหวได้ทางแฟนเพจ",
])
def test_thai_follow_us_prompts_are_footer(line: str) -> None:
    assert _at_end(line, "th")[line][0] == "footer"


@pytest.mark.parametrize("line", [
    "ดาวน์โหลดแอปพลิเคชันได้แล้ววันนี้ทั้ง iOS และ Android",
    "ดาวน์โหลดแอป ไทยรัฐ ได้ที่ App Store",
    "โหลดฟรี แอปข่าว อ่านข่าวก่อนใคร",
    "ติดตั้งแอพเพื่อรับการแจ้งเตือนข่าวด่วน",
])
def test_thai_app_promotions_are_ads(line: str) -> None:
    assert _in_body(line, "th")[line] == ("ad", "th_app_promo")


@pytest.mark.parametrize("line", [
    "สนับสนุนประชาไท",
    "ร่วมสนับสนุนสื่ออิสระได้ที่ บัญชีธนาคารกรุงไทย",
    "สนับสนุนเรา คลิกที่นี่",
    "บริจาคสนับสนุนการทำงานของกองบรรณาธิการ เลขที่บัญชี 123-4-56789-0",
    "ร่วมบริจาคผ่านพร้อมเพย์ 0-1234-56789-01-2",
])
def test_thai_donation_appeals_are_ads(line: str) -> None:
    assert _at_end(line, "th")[line] == ("ad", "th_donate")


@pytest.mark.parametrize("line", [
    "อ่านต่อได้ที่ https://www.example.co.th/news/123",
    "อ่านรายละเอียดเพิ่มเติมได้ที่ www.thaigov.go.th",
    "ดูรายละเอียดเพิ่มเติมได้ที่ เว็บไซต์กรมอุตุนิยมวิทยา",
    "อ่านข่าวเต็มได้ที่ ไทยรัฐออนไลน์",
])
def test_thai_read_on_links_are_related(line: str) -> None:
    assert _in_body(line, "th")[line][0] == "related"


@pytest.mark.parametrize("line", ["คลิกอ่านข่าวน้ำท่วมภาคเหนือทั้งหมด", "คลิกอ่าน ข่าวที่เกี่ยวข้องกับพายุ",
                                  "คลิกดูคลิปสถานการณ์น้ำล่าสุด", "คลิกที่นี่เพื่อดูภาพทั้งหมด"])
def test_thai_click_to_read_lines_are_related(line: str) -> None:
    assert _in_body(line, "th")[line][0] == "related"


# -- Thai publication times ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "เผยแพร่ครั้งแรกเมื่อ 14 ก.ค. 2564 เวลา 10:30 น.",
    "เผยแพร่: 14 กรกฎาคม 2564 10:30",
    "อัปเดตล่าสุด 15 ก.ค. 64 08:15 น.",
    "ปรับปรุงล่าสุด",
    "ปรับปรุงล่าสุดเมื่อ ๑๔ ก.ค. ๒๕๖๔",
    "โพสต์เมื่อ วันพฤหัสบดีที่ 14 กรกฎาคม 2564",
    "แก้ไขล่าสุด 14/07/2564 10:30",
])
def test_thai_publication_times_are_datelines(line: str) -> None:
    assert _in_body(line, "th")[line][0] == "dateline"


# -- Vietnamese arrow links and "Xem tiếp" -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    ">> Đọc thêm: Giá vàng hôm nay tiếp tục tăng mạnh",
    "» Xem thêm Việt Nam và Nhật Bản ký kết hợp tác chuyển đổi số",
    "→ Tin liên quan: Hà Nội mưa lớn, nhiều tuyến phố ngập sâu",
    ">>> Giá xăng giảm mạnh từ chiều nay",
    "- Xem thêm: Những điểm mới trong kỳ thi tốt nghiệp năm nay",
    "»» Có thể bạn quan tâm: Lãi suất tiết kiệm tháng 7",
    "→ Mời đọc: Giá lúa gạo tăng cao kỷ lục trong tuần qua",
])
def test_vietnamese_arrow_links_are_related(line: str) -> None:
    assert _in_body(line, "vi")[line][0] == "related"


@pytest.mark.parametrize("line", ["Xem tiếp", "Đọc tiếp", "Đọc tiếp »", "Xem tiếp...", "» Xem tiếp", "Đọc tiếp bài"])
def test_vietnamese_continue_links_are_navigation(line: str) -> None:
    removed = _in_body(line, "vi")
    assert removed[line] == ("navigation", "vi_continue")
    # A navigation link does not open a related block: the next paragraph stays.
    assert VI_BODY2 not in removed


# -- Thai government bylines --------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "กลุ่มงานประชาสัมพันธ์ สำนักงานประชาสัมพันธ์จังหวัดเชียงใหม่",
    "สำนักงานประชาสัมพันธ์จังหวัดนครราชสีมา",
    "ฝ่ายประชาสัมพันธ์ เทศบาลนครขอนแก่น",
    "งานประชาสัมพันธ์ โรงพยาบาลสงขลา",
    "ส่วนประชาสัมพันธ์ การไฟฟ้าส่วนภูมิภาค",
])
def test_thai_pr_units_after_the_body_are_bylines(line: str) -> None:
    assert _at_end(line, "th")[line] == ("byline", "th_pr_unit")


@pytest.mark.parametrize("line", ["ข่าว/ภาพ : กลุ่มงานประชาสัมพันธ์ สำนักงานจังหวัดลำปาง", "ข่าว / ภาพ: สมชาย ใจดี",
                                  "เรื่องและภาพ : ทีมข่าวภูมิภาค", "ข่าว-ภาพ : ศูนย์ข่าวขอนแก่น"])
def test_thai_news_and_photo_bylines(line: str) -> None:
    assert _at_end(line, "th")[line] == ("byline", "th_byline_news_photo")


def test_thai_government_footer_block() -> None:
    text = "\n\n".join([
        TH_TITLE, TH_BODY, TH_BODY2, "ข่าว/ภาพ : กลุ่มงานประชาสัมพันธ์ สำนักงานจังหวัดลำปาง",
        "ที่มา : สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี", "กลุ่มงานประชาสัมพันธ์ สำนักงานประชาสัมพันธ์จังหวัดลำปาง",
        "เผยแพร่: 14 กรกฎาคม 2564 10:30", "แชร์ข่าว คัดลอกลิงก์",
    ])
    a = clean(text, lang="th")
    assert a.paragraphs == (TH_BODY2,)
    assert [r.category for r in a.removed] == ["byline", "source", "byline", "dateline", "navigation"]
    assert a.meta.source == "สำนักโฆษก สำนักเลขาธิการนายกรัฐมนตรี"


# -- body text that starts like furniture stays -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "ติดตามสถานการณ์น้ำอย่างใกล้ชิดและรายงานให้ผู้บังคับบัญชาทราบเป็นระยะ เพื่อเตรียมการช่วยเหลือประชาชนได้ทันท่วงที",
    "ติดตามข่าวสารอย่างใกล้ชิดและปฏิบัติตามคำแนะนำของทางราชการ เพื่อความปลอดภัยของชีวิตและทรัพย์สิน",
    "สนับสนุนการส่งออกสินค้าเกษตรแปรรูปไปยังตลาดจีนและอินเดีย โดยเฉพาะผลไม้สดและผลิตภัณฑ์ประมง ซึ่งมีมูลค่าเพิ่มขึ้นต่อเนื่อง",
    "คลิกเดียวก็ยังไม่พอ ประชาชนต้องลงทะเบียนด้วยตนเองที่สำนักงานเขตพร้อมเอกสารประจำตัว ตามที่กระทรวงมหาดไทยกำหนด",
    "สำนักงานประชาสัมพันธ์จังหวัดเชียงใหม่ได้จัดกิจกรรมให้ความรู้เรื่องการป้องกันน้ำท่วมแก่ประชาชนในพื้นที่เสี่ยงกว่า 20 หมู่บ้าน",
    "ปรับปรุงถนนสายหลักในเขตเทศบาลแล้วเสร็จเมื่อเดือนที่ผ่านมา ด้วยงบประมาณกว่า 30 ล้านบาทจากกรมส่งเสริมการปกครองท้องถิ่น",
])
def test_thai_body_sentences_stay(line: str) -> None:
    assert line not in _in_body(line, "th")


@pytest.mark.parametrize("line", [
    "Theo Sở Giao thông vận tải, các tuyến buýt điện mới sẽ đi qua nhiều khu đô thị đông dân cư ở phía tây thành phố.",
    "Xem thêm các quy định mới về đăng kiểm, người dân có thể tra cứu trên cổng thông tin của Cục Đăng kiểm.",
    "Đọc tiếp những ý kiến của bạn đọc, có thể thấy nhiều người ủng hộ việc mở rộng mạng lưới xe buýt điện.",
    "- Hành khách đi xe buýt điện được miễn phí vé trong tháng đầu tiên khai thác.",
])
def test_vietnamese_body_sentences_stay(line: str) -> None:
    assert line not in _in_body(line, "vi")
