"""Thai furniture: "ข่าวที่เกี่ยวข้อง", "ที่มา:", "อ่านเพิ่มเติม", bylines, feedback and view counters.

Thai has no letter case and often no sentence-final punctuation, so these
rules lean on labels ("ข่าว:", "ที่มา:") rather than on the shape of a line.

>>> [r.name for r in RULES][:2]
['th_related_tail', 'th_more_news_tail']
"""

from __future__ import annotations

import re
from typing import Final

from ..dates import DIGIT, date_line
from ..rule import Rule

__all__ = ["COMMENT_HEADERS", "MORE_NEWS_HEADERS", "RELATED_HEADERS", "RULES"]

#: Headers that open a list of related stories.
RELATED_HEADERS: Final[tuple[str, ...]] = (
    "ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "ข่าวแนะนำ",
    "บทความแนะนำ", "เรื่องแนะนำ", "ข่าวน่าสนใจ", "คุณอาจสนใจ", "อาจสนใจ", "เนื้อหาที่เกี่ยวข้อง",
    "ข่าวที่น่าสนใจ", "คลิปที่เกี่ยวข้อง",
)
#: Headers of "more from this section" lists (navigation).
MORE_NEWS_HEADERS: Final[tuple[str, ...]] = (
    "ข่าวอื่นในหมวด", "ข่าวอื่นๆ", "ข่าวอื่น ๆ", "ข่าวอื่น", "ข่าวล่าสุด", "ข่าวยอดนิยม", "ข่าวทั้งหมด",
    "ข่าวในหมวดเดียวกัน", "เรื่องล่าสุด", "บทความล่าสุด", "ยอดนิยม", "อ่านมากที่สุด", "ข่าวเด่น", "ข่าวฮอต",
    "ดูทั้งหมด", "ข่าวก่อนหน้า", "ข่าวถัดไป",
)
#: Headers of the feedback / comments section.
COMMENT_HEADERS: Final[tuple[str, ...]] = (
    "คำติชม", "ความคิดเห็น", "แสดงความคิดเห็น", "ร่วมแสดงความคิดเห็น", "ความเห็น", "ความคิดเห็นทั้งหมด",
    "เขียนความคิดเห็น", "ส่งความคิดเห็น",
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(words, key=len, reverse=True))


_COUNT: Final[str] = r"\s*(?:\(\s*[\d๐-๙]+\s*\)|[\d๐-๙]+)?"

RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "th_related_tail", "related", "tail", pattern=rf"[-–—•»>\s]*(?:{_alternation(RELATED_HEADERS)})\s*[:：»>]?",
        languages=("th",), max_chars=40,
        description="'ข่าวที่เกี่ยวข้อง' and similar headers: the related-stories list to the end.",
        example="ข่าวที่เกี่ยวข้อง",
    ),
    Rule(
        "th_more_news_tail", "navigation", "tail",
        pattern=rf"[-–—•»>\s]*(?:{_alternation(MORE_NEWS_HEADERS)})\s*[:：»>]?", languages=("th",), max_chars=40,
        description="'ข่าวอื่นในหมวด', 'ข่าวล่าสุด': section lists to the end.", example="ข่าวอื่นในหมวด",
    ),
    Rule(
        "th_comments_tail", "comments", "tail", pattern=rf"(?:{_alternation(COMMENT_HEADERS)}){_COUNT}\s*[:：]?",
        languages=("th",), max_chars=40,
        description="The feedback or comments header ('คำติชม', 'แสดงความคิดเห็น') and what follows.",
        example="คำติชม",
    ),
    Rule(
        "th_read_more", "related", "tail", stop_at_body=True,
        pattern=r"[-–—•»>\s]*(?:อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|อ่านข่าวอื่นๆ|อ่านข่าวอื่น ๆ|อ่านข่าวเพิ่มเติม|"
        r"อ่านต่อ|คลิกอ่าน|อ่านข่าว|อ่านบทความ)\s*[:：»>]?",
        languages=("th",), max_chars=30,
        description="'อ่านเพิ่มเติม' alone: the headlines after it, up to the next body paragraph.",
        example="อ่านเพิ่มเติม",
    ),
    Rule(
        "th_inline_related", "related", "line",
        pattern=r"[-–—•»>\s]*(?:อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|อ่านข่าวอื่นๆ|อ่านข่าวเพิ่มเติม|อ่านต่อ|คลิกอ่าน|"
        r"อ่านข่าว|อ่านบทความ|คลิก|ดูคลิป)\s*[:：>»]+\s*.{3,250}",
        languages=("th",), max_chars=300, description="'อ่านเพิ่มเติม : <headline>' on one line.",
        example="อ่านข่าว : ครม.เห็นชอบงบประมาณปี 2565",
    ),
    Rule(
        "th_source_line", "source", "line",
        pattern=r"[(\[]?\s*(?:ที่มา|แหล่งที่มา|แหล่งข่าว|ข้อมูลจาก|ขอบคุณข้อมูลจาก|ขอบคุณข้อมูล|อ้างอิง|อ้างอิงจาก|"
        r"เรียบเรียงจาก|source)\s*(?:[:：].{1,200}|\s*(?:https?://|www\.)\S+|\s[^:：]{1,50})\s*[)\]]?",
        languages=("th",), max_chars=220,
        description="'ที่มา: X', 'ข้อมูลจาก X', 'อ้างอิง: URL': the source outlet or address.",
        example="ที่มา : สำนักข่าวแห่งชาติ กรมประชาสัมพันธ์",
    ),
    Rule(
        "th_byline_label", "byline", "line",
        pattern=r"(?:ข่าว\s*/\s*ภาพ|ข่าวและภาพ|เรื่องและภาพ|เรื่อง\s*/\s*ภาพ|ข่าว|เรื่อง|ผู้เขียน|เขียนโดย|รายงานโดย|"
        r"เรียบเรียงโดย|เรียบเรียง|ผู้สื่อข่าว|ผู้รายงาน|บรรณาธิการ|กองบรรณาธิการ|author|by|reporter)\s*[:：]\s*.{2,80}",
        languages=("th",), max_chars=100, description="'ข่าว: X', 'ผู้เขียน: X', 'เรียบเรียง: X': a labelled byline.",
        example="ผู้เขียน : สมชาย ใจดี",
    ),
    Rule(
        "th_byline_by", "byline", "line", pattern=r"(?:โดย|เขียนโดย|รายงานโดย|เรียบเรียงโดย)\s+[^\s].{0,40}",
        predicate=lambda line: len(line.split()) <= 4, languages=("th",), max_chars=50,
        description="A short 'โดย X' line: the writer.", example="โดย ทีมข่าวต่างประเทศ",
    ),
    Rule(
        "th_views", "widget", "line",
        pattern=r"(?:ผู้เข้าชม|เข้าชม|จำนวนผู้เข้าชม|ยอดวิว|อ่าน|views?|ผู้ชม)\s*[:：]?\s*[\d๐-๙,.]+\s*(?:ครั้ง|คน|views?)?"
        r"|[\d๐-๙,.]+\s*(?:views?|ครั้ง|ผู้เข้าชม)",
        languages=("th",), max_chars=50, description="A view counter ('เข้าชม 1,234 ครั้ง').",
        example="เข้าชม 1,234 ครั้ง",
    ),
    Rule(
        "th_follow", "navigation", "line",
        pattern=r"(?:ติดตาม|กดติดตาม|ดาวน์โหลดแอป|สมัครรับข่าวสาร|แอดไลน์|เพิ่มเพื่อน).{0,120}"
        r"(?:facebook|เฟซบุ๊ก|line|ไลน์|youtube|ยูทูบ|tiktok|twitter|ทวิตเตอร์|x|แอป|แอปพลิเคชัน|ช่องทาง|ได้ที่).{0,80}",
        languages=("th",), max_chars=220, description="'ติดตามข่าวสารได้ที่ ...' and app prompts.",
        example="ติดตามข่าวสารทันเหตุการณ์ได้ที่ Facebook และ LINE",
    ),
    Rule(
        "th_back", "navigation", "line",
        pattern=r"(?:หน้าแรก|หน้าหลัก|ย้อนกลับ|กลับหน้าแรก|ก่อนหน้า|ถัดไป|หมวดหมู่|ดูทั้งหมด|อ่านทั้งหมด)\s*[»>›:]?",
        languages=("th",), max_chars=30, description="Navigation links ('หน้าแรก', 'ย้อนกลับ', 'ถัดไป').",
        example="ย้อนกลับ",
    ),
    Rule(
        "th_footer", "footer", "line",
        pattern=r"(?:ติดต่อโฆษณา|ติดต่อเรา|ติดต่อกองบรรณาธิการ|ที่อยู่|โทรศัพท์|โทร\.|อีเมล|e-mail)\s*[:：].{0,200}",
        languages=("th",), max_chars=240, description="Masthead footer lines ('ติดต่อโฆษณา: ...', 'โทร. ...').",
        example="ติดต่อโฆษณา : 02-123-4567",
    ),
    Rule(
        "th_illustration", "caption", "line",
        pattern=r"[(\[]?\s*(?:ภาพประกอบ(?:ข่าว)?|ภาพถ่ายโดย.{0,40}|ภาพ\s*[:：].{1,60})\s*[)\]]?",
        languages=("th",), max_chars=80, description="'ภาพประกอบ', 'ภาพถ่ายโดย X': photo labels.",
        example="(ภาพประกอบข่าว)",
    ),
    Rule(
        "th_date_line", "dateline", "line", contains=DIGIT, predicate=lambda line: date_line(line) is not None,
        languages=("th",), max_chars=120,
        description="A line that is only a date, often with a Buddhist-era year ('วันพฤหัสบดีที่ 14 กรกฎาคม 2564').",
        example="วันพฤหัสบดีที่ 14 กรกฎาคม 2564",
    ),
)
