"""Vietnamese furniture: "Tin liên quan", "Nguồn:", bylines, comment and poll widgets.

Word lists are data; every pattern is anchored to the whole line (or, for
prefix rules, to the start of the lead).

>>> [r.name for r in RULES][:3]
['vi_related_tail', 'vi_more_news_tail', 'vi_comments_tail']
"""

from __future__ import annotations

import re
from typing import Final

from ..dates import DIGIT, date_line
from ..rule import Page, Rule, paragraph_like
from .common import byline_parts, name_like

__all__ = [
    "ARROW_LINK_WORDS", "COMMENT_HEADERS", "CONTEXT_RULES", "MORE_NEWS_HEADERS", "POLL_PHRASES", "RELATED_HEADERS", "RULES",
]

#: Headers that open a list of related stories; everything after them is furniture.
RELATED_HEADERS: Final[tuple[str, ...]] = (
    "tin liên quan", "bài liên quan", "tin bài liên quan", "bài viết liên quan", "các tin liên quan",
    "có thể bạn quan tâm", "có thể bạn muốn xem", "bạn có thể quan tâm", "tin đọc thêm", "tin nên đọc",
    "đừng bỏ lỡ", "tin hay", "tin được quan tâm", "cùng chủ đề", "tin cùng chủ đề", "bài cùng chủ đề",
    "bài viết cùng chủ đề", "tin bài cùng chủ đề", "tin liên quan khác", "tin cùng sự kiện", "bài đọc thêm",
    "mời quý độc giả xem thêm video", "mời quý độc giả xem thêm", "mời bạn đọc xem thêm", "mời độc giả xem thêm",
    "mời xem thêm video", "video liên quan", "tin, ảnh liên quan", "tin ảnh liên quan", "ảnh liên quan",
    "related news", "related articles", "related", "similar threads", "similar posts", "chủ đề tương tự",
    "tham khảo thêm", "bài tham khảo",
)

# "Nguồn tham khảo:" and "Nguồn ảnh:" open a list of references or a credit, never a sentence of the story.
_REFERENCES: Final[re.Pattern[str]] = re.compile(r"[(\[]?\s*nguồn\s+(?:tham\s+khảo|ảnh)\b", re.IGNORECASE)
# "Nguồn: Tác giả, “Tên bài”, Tạp chí X, 03/02/2025.": a citation (a quoted title, then its place)
_CITATION: Final[re.Pattern[str]] = re.compile(r"[“\"][^”\"]{3,200}[”\"]\s*,\s*\S")
#: Headers of "more from this section" lists (navigation).
MORE_NEWS_HEADERS: Final[tuple[str, ...]] = (
    "tin khác", "các tin khác", "tin cùng chuyên mục", "cùng chuyên mục", "bài cùng chuyên mục",
    "các bài đã đăng", "các tin đã đăng", "các tin đã đưa", "tin đã đưa", "bài đã đăng",
    "tin mới hơn", "tin cũ hơn", "các tin mới hơn", "các tin cũ hơn", "bài mới hơn", "bài cũ hơn",
    "tin mới", "tin mới nhất", "tin mới cập nhật", "đọc nhiều", "đọc nhiều nhất", "xem nhiều",
    "xem nhiều nhất", "tin nổi bật", "tin tiêu điểm", "tin xem nhiều", "bài viết khác", "tin tức khác",
    "video đang được xem nhiều", "video xem nhiều", "video mới nhất", "video nổi bật", "xem thêm video", "xem theo ngày",
    "tin nóng", "tin đọc nhiều", "các tin tức khác", "các bài viết khác", "bài viết khác cùng chuyên mục", "bài viết cùng chuyên mục", "nội dung chính", "mục lục",
    "table of contents", "các tin, bài viết khác", "tin, bài viết khác", "các tin bài khác", "tin bài khác",
    "các tin, bài khác", "tin, bài khác", "tin khác cùng chủ đề", "các tin khác cùng chủ đề", "bài khác cùng chủ đề",
    "more news", "most read", "latest news", "you may also like", "you might also like", "read next", "more stories",
    "thông báo khác", "các thông báo khác", "văn bản khác", "các văn bản khác", "tin hoạt động khác",
)
#: Headers of the reader-comments section.
COMMENT_HEADERS: Final[tuple[str, ...]] = (
    "ý kiến bạn đọc", "bình luận", "gửi bình luận", "viết bình luận", "viết bình luận của bạn", "bình luận của bạn", "ý kiến của bạn", "gửi ý kiến", "ý kiến",
    "bạn đọc bình luận", "comments", "comment",
)

#: Words that follow an arrow or chevron on a link line (">> Đọc thêm: ...").
ARROW_LINK_WORDS: Final[tuple[str, ...]] = (
    "xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "tin cùng chủ đề", "có thể bạn quan tâm",
    "mời xem", "mời đọc", "xem tiếp", "đọc tiếp", "xem chi tiết", "xem video", "video", "tin nên đọc",
)

#: Phrases of poll widgets (matched in lines of at most 140 characters).
POLL_PHRASES: Final[tuple[str, ...]] = (
    "bình chọn nào", "kết quả bình chọn", "thăm dò ý kiến", "bạn nghĩ sao", "biểu quyết", "xem kết quả",
    "bình chọn ngay", "gửi bình chọn",
)

# The lookahead (a phrase's first letter) lets the search skip most positions with one test.
_POLL: Final[re.Pattern[str]] = re.compile(
    f"(?=[{''.join(sorted({p[0] for p in POLL_PHRASES}))}])(?:{'|'.join(re.escape(p) for p in POLL_PHRASES)})",
    re.IGNORECASE,
)


_DISCLAIMER: Final[re.Pattern[str]] = re.compile(
    r"(?:chỉ\s+)?(?:mang\s+tính\s+(?:chất\s+)?|có\s+giá\s+trị\s+)tham\s+khảo|không\s+(?:thay\s+thế|phải\s+là)\s+"
    r"|nhà\s+đầu\s+tư\s+(?:cần|phải|nên)\s+tự\s+chịu\s+trách\s+nhiệm"
    r"(?:lời\s+khuyên|chẩn\s+đoán|khuyến\s+nghị)|thể\s+hiện\s+(?:góc\s+nhìn|quan\s+điểm)\s+(?:riêng\s+)?của\s+tác\s+giả"
    r"|(?:hoan\s+nghênh|mời|rất\s+mong\s+nhận\s+được)\s+(?:quý\s+)?(?:bạn\s+đọc|độc\s+giả)\s+(?:gửi|đóng\s+góp|cộng\s+tác)",
    re.IGNORECASE,
)


# Every poll phrase holds one of these letters, in either case: the rule's cheap pre-check.
# (the notice may follow the site's name or its licence on the same line)
_REPUBLISH: Final[re.Pattern[str]] = re.compile(
    r"(?:giấy\s+phép[^.]{0,80}\.\s*|\S+\.(?:vn|com|net|org)\b.{0,100}?[.|]\s*)?"
    r"(?:ghi\s+rõ\s+nguồn|khi\s+phát\s+hành\s+lại|cấm\s+sao\s+chép).{0,200}",
    re.IGNORECASE,
)
# "Bởi X", "Đăng bởi X": "by" before the writer's name
_POSTED_BY: Final[re.Pattern[str]] = re.compile(r"(?:đăng\s+|viết\s+)?bởi\s*[:：]?\s*", re.IGNORECASE)
# "(t/h)", "(tổng hợp)" after a name: the writer compiled the story
_COMPILED_NAME: Final[re.Pattern[str]] = re.compile(
    r"(?P<name>[^()]{2,40}?)\s*\((?:t/h|th|tổng\s+hợp|lược\s+dịch|theo\s+[^()]{2,30})\)", re.IGNORECASE
)


def _compiled_by(line: str) -> bool:
    """Writers' names, then "(t/h)" or "(theo X)": "Minh Hà (t/h)"."""
    m = _COMPILED_NAME.fullmatch(line)
    return m is not None and byline_parts(m.group("name")) is not None
_POLL_CHARS: Final[re.Pattern[str]] = re.compile("[ìÌăĂĩĨểỂếẾ]")


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_COUNT: Final[str] = r"\s*(?:\(\s*\d+\s*\)|\d+)?"


def _outlet_after_nguon(line: str) -> bool:
    """'Nguồn Tiền Phong' names an outlet; 'Nguồn vốn ODA' (a source of capital) does not."""
    rest = line.strip("()[]. ").split(None, 1)
    return len(rest) == 2 and name_like(rest[1])

RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "vi_related_tail", "related", "tail", stop_at_paragraph=True,
        pattern=rf"[-–—•»>\s]*(?:{_alternation(RELATED_HEADERS)})(?:\s+(?:đến|tới|về)\s+[^.!?:：]{{1,25}})?\s*[:：»>]?",
        languages=("vi",), max_chars=40,
        description="'Tin liên quan' and similar headers: the related-stories list, up to the next full paragraph.",
        example="Tin Liên Quan",
    ),
    Rule(
        "vi_more_news_tail", "navigation", "tail", stop_at_paragraph=True,
        pattern=rf"[-–—•»>\s]*(?:{_alternation(MORE_NEWS_HEADERS)})\s*[:：»>]?", languages=("vi",), max_chars=40,
        description="'Tin khác', 'Tin cùng chuyên mục', 'Đọc nhiều': section lists, up to the next full paragraph.",
        example="Tin cùng chuyên mục",
    ),
    Rule(
        "vi_comments_tail", "comments", "tail",
        pattern=rf"(?:\d+\s+)?(?:{_alternation(COMMENT_HEADERS)}){_COUNT}\s*[:：]?", languages=("vi",),
        max_chars=40, description="The reader-comments header ('Bình luận (0)', 'Ý kiến bạn đọc') and what follows.",
        example="Bình luận (0)",
    ),
    Rule(
        "vi_continue", "navigation", "line",
        pattern=r"[-–—•»>→\s]*(?:xem|đọc)\s+tiếp(?:\s+(?:bài|trang|phần))?\s*(?:[»>›→…]|\.{2,})*",
        languages=("vi",), max_chars=30, description="'Xem tiếp' / 'Đọc tiếp' alone: a link to the next page.",
        example="Đọc tiếp »",
    ),
    Rule(
        "vi_arrow_related", "related", "line",
        pattern=rf"[-–—•\s]*(?:[»>→⇒➤➜▶►▸]+\s*)+(?:{_alternation(ARROW_LINK_WORDS)})\s*[:：>»]?\s*[^\s:：>»].{{3,250}}"
        r"|(?:>>+|»{2,})\s*[^\s>»].{3,250}",
        languages=("vi",), max_chars=300,
        description="A link marked by an arrow or chevron ('>> Đọc thêm: ...', '» Xem thêm ...', "
        "'→ Tin liên quan: ...', '>> <headline>').",
        example=">> Đọc thêm: Giá vàng hôm nay tiếp tục tăng",
    ),
    Rule(
        "vi_read_more", "related", "tail", stop_at_paragraph=True,
        pattern=r"[-–—•»>\s]*(?:(?:xem|đọc)\s+thêm(?:\s+[^\s:：]+){0,5}?\s*[:：]|xem\s+thêm|đọc\s+thêm|xem\s+tiếp|"
        r"mời\s+(?:quý\s+)?(?:(?:độc\s+giả|bạn\s+đọc|khán\s+giả)\s+)?xem(?:\s+thêm)?(?:\s+(?:video|clip))?"
        r"(?:\s+[^\s:：]+){0,6}|>>+|»)\s*[:：»>]?",
        languages=("vi",), max_chars=64,
        description="'Xem thêm' / 'Đọc thêm' alone: the headlines after it, up to the next full paragraph.",
        example="Xem thêm:",
    ),
    Rule(
        "vi_section_promo", "related", "line",
        pattern=r"mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc)\s+(?:vào|đón\s+đọc|theo\s+dõi)\s.{0,100}?"
        r"(?:liên\s+quan|chuyên\s+mục)[^.]{0,60}\.?",
        languages=("vi",), max_chars=200,
        description="An invitation to read more in a section ('Mời bạn đọc vào chuyên mục X xem các tin, bài liên quan.').",
        example="Mời bạn đọc vào chuyên mục Quốc phòng an ninh xem các tin, bài liên quan.",
    ),
    Rule(
        "vi_inline_related", "related", "line",
        pattern=r"[-–—•\s]*(?:xem\s+thêm|đọc\s+thêm|(?:tin|bài|tin\s+bài|bài\s+viết)\s+liên\s+quan|có\s+thể\s+bạn\s+quan\s+tâm|(?:bấm|nhấn|click)\s+(?:xem|vào)|related|see\s+also|"
        r">>+|»+)\s*[:：>»]\s*.{4,250}",
        languages=("vi",), max_chars=300, description="'Xem thêm: <headline>' on one line.",
        example="Xem thêm: Việt Nam - Lào tăng cường hợp tác lao động",
    ),
    Rule(
        "vi_source_line", "source", "line",
        pattern=r"[(\[]?\s*nguồn(?:\s+tin|\s+bài|\s+tham\s+khảo)?\s*(?:[:：].{1,200}|[^,.;:]{2,40}[:：]\s*(?:https?://|www\.)\S+)"
        r"\s*[)\]]?\.?",
        contains=re.compile("nguồn|Nguồn|NGUỒN"),
        # "Nguồn: a survey ... shows that 71% ...": a sentence; "Nguồn tham khảo: <a title>." never is
        predicate=lambda line: not paragraph_like(line) or _REFERENCES.match(line) is not None or _CITATION.search(line) is not None,
        languages=("vi",), max_chars=260,
        description="'Nguồn: X', 'Nguồn X: URL', '(Nguồn: X)': the source outlet or address.",
        example="Nguồn Tiền Phong: https://tienphong.vn/ngoai-truong-my-post1759226.tpo",
    ),
    Rule(
        "vi_source_name", "source", "line", pattern=r"[(\[]?\s*nguồn\s+[^,.;:()]{2,40}[)\]]?\.?",
        predicate=_outlet_after_nguon, languages=("vi",), max_chars=50,
        description="'Nguồn VnExpress', '(Nguồn Tiền Phong)': 'Nguồn' and a capitalised outlet name.",
        example="(Nguồn Tiền Phong)",
    ),
    Rule(
        "vi_source_theo_paren", "source", "line",
        pattern=r"[(\[]\s*theo\s+[^()\[\];]{2,60}[)\]]\.?", languages=("vi",), max_chars=80,
        description="'(theo X)' or '(theo X, Y)' alone on a line.", example="(theo Reuters, The Star)",
    ),
    Rule(
        "vi_original_link", "source", "line",
        pattern=r"(?:xem|đọc)?\s*(?:link|bài|nguồn|tin)\s*(?:gốc|bài\s+gốc)(?:\s+tại(?:\s+đây|\s+\S.{1,40}))?\s*[:：]?\s*"
        r"(?:(?:https?://|www\.)\S+)?",
        languages=("vi",), max_chars=200, description="'Xem link gốc', 'Bài gốc': the repost's original link (baomoi).",
        example="Xem link gốc",
    ),
    Rule(
        "vi_byline_label", "byline", "line",
        pattern=r"(?:(?:bài|tin)\s*(?:và|,|&|/)\s*ảnh|ảnh\s*(?:và|,|&|/)\s*(?:bài|tin)|bài|tin|tác\s+giả|phóng\s+viên|nhóm\s+phóng\s+viên|ghi\s+chép|thực\s+hiện|"
        r"phóng\s+sự(?:\s+ảnh)?|"
        r"biên\s+dịch|lược\s+dịch|biên\s+tập|người\s+viết|viết\s+bởi|tham\s+vấn(?:\s+y\s+khoa|\s+chuyên\s+môn)?(?:\s+bởi)?|"
        r"(?:kiểm\s+duyệt|biên\s+dịch|dịch|thẩm\s+định)\s+bởi|"
        r"dự\s+báo\s+viên|chuyên\s+viên\s+pháp\s+lý|luật\s+sư\s+tư\s+vấn|người\s+trả\s+lời|"
        r"kiểm\s+duyệt(?:\s+nội\s+dung)?)\s*[:：]\s*[^:：]{2,80}"
        r"(?:[-–|,/]\s*(?:ảnh|video|clip|đồ\s+họa|đồ\s+hoạ|quay\s+phim|dựng\s+phim|thiết\s+kế)\s*[:：]\s*[^:：]{2,60})*"
        # the photographer first: "Ảnh: X - Bài: Y" ("Ảnh: X" alone is a photo credit)
        r"|ảnh\s*[:：]\s*[^:：]{2,60}?\s*[-–|,/]\s*(?:bài|tin|nội\s+dung|thực\s+hiện)\s*[:：]\s*[^:：]{2,60}",
        languages=("vi",), max_chars=100, description="'Bài và ảnh: X', 'Tác giả: X': a labelled byline.",
        example="Bài và ảnh: Nguyễn Hoàng",
    ),
    Rule(
        "vi_series_next", "related", "line",
        pattern=r"(?:mời\s+(?:bạn\s+đọc\s+|quý\s+độc\s+giả\s+)?)?(?:đón\s+đọc|đọc\s+tiếp|xem\s+tiếp|đọc\s+lại)\s+(?:bài|kỳ|phần)"
        r"(?:\s*\d+|\s+(?:tới|sau|cuối|tiếp\s+theo|trước))\s*[:：.\-–]?\s*.{0,150}"
        r"|(?:bài|kỳ|phần)\s+(?:tới|sau|tiếp\s+theo|trước)\s*[:：]\s*.{3,150}",
        languages=("vi",), max_chars=200,
        description="A link to another part of a series ('Đón đọc Bài 3: ...', 'Kỳ tới: ...').",
        example="Đón đọc Bài 3: Ai giám sát những chiếc sà lan đêm?",
    ),
    Rule(
        "vi_series_label", "navigation", "line", pattern=r"(?:loạt\s+bài|tuyến\s+bài|series)\s*[:：]\s*[^.!?]{2,80}",
        languages=("vi",), max_chars=100, description="The name of the series a story belongs to ('Loạt bài: X').",
        example="Loạt bài: Sông Hậu mất cát",
    ),
    Rule(
        "vi_watch_video", "related", "line",
        pattern=r"mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc|khán\s+giả)\s+(?:xem|đọc|theo\s+dõi)\s+(?:thêm\s+)?(?:video|clip|bài|tin)?\s*[:：]\s*.{3,200}",
        languages=("vi",), max_chars=240, description="'Mời độc giả xem video: <headline>': a link to another story.",
        example="Mời độc giả xem video: Cận cảnh đám cháy kho hàng rộng hàng nghìn mét vuông trong đêm qua",
    ),
    Rule(
        "vi_journal_dates", "dateline", "line", pattern=r"ngày\s+nhận\s+bài\s*[:：]?\s*\d.{0,200}",
        languages=("vi",), max_chars=240,
        description="A journal article's received and accepted dates ('Ngày nhận bài 12/9/2025; ...').",
        example="Ngày nhận bài 12/9/2025; ngày duyệt đăng 20/10/2025",
    ),
    Rule(
        "vi_reviewed_by", "byline", "line",
        pattern=r"(?:bài\s+viết\s+(?:được\s+)?)?(?:tham\s+vấn(?:\s+chuyên\s+môn|\s+y\s+khoa)?|kiểm\s+duyệt(?:\s+nội\s+dung)?|thẩm\s+định)"
        r"\s+bởi\s+.{2,160}|đã\s+kiểm\s+duyệt\s+nội\s+dung",
        languages=("vi",), max_chars=200,
        description="The expert who reviewed a health or legal article ('Bài viết được tham vấn chuyên môn bởi BS X').",
        example="Bài viết được tham vấn chuyên môn bởi ThS.BS Nguyễn Văn A",
    ),
    Rule(
        "vi_auto_repost", "source", "line",
        pattern=r"(?:bài\s+viết|tin|nội\s+dung)\s+(?:được\s+)?.{0,30}?(?:tổng\s+hợp|thu\s+thập|cập\s+nhật)\s+tự\s+động.{0,200}",
        languages=("vi",), max_chars=260, description="An aggregator's note that it reposts automatically.",
        example="Bài viết được tổng hợp tự động từ nguồn trên.",
    ),
    Rule(
        "vi_compiled_name", "byline", "line",
        predicate=_compiled_by,
        contains=re.compile(r"\(t/h\)|\(th\)|\(tổng hợp\)|\(lược dịch\)|\(theo |\(T/H\)"),
        languages=("vi",), max_chars=60, description="A writer who compiled the story ('Minh Hà (t/h)').",
        example="Minh Hà (t/h)",
    ),
    Rule(
        "vi_posted_by", "byline", "line", pattern=r"(?:đăng\s+|viết\s+)?bởi(?:\s*[:：]\s*|\s+)\S.{1,50}",
        predicate=lambda line: byline_parts(_POSTED_BY.sub("", line, count=1)) is not None,
        languages=("vi",), max_chars=60, description="'Bởi X', 'Đăng bởi X': the writer's name after 'by', no colon.",
        example="Đăng bởi Minh Thư",
    ),
    Rule(
        "vi_byline_team", "byline", "line",
        pattern=r"(?:nhóm\s+)?(?:pv|phóng\s+viên|ctv|btv|p\.v)(?:\s*[-–/]\s*[^,.;:]{2,30}|(?:\s+[^\s,.;:]+){1,3})?\.?",
        languages=("vi",), max_chars=40, description="'PV', 'Nhóm PV', 'CTV': an unnamed reporter.",
        example="Nhóm PV",
    ),
    Rule(
        "vi_poll", "widget", "line", contains=_POLL_CHARS, predicate=lambda line: _POLL.search(line) is not None,
        languages=("vi",), max_chars=140,
        description="Poll widgets ('Hiện tại không có bình chọn nào đang hoạt động.', 'Kết quả bình chọn').",
        example="Hiện tại không có bình chọn nào đang hoạt động.",
    ),
    Rule(
        "vi_stats_tail", "widget", "tail",
        pattern=r"(?:thống\s+kê\s+truy\s+cập|thống\s+kê|lượt\s+truy\s+cập|đang\s+truy\s+cập|đang\s+trực\s+tuyến|"
        r"số\s+lượt\s+truy\s+cập)\s*[:：]?\s*[\d.,]*",
        languages=("vi",), max_chars=50, description="The visitor-statistics widget header and its counters.",
        example="Thống kê truy cập",
    ),
    Rule(
        "vi_counter", "widget", "line",
        pattern=r"(?:(?:số\s+)?lượt\s+xem|lượt\s+đọc|lượt\s+thích|lượt\s+chia\s+sẻ|người\s+trực\s+tuyến|khách|thành\s+viên|"
        r"tổng\s+lượt\s+truy\s+cập|hôm\s+nay|hôm\s+qua|tuần\s+này|tháng\s+này)\s*[:：]?\s*[\d.,]+",
        languages=("vi",), max_chars=50, description="A counter line ('Lượt xem: 1.234').", example="Lượt xem: 1.234",
    ),
    Rule(
        "vi_state_motto", "navigation", "line",
        pattern=r"[-_=*\s]*(?:cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam|"
        r"độc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc)[-_=*\s]*",
        languages=("vi",), max_chars=60,
        description="The national motto heading an official document ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', "
        "'Độc lập - Tự do - Hạnh phúc').",
        example="Độc lập - Tự do - Hạnh phúc",
    ),
    Rule(
        "vi_document_number", "navigation", "line",
        pattern=r"số\s*[:：]\s*\d{1,5}\s*/\s*[^\s/]{1,20}(?:\s*/\s*[^\s/]{1,20})?",
        languages=("vi",), max_chars=40,
        description="An official document's number alone ('Số: 215/TB-SGTVT', 'Số: 158/KH-UBND').",
        example="Số: 215/TB-SGTVT",
    ),
    Rule(
        "vi_recipients", "footer", "tail", stop_at_body=True,
        pattern=r"nơi\s+nhận\s*[:：]?",
        languages=("vi",), max_chars=20,
        description="'Nơi nhận:' closing an official document, and its list of recipients.",
        example="Nơi nhận:",
    ),
    Rule(
        "vi_republish", "footer", "line",
        contains=re.compile("rõ nguồn|RÕ NGUỒN|phát hành lại|PHÁT HÀNH LẠI|sao chép|SAO CHÉP"),
        predicate=lambda line: _REPUBLISH.fullmatch(line) is not None,
        languages=("vi",), max_chars=260,
        description="The republication notice ('Ghi rõ nguồn \"X\" khi phát hành lại thông tin từ website này.').",
        example='Ghi rõ nguồn "Báo Đồng Nai" khi phát hành lại thông tin từ website này.',
    ),
    Rule(
        "vi_app_banner", "ad", "line",
        pattern=r"[*•\-–\s]*(?:(?:tải|mở|cài\s+đặt|cài)\s+(?:ngay\s+)?(?:ứng\s+dụng|app)\b.{0,100}"
        r"|(?:đọc|xem|nghe)\s.{0,60}?\btrên\s+(?:ứng\s+dụng|app)\b.{0,60})",
        predicate=lambda line: not line.endswith("."),  # "Tải ứng dụng VNeID, người dân có thể ... .": story text
        languages=("vi",), max_chars=140,
        description="An app banner: 'Tải ứng dụng X ...', 'Đọc nhanh hơn trên ứng dụng X - Mở app', 'Mở ứng dụng'.",
        example="Đọc tin nhanh hơn trên ứng dụng VTVgo",
    ),
    Rule(
        "vi_reader_hotline", "footer", "line",
        pattern=r"(?:mọi\s+)?(?:quý\s+)?(?:thính\s+giả|bạn\s+đọc|độc\s+giả|khán\s+giả|quý\s+vị)\s.{0,80}?"
        r"(?:xin|vui\s+lòng|hãy|có\s+thể)\s+(?:gọi|liên\s+hệ|nhắn\s+tin)(?:\s+(?:đến|tới|về|vào|qua))?\s.{0,40}?"
        r"(?:đường\s+dây\s+nóng|hotline|tổng\s+đài|zalo)"
        r".{0,200}",
        contains=DIGIT, languages=("vi",), max_chars=260,
        description="The outlet's call to its audience to phone in ('Thính giả ... xin gọi đường dây nóng 1900 ...').",
        example="Thính giả phản ánh tình hình giao thông xin gọi đường dây nóng 1900 1234",
    ),
    Rule(
        "vi_sent_photo", "caption", "line",
        pattern=r"(?:hình\s+ảnh|ảnh|clip|video)\s[^.!?]{0,80}?\s(?:do|được)\s[^.!?]{1,60}?"
        r"(?:gửi\s+về|gửi\s+đến|gửi\s+tới|cung\s+cấp)[^.,;:!?]{0,40}\.?",
        languages=("vi",), max_chars=140,
        description="A caption of a photo sent in by readers or a source ('Hình ảnh ùn tắc do thính giả gửi về X.').",
        example="Hình ảnh ùn tắc do thính giả gửi về VOV Giao thông.",
    ),
    Rule(
        "vi_credit_roll", "byline", "line",
        pattern=r"(?:nội\s+dung|trình\s+bày|thiết\s+kế|kỹ\s+thuật|sản\s+xuất|đồ\s+họa|đồ\s+hoạ)\s*[:：]\s*[^:：]{2,60}",
        predicate=lambda line: byline_parts(re.split("[:：]", line, maxsplit=1)[1]) is not None,
        languages=("vi",), max_chars=80,
        description="An e-magazine's credit roll ('Nội dung: HOÀNG ANH', 'Trình bày: HÀ LINH'): names after the label.",
        example="Trình bày: HÀ LINH",
    ),
    Rule(
        "vi_sponsored_note", "ad", "line",
        pattern=r"[(\[]?\s*(?:nội\s+dung|bài\s+viết|thông\s+tin|bài)\s+(?:do|được)\s+(?:nhãn\s+hàng|doanh\s+nghiệp|đối\s+tác|"
        r"nhà\s+tài\s+trợ|đơn\s+vị\s+tài\s+trợ|thương\s+hiệu)\s+(?:cung\s+cấp|tài\s+trợ|thực\s+hiện)\s*[)\]]?\.?",
        languages=("vi",), max_chars=80,
        description="A note that a brand supplied the piece ('(Nội dung do nhãn hàng cung cấp)').",
        example="(Nội dung do nhãn hàng cung cấp)",
    ),
    Rule(
        "vi_helpful_vote", "widget", "line",
        pattern=r"(?:bài\s+viết|thông\s+tin|nội\s+dung)(?:\s+này)?\s+(?:có\s+)?(?:hữu\s+ích|hữu\s+dụng)(?:\s+(?:với|cho)\s+bạn)?"
        r"\s+(?:không|chứ)\s*\??.{0,40}"
        r"|bạn\s+(?:cảm\s+thấy\s+thế\s+nào\s+về|thấy)\s+bài\s+viết(?:\s+này)?(?:\s+thế\s+nào)?\s*\??.{0,120}",
        languages=("vi",), max_chars=160, description="'Bài viết có hữu ích với bạn không? Có Không': a vote widget.",
        example="Bài viết có hữu ích với bạn không?",
    ),
    Rule(
        "vi_call_now", "ad", "line", contains=re.compile("gọi ngay|Gọi ngay|GỌI NGAY|liên hệ ngay|Liên hệ ngay"),
        predicate=lambda line: DIGIT.search(line) is not None and not paragraph_like(line),
        languages=("vi",), max_chars=140,
        description="A service advert with a number to call ('Dịch vụ ... trọn gói - Gọi ngay 1900 1234').",
        example="Dịch vụ tư vấn thủ tục nhà đất trọn gói - Gọi ngay 1900 1234",
    ),
    Rule(
        "vi_contributed", "source", "line",
        pattern=r"[(\[]\s*(?:tin|bài|tin\s+bài|tin\s*,\s*ảnh|bài\s*,\s*ảnh|tin\s+và\s+ảnh|bài\s+và\s+ảnh)\s+(?:do|được)\s"
        r"[^()\[\]]{2,100}?(?:gửi|cung\s+cấp|đóng\s+góp)[^()\[\]]{0,80}[)\]]\.?",
        languages=("vi",), max_chars=200,
        description="A note in brackets that the story came from a contributor ('(Tin bài do cơ sở gửi về Ban Biên tập)').",
        example="(Tin bài do cơ sở Đoàn gửi về Ban Biên tập Cổng thông tin)",
    ),
    Rule(
        "vi_follow", "footer", "line",
        pattern=r"[*•\-–\s]*(?:mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc|khán\s+giả|thính\s+giả|người\s+dân)\s+)?"
        r"(?:theo\s+dõi|follow|đăng\s+ký\s+nhận\s+tin|tải\s+ứng\s+dụng|quét\s+mã\s+qr).{0,120}"
        r"(?:google\s+news|facebook|zalo|youtube|tiktok|fanpage|kênh|ứng\s+dụng|app|bản\s+tin|tv\s+online|"
        r"podcast).{0,60}|[*•\-–\s]*theo\s+dõi\s+\S.{0,40}?\s+trên\s*:?",  # the platform in an icon: cut off
        languages=("vi",), max_chars=220,
        description="'Theo dõi ... trên Google News' and app/newsletter prompts: the site's footer.",
        example="Theo dõi VietnamPlus trên Google News",
    ),
    Rule(
        "vi_back", "navigation", "line",
        pattern=r"(?:trở\s+lại|quay\s+lại|về\s+trang\s+chủ|trang\s+chủ|xem\s+tiếp|tiếp\s+theo|bài\s+sau|bài\s+trước|"
        r"trang\s+trước|trang\s+sau|xem\s+toàn\s+bộ|xem\s+tất\s+cả|chuyên\s+mục|trở\s+lại\s+chủ\s+đề)\s*[»>›:]?",
        languages=("vi",), max_chars=30, description="Navigation links ('Trở lại', 'Trang chủ', 'Xem tiếp').",
        example="Trở lại",
    ),
    Rule(
        "vi_footer", "footer", "line",
        pattern=r"(?:tổng\s+biên\s+tập|phó\s+tổng\s+biên\s+tập|chịu\s+trách\s+nhiệm\s+(?:xuất\s+bản|chính|nội\s+dung)|tòa\s+soạn|toà\s+soạn|"
        r"giấy\s+phép(?:\s+số|\s+hoạt\s+động)|hotline|liên\s+hệ\s+quảng\s+cáo|cơ\s+quan\s+chủ\s+quản)\s*[:：].{0,200}"
        r"|giấy\s+phép[^:：]{0,60}?\s+số\s*[:：]?\s*\d+\s*/\s*GP\b.{0,160}"
        r"|cơ\s+quan\s+(?:ngôn\s+luận\s+)?của\s[^.!?:;,\d]{3,70}"
        r"|.{2,60}\s[-–—,]\s*(?:cơ\s+quan\s+(?:của|ngôn\s+luận|chủ\s+quản)|tiếng\s+nói\s+của|diễn\s+đàn\s+của)"
        r"\s.{0,120}",
        languages=("vi",), max_chars=240, description="Masthead footer lines ('Tổng biên tập: X', 'Giấy phép số ...', 'Báo X - Cơ quan của ...').",
        example="Tổng biên tập: Nguyễn Văn A",
    ),
    Rule(
        "vi_date_line", "dateline", "line", contains=DIGIT, predicate=lambda line: date_line(line) is not None,
        languages=("vi",), max_chars=120,
        description="A line that is only a date and time ('Thứ năm, 14/7/2021, 10:30 (GMT+7)').",
        example="Thứ năm, 14/7/2021, 10:30 (GMT+7)",
    ),
)

#: Vietnamese prefix rules: a press release's place and date opening the lead.
PREFIX_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "vi_place_dateline", "dateline", "prefix",
        pattern=r"(?-i:[A-ZĐÀ-Ỹ][^\s,.:;\d]*(?:\s+[A-ZĐÀ-Ỹ][^\s,.:;\d]*){0,3}),\s*ngày\s+\d{1,2}\s*/\s*\d{1,2}"
        r"(?:\s*/\s*\d{2,4})?\s*[-–—]+\s+",
        languages=("vi",), max_chars=60,
        description="A press release's place and date opening the lead ('Cà Mau, ngày 18/11/2025 – ').",
        example="Hà Nội, ngày 18/11/2025 – ",
    ),
)

#: Vietnamese context rules; the registry runs them before ``end_tags``. Rare lines found by
#: a phrase anywhere in them run here, not in the per-line gate (whose literals every line pays).
CONTEXT_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "vi_licence_footer", "footer", "context", where="end",
        contains=re.compile("iấy phép|IẤY PHÉP"),
        pattern=r".{2,120}?[.,;|]\s*giấy\s+phép[^:：]{0,60}?\s+số\s*[:：]?\s*\d+\s*/\s*GP\b.{0,160}",
        predicate=Page.from_body_end, languages=("vi",), max_chars=300,
        description="The site's name and its licence on one line after the body ('Tạp chí X - Hội Y. Giấy phép số "
        "479/GP-BTT').",
        example="Tạp chí Kinh tế nông thôn - Hội Kinh tế nông nghiệp. Giấy phép số 479/GP-BTTTT",
    ),
    Rule(
        "vi_scene_caption", "caption", "context",
        pattern=r"(?:quang|toàn)\s+cảnh\s+\S.{3,110}",
        predicate=lambda page, i: i not in (page.title_index, page.lead_index) and not paragraph_like(page.lines[i]),
        languages=("vi",), max_chars=130,
        description="A short 'Quang cảnh ...' / 'Toàn cảnh ...' line below the lead: the caption of a photo of the "
        "scene, credited or not.",
        example="Quang cảnh cuộc họp",
    ),
    Rule(
        "vi_disclaimer", "footer", "context",
        contains=re.compile("tham khảo|của tác giả|hoan nghênh|mong nhận|mời quý|mời bạn đọc|mời độc giả|thay thế|lời khuyên|chẩn đoán|khuyến nghị"),
        predicate=lambda page, i: _DISCLAIMER.search(page.lines[i]) is not None, languages=("vi",), max_chars=260,
        description="A standing disclaimer or call for readers' letters ('... chỉ mang tính chất tham khảo', "
        "'Nội dung bài viết thể hiện góc nhìn của tác giả').",
        example="Các tin tức, bài viết trên website chỉ mang tính chất tham khảo.",
    ),
)
