"""Where boxes and lists in the middle of a story end, and which short lines stay story text.

Each case is a small page in general terms (no outlet's exact wording); the held-out sets
in ``tests/holdout*/`` measure the same behaviour on whole articles.
"""

from __future__ import annotations

from aseancorpus.cleaning import clean

BODY = "Thủ tướng nhấn mạnh các bộ ngành cần phối hợp chặt chẽ hơn nữa để tháo gỡ khó khăn cho doanh nghiệp."
MORE = ("Bộ Tài chính được giao chủ trì, phối hợp với các địa phương rà soát toàn bộ các khoản thu và báo cáo "
        "kết quả trước ngày 30/6.")
TH_BODY = ("กระทรวงพาณิชย์เปิดเผยว่า มูลค่าการส่งออกของไทยในเดือนเมษายนขยายตัวร้อยละ 6 เมื่อเทียบกับช่วงเดียวกันของปีก่อน "
           "โดยสินค้าเกษตรและอาหารยังเป็นกลุ่มที่เติบโตได้ดีต่อเนื่องเป็นเดือนที่สาม")
TH_MORE = ("ด้านสภาผู้ส่งออกสินค้าทางเรือแห่งประเทศไทยประเมินว่า ค่าเงินบาทที่อ่อนค่าลงช่วยให้สินค้าไทยแข่งขันได้ดีขึ้น "
           "แต่ยังต้องติดตามต้นทุนค่าขนส่งทางเรือที่ปรับตัวสูงขึ้นในช่วงครึ่งปีหลัง")
TH_LAST = ("ทั้งนี้ กระทรวงพาณิชย์ตั้งเป้าการส่งออกทั้งปีไว้ที่ร้อยละ 2 ถึง 3 โดยจะเร่งเปิดตลาดใหม่ในตะวันออกกลาง "
           "และเอเชียใต้ พร้อมจัดคณะผู้แทนการค้าเดินทางเยือนอีกหลายประเทศ")


def removed(text: str) -> list[tuple[str, str]]:
    return [(r.category, r.text) for r in clean(text).removed]


def test_a_tight_box_ends_at_the_blank_line_so_the_crosshead_after_it_stays() -> None:
    page = (f"Tiêu đề bài báo\n\n{BODY}\n\nTin liên quan\nGiá xăng giảm mạnh từ chiều nay\n"
            f"Xuất khẩu gạo tăng trong quý I\n\nƯu tiên kinh tế số và chuyển đổi xanh\n\n{MORE}")
    a = clean(page)
    assert [c for c, _ in removed(page)] == ["related"] * 3
    assert [b.kind for b in a.blocks] == ["title", "lead", "heading", "paragraph"]


def test_a_loose_box_runs_over_its_blank_lines() -> None:
    # a blank line right under the header: the layout puts blank lines between items too
    page = f"Tiêu đề bài báo\n\n{BODY}\n\nTin liên quan\n\nGiá xăng giảm mạnh\n\nXuất khẩu gạo tăng\n\n{MORE}"
    assert [c for c, _ in removed(page)] == ["related"] * 3


def test_an_interview_turn_ends_a_box() -> None:
    page = (f"Tiêu đề bài báo\n{BODY}\nĐọc thêm\nNhững trường hợp nào không được cấp sổ đỏ?\n"
            "PV: Người dân cần chuẩn bị những giấy tờ gì?\nLuật sư: Hồ sơ thường gồm:\n- Đơn đăng ký theo mẫu;\n"
            f"{MORE}")
    a = clean(page)
    assert [c for c, _ in removed(page)] == ["related", "related"]
    assert "PV: Người dân cần chuẩn bị những giấy tờ gì?" in a.text
    assert "- Đơn đăng ký theo mẫu;" in a.text


def test_a_short_paragraph_with_a_full_stop_ends_a_box() -> None:
    entry = "16h50: Trời bắt đầu mưa to, kèm sấm sét và gió giật mạnh tại nhiều quận nội thành."
    page = f"Tiêu đề bài báo\n{BODY}\nCùng chủ đề\nHà Nội bố trí công nhân trực xử lý ngập úng\n{entry}\n{MORE}"
    assert entry in clean(page).text


def test_a_comment_counter_at_the_top_does_not_swallow_the_story() -> None:
    page = f"Cao tốc nối hai tỉnh miền núi phía Bắc sắp thông xe\n0 bình luận\n{BODY}\n{MORE}\nBình luận\nHay quá"
    a = clean(page)
    assert a.paragraphs[-1] == MORE
    assert [c for c, _ in removed(page)] == ["comments", "comments", "comments"]


def test_a_source_line_under_a_table_does_not_close_the_story() -> None:
    # once the story goes on, a later related box ends at the next paragraph again
    page = (f"ส่งออกไทยโตต่อเนื่อง\n{TH_BODY}\n{TH_MORE}\nที่มา : กระทรวงพาณิชย์\n{TH_BODY}ด้วย\n"
            f"บทความที่เกี่ยวข้อง\nพาณิชย์คาดส่งออกทั้งปีโต 2%\n{TH_LAST}")
    a = clean(page)
    assert a.paragraphs[-1] == TH_LAST
    assert [c for c, _ in removed(page)] == ["source", "related", "related"]


def test_numbers_of_a_table_amid_the_story_stay_but_a_counter_at_the_top_goes() -> None:
    page = (f"ส่งออกไทยโตต่อเนื่อง\n3.5K\n{TH_BODY}\nอุตสาหกรรม\nปี 2567\nอิเล็กทรอนิกส์\n128,450\n241,300\n"
            f"{TH_MORE}")
    a = clean(page)
    assert removed(page) == [("widget", "3.5K")]
    assert [b.text for b in a.blocks if b.text[0].isdigit()] == ["128,450", "241,300"]


def test_section_labels_above_a_question_headline() -> None:
    page = f"Bạn đọc\nTư vấn pháp luật\nMua đất bằng giấy viết tay, khi nào được cấp sổ đỏ?\n{BODY}\n{MORE}"
    a = clean(page)
    assert a.title == "Mua đất bằng giấy viết tay, khi nào được cấp sổ đỏ?"
    assert [c for c, _ in removed(page)] == ["navigation", "navigation"]


def test_a_label_run_is_judged_once_as_the_title_moves_down() -> None:
    page = f"เศรษฐกิจ\nลงทุน\nบีโอไอเผยคำขอส่งเสริมการลงทุนปี 67 พุ่ง 8.4 แสนล้าน\n{TH_BODY}\n{TH_MORE}"
    a = clean(page)
    assert a.title.startswith("บีโอไอ")
    assert [c for c, _ in removed(page)] == ["navigation", "navigation"]


def test_a_print_note_goes_but_a_study_published_in_a_journal_stays() -> None:
    study = "Nghiên cứu được đăng trên tạp chí Nature số ra tháng 3 cho thấy mực nước biển dâng nhanh hơn dự báo."
    th_study = "ผลการศึกษาดังกล่าวเผยแพร่ในนิตยสาร Nature ฉบับล่าสุด ระบุว่าระดับน้ำทะเลสูงขึ้นเร็วกว่าที่คาดการณ์ไว้"
    note = "Nội dung đầy đủ của bài viết được đăng tải trên Tạp chí Kinh tế số 15-2025 phát hành ngày 14/04/2025."
    a = clean(f"Tiêu đề bài báo\n{BODY}\n{study}\n{MORE}\n{note}")
    assert study in a.text
    assert [(r.category, r.rule) for r in a.removed] == [("source", "print_issue")]
    t = clean(f"ส่งออกไทยโตต่อเนื่อง\n{TH_BODY}\n{th_study}\n{TH_MORE}\n(ตีพิมพ์ในนิตยสารรายสัปดาห์ ฉบับวันที่ 11-17 เมษายน)")
    assert th_study in t.text
    assert [r.rule for r in t.removed] == ["print_issue"]


def test_a_short_crosshead_right_after_the_headlines_of_a_box_stays() -> None:
    page = (f"Giá cà phê hôm nay tăng mạnh\n{BODY}\nXem thêm\n"
            "Giá tiêu hôm nay 14/3/2025: Đồng loạt đi ngang ở mức cao\n"
            "Giá sầu riêng hôm nay 14/3/2025: Ri6 giảm mạnh tại miền Tây\nGiá cà phê thế giới\n" + MORE)
    a = clean(page)
    assert [c for c, _ in removed(page)] == ["related"] * 3
    assert [b.kind for b in a.blocks][-2:] == ["heading", "paragraph"]


def test_a_box_of_one_short_headline_keeps_it() -> None:
    # nothing to compare with: the line stays a headline of the box
    page = f"Tiêu đề bài báo\n{BODY}\nXem thêm\nGiá vàng tăng\n{MORE}"
    assert [t for _, t in removed(page)] == ["Xem thêm", "Giá vàng tăng"]


def test_transcript_turns_and_numbered_items_above_a_credit_are_not_captions() -> None:
    turn = "แม่ค้าเสื้อผ้า : ของหน้าร้านอย่างเดียวก็เกือบแสนแล้วค่ะ ยังไม่รวมในโกดัง"
    item = "3. ภาระผ่อนต่อรายได้ที่สูงเกินร้อยละ 70 ในกลุ่มครัวเรือนรายได้น้อย"
    page = f"ส่งออกไทยโตต่อเนื่อง\n{TH_BODY}\n{turn}\nภาพจาก : ผู้สื่อข่าว\n{item}\nที่มาภาพ : ธนาคาร\n{TH_MORE}"
    a = clean(page)
    assert turn in a.text
    assert item in a.text
    assert [c for c, _ in removed(page)] == ["caption", "caption"]


def test_a_lead_in_line_ends_a_box_and_a_table_of_contents_keeps_its_crossheads() -> None:
    lead_in = "ผู้ที่ต้องการใช้สิทธิต้องปฏิบัติตามเงื่อนไข ดังนี้"
    page = (f"ส่งออกไทยโตต่อเนื่อง\n{TH_BODY}\nอ่านข่าวเพิ่มเติม\nททท. ตั้งเป้าคนไทยเที่ยวในประเทศ 200 ล้านคน-ครั้ง\n"
            f"เงื่อนไขการใช้สิทธิ\n{lead_in}\n1. ใช้บริการกับผู้ประกอบการที่จดทะเบียน\n{TH_MORE}")
    a = clean(page)
    assert lead_in in a.text
    assert "เงื่อนไขการใช้สิทธิ" in a.text
    toc = (f"Uống nước thế nào cho đúng\n{BODY}\nNội dung chính\n1. Mỗi ngày cần uống bao nhiêu nước?\n"
           f"2. Những sai lầm thường gặp khi uống nước\n{MORE}\n1. Mỗi ngày cần uống bao nhiêu nước?\n{BODY} Thêm nữa.")
    b = clean(toc)
    assert [(r.category, r.text) for r in b.removed][:3] == [
        ("navigation", "Nội dung chính"), ("navigation", "1. Mỗi ngày cần uống bao nhiêu nước?"),
        ("navigation", "2. Những sai lầm thường gặp khi uống nước"),
    ]
    assert b.text.count("1. Mỗi ngày cần uống bao nhiêu nước?") == 1


def test_a_list_header_above_the_headline_claims_only_itself() -> None:
    page = f"หน้าแรก\nข่าวเด่น\nกระทรวงเกษตรฯ เปิดลงทะเบียนเกษตรกรรับเงินช่วยเหลือรอบใหม่\n{TH_BODY}\n{TH_MORE}"
    a = clean(page)
    assert a.title.startswith("กระทรวงเกษตรฯ")
    assert [t for _, t in removed(page)] == ["หน้าแรก", "ข่าวเด่น"]


def test_numbered_steps_after_a_box_of_links_are_story_text() -> None:
    page = (f"ส่งออกไทยโตต่อเนื่อง\n{TH_BODY}\nข่าวที่เกี่ยวข้อง\nพาณิชย์คาดส่งออกทั้งปีโต 2% จากตลาดตะวันออกกลาง\n"
            "3 กลยุทธ์ที่ร้านเล็กใช้\n1. ใช้เมล็ดกาแฟจากแหล่งปลูกในไทย\n2. ออกเมนูตามฤดูกาล\n" + TH_MORE)
    a = clean(page)
    assert "1. ใช้เมล็ดกาแฟจากแหล่งปลูกในไทย" in a.text
    assert "3 กลยุทธ์ที่ร้านเล็กใช้" in a.text


def test_footnotes_and_drupal_dates() -> None:
    page = (f"ค่าแรงขั้นต่ำกับชีวิตแรงงาน\nThu, 2025-05-15 13:27\n{TH_BODY}[1]\n{TH_MORE}\nเชิงอรรถ\n"
            "[1] สำรวจโดยเครือข่ายแรงงานภาคตะวันออก, มีนาคม 2568")
    assert [c for c, _ in removed(page)] == ["dateline", "source", "source"]


def test_menus_cookie_notices_and_paywalls_of_messy_pages() -> None:
    page = ("BÁO HẬU GIANG ĐIỆN TỬ\nTrang chủ Chính trị Kinh tế Xã hội Văn hóa Thể thao Video\nKinh tế\n"
            f"Hậu Giang: Nông dân trúng mùa khóm, giá tăng cao\n{BODY}\n{MORE}\n"
            "Địa chỉ: Số 10, đường 1 tháng 5, TP. Vị Thanh - Điện thoại: 0293 3876 000")
    a = clean(page)
    assert a.title == "Hậu Giang: Nông dân trúng mùa khóm, giá tăng cao"
    assert ("navigation", "menu_line") in [(r.category, r.rule) for r in a.removed]
    assert a.removed[-1].category == "footer"
    th = (f"เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน\nยอมรับทั้งหมด\nส่งออกไทยโตต่อเนื่อง\n{TH_BODY}\n"
          f"{TH_MORE}\nบทความนี้สงวนสิทธิ์สำหรับสมาชิก\nสมัครสมาชิก")
    assert [c for c, _ in removed(th)] == ["widget", "widget", "ad", "ad"]


def test_a_title_naming_people_is_not_a_menu() -> None:
    title = "Tổng Bí thư Tô Lâm gặp Tổng thống Hàn Quốc Yoon Suk Yeol"
    assert clean(f"{title}\n{BODY}\n{MORE}").title == title


def test_a_table_header_row_after_the_body_is_not_a_tag_row() -> None:
    # found by test_story_text_is_never_removed: a " | " row is as often a table row of the story
    header = "Mặt hàng | Giá mới (đồng/lít, kg) | Chênh lệch (đồng)"
    assert removed(f"Tiêu đề bài báo\n{BODY}\n{MORE}\n{header}") == []
    assert removed(f"Tiêu đề bài báo\n{BODY}\n{MORE}\nngộ độc thuốc, trẻ em, thuốc hạ huyết áp") == [
        ("navigation", "ngộ độc thuốc, trẻ em, thuốc hạ huyết áp")
    ]
