"""Page layouts other outlets produce: section labels, boxes in mid-story, top bylines, widgets.

Each case is written in general terms (not copied from a held-out article): the
point is the shape of the page, and the counter-example that must stay kept.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus import clean
from aseancorpus.cleaning.dates import date_line
from aseancorpus.cleaning.rule import body_like, paragraph_like
from strategies import thai_text, vietnamese_text
from test_cleaning import check_idempotent, check_invariant

VI_LEAD = "Sáng 13/5, tại Hà Nội, hai bộ trưởng đã ký kết bản ghi nhớ về hợp tác đào tạo nguồn nhân lực giai đoạn mới."
VI_BODY = ("Theo thỏa thuận, mỗi năm hai bên sẽ trao đổi 200 học bổng cho sinh viên và cán bộ, đồng thời phối hợp tổ "
           "chức các khóa bồi dưỡng ngắn hạn về quản lý giáo dục.")
TH_LEAD = ("กระทรวงพาณิชย์เปิดเผยว่า มูลค่าการส่งออกของไทยในเดือนเมษายนขยายตัวร้อยละ 6.8 เมื่อเทียบกับช่วงเดียวกันของปีก่อน "
           "โดยสินค้าเกษตรและอาหารยังเป็นกลุ่มที่เติบโตได้ดีต่อเนื่อง")
TH_BODY = ("ผู้อำนวยการสำนักงานนโยบายและยุทธศาสตร์การค้าระบุว่า การส่งออกไปตลาดสำคัญทั้งสหรัฐ อาเซียน และจีน ยังขยายตัวได้ดี "
           "แม้จะมีความเสี่ยงจากค่าระวางเรือที่สูงขึ้นในช่วงครึ่งหลังของปี")


def _removed(text: str, lang: str | None = None) -> dict[str, tuple[str, str]]:
    return {r.text: (r.category, r.rule) for r in clean(text, lang=lang).removed}


# -- section labels above the headline ----------------------------------------------------------


def test_known_section_labels_above_the_headline_are_navigation() -> None:
    a = clean(f"Xã hội\nGiao thông\nTP HCM sắp thông xe cầu vượt thép nút giao Mỹ Thủy\n\n{VI_LEAD}\n\n{VI_BODY}")
    assert a.title == "TP HCM sắp thông xe cầu vượt thép nút giao Mỹ Thủy"
    assert a.lead == VI_LEAD
    assert [(r.category, r.rule) for r in a.removed] == [("navigation", "section_label")] * 2


def test_a_run_of_unknown_labels_is_navigation() -> None:
    a = clean(f"Sanook\nNews\nยามห้างเก็บทองคำหนัก 2 บาท ส่งคืนเจ้าของครบ\n\n{TH_LEAD}\n\n{TH_BODY}")
    assert a.title == "ยามห้างเก็บทองคำหนัก 2 บาท ส่งคืนเจ้าของครบ"


def test_one_unknown_label_needs_a_headline_then_a_lead_that_ends_a_sentence() -> None:
    headline = "Siêu bão Yagi đổ bộ vào Quảng Ninh và Hải Phòng gây thiệt hại nặng nề"
    a = clean(f"Bão Yagi\n{headline}\n\n{VI_LEAD}\n\n{VI_BODY}")
    assert a.title == headline  # a topic label above the headline
    b = clean(f"Bão Yagi\n\n{VI_LEAD}\n\n{VI_BODY}")  # a short title, then the lead
    assert b.title == "Bão Yagi"
    assert b.removed == ()
    c = clean(f"น้ำท่วมใหญ่\nด่านแม่สายคึกคัก นักท่องเที่ยวแห่ข้ามแดน\n\n{TH_LEAD}")  # Thai: no punctuation to go by
    assert c.title == "น้ำท่วมใหญ่"


def test_a_short_title_before_a_lead_is_not_a_label() -> None:
    a = clean(f"Thế giới\n\n{VI_LEAD}\n\n{VI_BODY}")  # the lead ends a sentence: "Thế giới" is the title
    assert a.title == "Thế giới"
    b = clean(f"น้ำท่วมใหญ่\n\n{TH_LEAD}\n\n{TH_BODY}")  # a Thai lead that is a body paragraph
    assert b.title == "น้ำท่วมใหญ่"


def test_section_label_before_a_thai_headline_and_place_dateline() -> None:
    a = clean(f"ภูมิภาค\nด่านแม่สายคึกคัก นักท่องเที่ยวแห่ข้ามแดน\n\nเชียงราย - {TH_LEAD}\n\n{TH_BODY}")
    assert a.title == "ด่านแม่สายคึกคัก นักท่องเที่ยวแห่ข้ามแดน"
    assert a.lead == TH_LEAD
    assert _removed(a.raw)["เชียงราย -"] == ("dateline", "th_place_dateline")


def test_thai_pair_names_are_not_place_datelines() -> None:
    lead = "ไทย-จีน " + TH_LEAD
    a = clean(f"ไทยและจีนร่วมมือด้านการค้า\n\n{lead}\n\n{TH_BODY}")
    assert a.lead == lead


def test_outlet_code_prefix_when_the_lead_is_found_past_labels() -> None:
    a = clean(f"Thời sự\nChính phủ yêu cầu đẩy nhanh giải ngân vốn đầu tư công\n\n(Chinhphu.vn) - {VI_LEAD}\n\n{VI_BODY}")
    assert a.lead == VI_LEAD
    assert a.meta.source is not None


# -- top of the page: byline, outlet line, widgets ------------------------------------------------


def test_name_under_the_headline_is_a_byline() -> None:
    a = clean(f"Thái Lan miễn thị thực cho du khách Trung Quốc\nMinh Châu\n\n{VI_LEAD}\n\n{VI_BODY}")
    assert _removed(a.raw)["Minh Châu"] == ("byline", "top_byline_name")
    assert a.lead == VI_LEAD
    assert "Minh Châu" in a.meta.authors


@pytest.mark.parametrize(("line", "category"), [
    ("4 phút đọc", "widget"),
    ("3 min read", "widget"),
    ("เวลาอ่าน 2 นาที", "widget"),
    ("Nghe bài viết", "widget"),
    ("ฟังข่าว", "widget"),
    ("1.5k", "widget"),
    ("Người Lao Động", "source"),
    ("กรุงเทพธุรกิจ", "source"),
])
def test_furniture_under_the_headline(line: str, category: str) -> None:
    a = clean(f"Tiêu đề bài viết về hợp tác giáo dục Việt Nam - Lào\n{line}\n\n{VI_LEAD}\n\n{VI_BODY}")
    assert _removed(a.raw)[line][0] == category
    assert a.lead == VI_LEAD


def test_new_date_line_shapes() -> None:
    assert date_line("Thứ Hai, 10:05, 13/05/2024") is not None  # time before the date
    assert date_line("13-05-2024 - 09:31 AM | Kinh tế") is not None  # "| section" after it
    d = date_line("13 พ.ค. 67 (10:30 น.)")  # time in brackets, two-digit Buddhist-era year
    assert d is not None
    assert (d.day, d.month, d.year) == (13, 5, 2024)
    assert date_line("Ngày 13/5/2024, hai bên đã ký kết thỏa thuận.") is None


# -- boxes and lists in mid-story -----------------------------------------------------------------


def test_thai_read_more_box_mid_story_keeps_the_story() -> None:
    a = clean(f"ส่งออกไทยโตต่อเนื่อง\n\n{TH_LEAD}\n\nอ่านข่าวที่น่าสนใจ\n– กรมอุตุฯ เตือน 35 จังหวัด รับมือฝนตกหนัก\n\n{TH_BODY}")
    assert [r.category for r in a.removed] == ["related", "related"]
    assert a.paragraphs[-1] == TH_BODY


@pytest.mark.parametrize("header", ["Cùng chủ đề", "Tin cùng chủ đề"])
def test_more_vietnamese_related_headers(header: str) -> None:
    a = clean(f"Tiêu đề bài viết\n\n{VI_LEAD}\n\n{VI_BODY}\n\n{header}\n\nMột tiêu đề khác của trang")
    assert [r.category for r in a.removed] == ["related", "related"]


@pytest.mark.parametrize(
    ("header", "category"),
    [("ข่าวและบทความที่เกี่ยวข้อง", "related"), ("ข่าวอื่นที่น่าสนใจ", "navigation"), ("ข่าวแนะนำ", "navigation")],
)
def test_more_thai_list_headers(header: str, category: str) -> None:
    # "related" lists are related; "recommended" and "interesting news" lists are navigation
    a = clean(f"หัวข้อข่าว\n\n{TH_LEAD}\n\n{TH_BODY}\n\n{header}\n\nพาณิชย์คาดส่งออกทั้งปีโต 2%")
    assert [r.category for r in a.removed] == [category, category]


def test_tags_header_and_hashtags_are_navigation() -> None:
    a = clean(f"Tiêu đề bài viết\n\n{VI_LEAD}\n\n{VI_BODY}\n\n#Việt Nam - Lào #hợp tác giáo dục\n\nTHANH HẢI")
    got = _removed(a.raw)
    assert got["#Việt Nam - Lào #hợp tác giáo dục"] == ("navigation", "hashtags_line")
    assert got["THANH HẢI"][0] == "byline"
    b = clean(f"หัวข้อข่าว\n\n{TH_LEAD}\n\n{TH_BODY}\n\nแท็กที่เกี่ยวข้อง\nข่าวดี\nไรเดอร์")
    assert [r.category for r in b.removed] == ["navigation"] * 3


def test_embedded_post_fallback_and_album_counter_are_widgets() -> None:
    post = "โพสต์โดย ชมรมคนรักบางนา เมื่อ วันอาทิตย์ที่ 12 พฤษภาคม 2024"
    a = clean(f"หัวข้อข่าว\n\n{TH_LEAD}\n\n{post}\n\nอัลบั้มภาพ 6 ภาพ\n\n{TH_BODY}")
    got = _removed(a.raw)
    assert got[post] == ("widget", "embedded_post")
    assert got["อัลบั้มภาพ 6 ภาพ"] == ("widget", "photo_album")


def test_file_photo_label_and_agency_sign_off() -> None:
    a = clean(f"หัวข้อข่าว\n\n{TH_LEAD}\n\n(แฟ้มภาพ)\n\n{TH_BODY}\n-สำนักข่าวไทย")
    got = _removed(a.raw)
    assert got["(แฟ้มภาพ)"][0] == "caption"
    assert got["-สำนักข่าวไทย"] == ("source", "outlet_line")


def test_masthead_in_capitals_after_the_body() -> None:
    masthead = "BÁO ĐIỆN TỬ CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    a = clean(f"Tiêu đề bài viết\n\n{VI_LEAD}\n\n{VI_BODY}\n\nPhương Liên\n\n{masthead}")
    got = _removed(a.raw)
    assert got[masthead] == ("footer", "end_masthead")
    assert got["Phương Liên"][0] == "byline"


def test_thai_text_with_capital_acronyms_is_still_body() -> None:
    line = "อาเซียนและสหรัฐ ASEAN ร่วมมือกันในหลายด้าน ทั้งเศรษฐกิจ การค้า การลงทุน และความมั่นคงทางทะเลในภูมิภาคนี้"
    assert body_like(line)
    a = clean(f"หัวข้อข่าว\n\n{TH_LEAD}\n\n{TH_BODY}\n\n{line}")
    assert a.paragraphs[-1] == line


def test_a_paragraph_glued_to_a_credit_on_a_spaced_page_is_kept() -> None:
    para = TH_BODY + " ทั้งนี้ทางจังหวัดได้เร่งให้ความช่วยเหลือผู้ได้รับผลกระทบ"
    a = clean(f"หัวข้อข่าว\n\n{TH_LEAD}\n\n{para}\nภาพจาก เฟซบุ๊ก อบต.อินทขิล\n\n{TH_BODY}ด้วย")
    assert para in a.paragraphs
    assert [r.category for r in a.removed] == ["caption"]


def test_paragraph_like() -> None:
    assert not paragraph_like("Chính phủ yêu cầu các bộ ngành đẩy nhanh giải ngân vốn đầu tư công trong quý III")
    assert paragraph_like(VI_BODY)
    assert paragraph_like(TH_BODY)
    assert not paragraph_like("พาณิชย์คาดส่งออกทั้งปีโต 2% หลังตลาดหลักฟื้นตัวต่อเนื่อง")


# -- properties on layout-shaped pages ------------------------------------------------------------

_LAYOUT_LINES = (
    "Thế giới", "Xã hội", "Giao thông", "ภูมิภาค", "Sanook", "News", "Minh Châu", "NGỌC QUÝ", "4 phút đọc", "1.5k",
    "ฟังข่าว", "Người Lao Động", "Tin liên quan", "ข่าวที่เกี่ยวข้อง", "Tags", "#ASEAN #Mỹ", "(แฟ้มภาพ)",
    "TP HCM sắp thông xe cầu vượt thép nút giao Mỹ Thủy", "ด่านแม่สายคึกคัก นักท่องเที่ยวแห่ข้ามแดน",
    VI_LEAD, VI_BODY, TH_LEAD, TH_BODY, "เชียงราย - " + TH_LEAD, "NDO - " + VI_LEAD, "Ảnh: TTXVN",
    "BÁO ĐIỆN TỬ CHÍNH PHỦ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thứ Hai, 10:05, 13/05/2024",
)


def _layout_pages() -> st.SearchStrategy[str]:
    line = st.sampled_from(_LAYOUT_LINES) | vietnamese_text(max_size=8) | thai_text(max_size=8)
    ends = st.sampled_from(["\n", "\n\n"])
    return st.lists(st.tuples(line, ends), max_size=12).map(lambda parts: "".join(a + b for a, b in parts))


@given(_layout_pages(), st.sampled_from(["vi", "th"]))
def test_layout_pages_clean_losslessly_and_idempotently(text: str, lang: str) -> None:
    a = clean(text, lang=lang)
    check_invariant(a)
    check_idempotent(a)


@pytest.mark.parametrize(("line", "category", "lang"), [
    ("ที่มาของภาพ, Getty Images", "caption", "th"),
    ("คำบรรยายภาพ, บ้านเรือนริมทะเลต้องถมพื้นให้สูงขึ้นทุกปี", "caption", "th"),
    ("Chú thích ảnh", "caption", "vi"),
    ("ข้ามพ้นโพสต์ Facebook", "widget", "th"),
    ("สิ้นสุด Facebook โพสต์", "widget", "th"),
    ("อ่านประมาณ 4 นาที", "widget", "th"),
    ("ชมคลิป", "widget", "th"),
    ("3,426", "widget", "th"),
    ("ข้ามไปยังเนื้อหา", "navigation", "th"),
    ("Printer-friendly version", "navigation", "th"),
    ("Sự kiện: Thời tiết nắng nóng", "navigation", "vi"),
    ("ดูรายการย้อนหลังได้ที่ www.example.com", "footer", "th"),
    ("Dân Việt - Diễn đàn của Hội Nông dân Việt Nam", "footer", "vi"),
    ("Bấm xem >> Cảnh báo những loại đồ uống không nên dùng khi trời nắng", "related", "vi"),
    ("เขียนวันที่ วันพุธที่ 12 มีนาคม 2568 เวลา 10:37 น.", "dateline", "th"),
])
def test_more_furniture_in_the_body(line: str, category: str, lang: str) -> None:
    lead, body = (TH_LEAD, TH_BODY) if lang == "th" else (VI_LEAD, VI_BODY)
    a = clean(f"หัวข้อข่าวการส่งออก\n\n{lead}\n\n{line}\n\n{body}", lang=lang)
    assert _removed(a.raw, lang)[line][0] == category
    assert a.paragraphs[-1] == body


def test_theo_author_and_outlet_after_the_body_is_the_source() -> None:
    a = clean(f"Tiêu đề bài viết\n\n{VI_LEAD}\n\n{VI_BODY}\n\nTheo Hải Vân (Người Lao Động)")
    assert _removed(a.raw)["Theo Hải Vân (Người Lao Động)"][0] == "source"


def test_labels_then_headline_then_byline_and_date_then_lead() -> None:
    a = clean(f"Giáo dục\nTuyển sinh\nHà Nội công bố điểm chuẩn lớp 10 công lập\nThu Trang\n"
              f"Thứ Sáu, 04/07/2025 20:05\nTPO - {VI_LEAD}\n{VI_BODY}")
    assert a.title == "Hà Nội công bố điểm chuẩn lớp 10 công lập"
    assert a.lead == VI_LEAD
    assert _removed(a.raw)["Thu Trang"][0] == "byline"
