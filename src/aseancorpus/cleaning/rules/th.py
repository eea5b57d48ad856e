"""Thai furniture: "ข่าวที่เกี่ยวข้อง", "ที่มา:", "อ่านเพิ่มเติม", bylines, feedback and view counters.

Thai has no letter case and often no sentence-final punctuation, so these
rules lean on labels ("ข่าว:", "ที่มา:") rather than on the shape of a line.

>>> [r.name for r in RULES][:2]
['th_related_tail', 'th_more_news_tail']
"""

from __future__ import annotations

import re
from typing import Final

from ..dates import DIGIT, THAI_MONTHS, THAI_WEEKDAYS, date_line
from ..outlets import OUTLETS
from ..rule import Page, Rule, body_like

__all__ = [
    "COMMENT_HEADERS", "CONTEXT_RULES", "EARLY_RULES", "MORE_NEWS_HEADERS", "PREFIX_RULES", "RELATED_HEADERS", "RULES",
]

#: Headers that open a list of related stories.
RELATED_HEADERS: Final[tuple[str, ...]] = (
    "ข่าวที่เกี่ยวข้อง", "ข่าวเกี่ยวข้อง", "บทความที่เกี่ยวข้อง", "เรื่องที่เกี่ยวข้อง", "คุณอาจสนใจ", "อาจสนใจ",
    "เนื้อหาที่เกี่ยวข้อง", "คลิปที่เกี่ยวข้อง", "ข่าวและบทความที่เกี่ยวข้อง", "บทความและข่าวที่เกี่ยวข้อง",
    "ข่าวอื่นที่เกี่ยวข้อง", "วิดีโอที่เกี่ยวข้อง", "อ่านประกอบ", "เรื่องเกี่ยวเนื่อง", "related", "related posts",
    "related articles", "related news", "บทวิเคราะห์ที่เกี่ยวข้อง", "งานวิจัยที่เกี่ยวข้อง", "รายงานที่เกี่ยวข้อง",
    "ลิงก์ที่เกี่ยวข้อง", "ข่าวสารที่เกี่ยวข้อง", "similar threads", "similar posts", "กระทู้ที่เกี่ยวข้อง",
)
#: Headers of "more from this section" lists (navigation).
MORE_NEWS_HEADERS: Final[tuple[str, ...]] = (
    "ข่าวอื่นในหมวด", "ข่าวอื่นๆ", "ข่าวอื่น ๆ", "ข่าวอื่น", "ข่าวล่าสุด", "ข่าวยอดนิยม", "ข่าวทั้งหมด",
    "ข่าวในหมวดเดียวกัน", "เรื่องล่าสุด", "บทความล่าสุด", "ยอดนิยม", "อ่านมากที่สุด", "ข่าวเด่น", "ข่าวฮอต",
    "ดูทั้งหมด", "ข่าวก่อนหน้า", "ข่าวถัดไป", "วิดีโอแนะนำ", "คลิปแนะนำ", "วิดีโอล่าสุด", "คลิปล่าสุด",
    "วิดีโอยอดนิยม", "ข่าวเด่นอื่นๆ", "ข่าวเด่นอื่น ๆ", "ข่าวแนะนำ", "บทความแนะนำ", "เรื่องแนะนำ", "ข่าวน่าสนใจ", "ข่าวที่น่าสนใจ", "ข่าวอื่นที่น่าสนใจ",
    "ข่าวที่น่าสนใจอื่นๆ", "ข่าวสารอื่นที่น่าสนใจ", "ข่าวย้อนหลัง", "ข่าวแจกย้อนหลัง", "ข่าวประชาสัมพันธ์ย้อนหลัง", "บทความที่น่าสนใจ", "เรื่องที่น่าสนใจ", "ข่าวแนะนำสำหรับคุณ", "เรื่องที่คุณอาจสนใจ", "ข่าวที่คุณอาจสนใจ", "บทความที่คุณอาจสนใจ", "trending", "popular",
    "you may also like", "you might also like", "read next", "more stories",
)
#: Headers of the feedback / comments section.
COMMENT_HEADERS: Final[tuple[str, ...]] = (
    "คำติชม", "ความคิดเห็น", "แสดงความคิดเห็น", "ร่วมแสดงความคิดเห็น", "ความเห็น", "ความคิดเห็นทั้งหมด",
    "เขียนความคิดเห็น", "ส่งความคิดเห็น", "comments", "comment",
)


def _spoken(line: str) -> bool:
    """Whether a 'label : text' line is speech (a transcript turn), not a credit: it ends like a sentence said aloud."""
    return line.rstrip(" \"”").endswith(("ครับ", "ค่ะ", "คะ", "นะ", "ไหม", "มั้ย", "หรือไม่", "เหรอ", "?", "!"))


def _credited(line: str) -> bool:
    """Whether what follows a byline's label is names, not a sentence: each credit (split at '/' or ',')
    at most 60 characters ("ผู้สื่อข่าว : คุณยายเล่าว่า..." in a transcript is the reporter speaking)."""
    value = re.split(r"[:：]", line, maxsplit=1)[-1]
    return all(len(part.strip()) <= 60 for part in re.split(r"[/,|]", value))


_APP_BANNER: Final[re.Pattern[str]] = re.compile(
    r"(?:อ่าน|ดู|ฟัง|รับชม|ชม).{0,60}?(?:บน|ผ่าน|ใน|ทาง|ดาวน์โหลด|โหลด|เปิด)\s*(?:แอป|แอพ)"
)


_MEDICAL_DISCLAIMER: Final[re.Pattern[str]] = re.compile(
    r"(?:ไม่ได้ให้คำปรึกษา|ไม่ใช่การวินิจฉัย|ไม่สามารถใช้แทน|ไม่ได้มีเจตนาใช้แทน).{0,80}(?:การวินิจฉัย|การรักษา|แพทย์)"
)


def _app_banner(line: str) -> bool:
    """'Read/watch ... in the app' with a button or a call to download: "... บนแอป X | เปิดแอป",
    "... ดาวน์โหลดแอป X ได้แล้ววันนี้" (a how-to line "ดูยอดเงินผ่านแอป X" is story text)."""
    if _APP_BANNER.match(line) is None:
        return False
    return "|" in line or "ดาวน์โหลดแอป" in line or line.endswith(("เปิดแอป", "ได้แล้ววันนี้", "ได้แล้ว", "ฟรี"))


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in sorted(words, key=len, reverse=True))


_COUNT: Final[str] = r"\s*(?:\(\s*[\d๐-๙]+\s*\)|[\d๐-๙]+)?"

_THAI_OUTLETS: Final[tuple[str, ...]] = tuple(
    k for k in OUTLETS if any("\u0e00" <= c <= "\u0e7f" for c in k)
)
_DATEISH: Final[str] = (
    r"(?:[\s\d๐-๙:/.,\-–()+]|น\.|เวลา|วัน|ที่|พ\.ศ\.|ค\.ศ\.|GMT|"
    + "|".join(re.escape(w) for w in sorted([*THAI_MONTHS, *THAI_WEEKDAYS], key=len, reverse=True))
    + ")*"
)
_SOCIAL: Final[str] = (
    r"ได้ที่|ได้ทาง|ผ่านทาง|ผ่านช่องทาง|ทางช่องทาง|ช่องทาง|แฟนเพจ|เพจ|เว็บไซต์|www\.|https?://|facebook|เฟซบุ๊ก|"
    r"เฟสบุ๊ค|line|ไลน์|youtube|ยูทูบ|tiktok|ติ๊กต็อก|twitter|ทวิตเตอร์|instagram|อินสตาแกรม"
)
_APP: Final[str] = r"แอปพลิเคชัน|แอปพลิเคชั่น|แอพพลิเคชั่น|แอพพลิเคชัน|แอป|แอพ|application|app"


def _after_body(page: Page, i: int) -> bool:
    """Line ``i`` comes after the last body paragraph and is neither the title nor the lead."""
    return page.after_body(i) and not body_like(page.lines[i])


#: Thai rules that run before the common pack, so its photo-credit rules do not claim a "ข่าว/ภาพ" byline.
EARLY_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "th_series_next", "related", "line",
        pattern=r"[-–—•»>\s]*(?:ติดตาม|อ่าน|โปรดติดตาม)(?:ต่อ)?\s*(?:ตอนที่\s*[\d๐-๙]+|ตอนต่อไป|ตอนหน้า|ตอนก่อนหน้า|ตอนแรก)"
        r"(?:\s*[:：\-–]?\s*.{1,150})?",
        languages=("th",), max_chars=200,
        description="A link to another part of a series ('อ่านตอนที่ 1 : ...', 'ติดตามตอนต่อไป').",
        example="ติดตามตอนที่ 3 : เมื่อหมอน้อยตัดสินใจลาออก",
    ),
    Rule(
        "th_byline_news_photo", "byline", "line",
        pattern=r"(?:(?:ข่าว|เรื่อง|รายงาน)\s*(?:/|-|,|และ)\s*ภาพ(?:\s*(?:/|และ)\s*[^\s:：]{1,12})?\s*[:：]"
        r"|ภาพ\s*(?:/|-|,|และ)\s*(?:ข่าว|เรื่อง)\s*[:：]?)\s*.{2,80}",
        languages=("th",), max_chars=110,
        description="'ข่าว/ภาพ : X', 'เรื่องและภาพ : X': who wrote the story and took its photos (a byline, "
        "not a caption).",
        example="ข่าว/ภาพ : กลุ่มงานประชาสัมพันธ์ สำนักงานจังหวัดลำปาง",
    ),
)

#: Thai context rules; the registry runs them before ``end_tags``.
_NOT_ADVICE: Final[re.Pattern[str]] = re.compile(
    r"ไม่มีส่วนเกี่ยวข้องกับเนื้อหา|ไม่รับผิดชอบต่อความถูกต้อง|ไม่สามารถรับรองความถูกต้อง"
    r"|(?:มิใช่|ไม่ใช่|ไม่ถือเป็น|ไม่ควรใช้เป็น|มิได้เป็น)คำแนะนำ(?:ใน)?(?:การ|ทาง)?(?:ซื้อขาย|ลงทุน|การเงิน)"
)

CONTEXT_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "th_no_liability", "footer", "context", languages=("th",), max_chars=260,
        contains=re.compile("ไม่มีส่วนเกี่ยวข้อง|ไม่รับผิดชอบ|คำแนะนำ|รับรองความถูกต้อง"),
        # (an author calling the piece their own opinion, "ความเห็นส่วนตัว", is writing the story)
        predicate=lambda page, i: _NOT_ADVICE.search(page.lines[i]) is not None and "ส่วนตัว" not in page.lines[i],
        description="A distributor's or an investment disclaimer ('... ไม่มีส่วนเกี่ยวข้องกับเนื้อหาของข่าวประชาสัมพันธ์ข้างต้น', "
        "'... มิใช่คำแนะนำในการซื้อขายหลักทรัพย์').",
        example="ข้อมูลข่าวสารนี้มีวัตถุประสงค์เพื่อการเผยแพร่เท่านั้น มิใช่คำแนะนำในการซื้อขายหลักทรัพย์",
    ),
    Rule(
        "th_pr_unit", "byline", "context", predicate=_after_body, languages=("th",), max_chars=100,
        pattern=r"(?:ข่าว\s*[:：]?\s*)?(?:กลุ่มงาน|กลุ่ม|ฝ่าย|งาน|ส่วน|กอง|ศูนย์|สำนักงาน|สำนัก|หน่วย)[^\s]{0,30}?"
        r"ประชาสัมพันธ์.{0,70}",
        description="A public-relations unit named after the last body paragraph ('กลุ่มงานประชาสัมพันธ์ ...', "
        "'สำนักงานประชาสัมพันธ์จังหวัด...'): who issued a government story.",
        example="กลุ่มงานประชาสัมพันธ์ สำนักงานประชาสัมพันธ์จังหวัดเชียงใหม่",
        where="end",
    ),
)

RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "th_related_tail", "related", "tail", stop_at_paragraph=True,
        # ("ข่าวหนังที่เกี่ยวข้อง": related news of a kind)
        pattern=rf"[-–—•»>\s]*(?:{_alternation(RELATED_HEADERS)}|(?:ข่าว|บทความ|เรื่อง|คลิป)[\u0e01-\u0e4e]{{1,12}}ที่เกี่ยวข้อง)\s*[:：»>]?",
        languages=("th",), max_chars=40,
        description="'ข่าวที่เกี่ยวข้อง' and similar headers: the related-stories list, up to the next full paragraph.",
        example="ข่าวที่เกี่ยวข้อง",
    ),
    Rule(
        "th_more_news_tail", "navigation", "tail", stop_at_paragraph=True,
        pattern=rf"[-–—•»>\s]*(?:{_alternation(MORE_NEWS_HEADERS)}"
        r"|(?:ข่าว|บทความ|กิจกรรม|ประกาศ)[\u0e01-\u0e4e]{0,20}?อื่น\s?ๆ(?:\s*ที่น่าสนใจ)?"
        r"|(?:เรื่อง|บทความ|ข่าว|คลิป)อื่น\s?(?:ๆ\s?)?ที่น่าสนใจ)\s*[:：»>]?",
        languages=("th",), max_chars=40,
        description="'ข่าวอื่นในหมวด', 'ข่าวล่าสุด', 'ข่าวประชาสัมพันธ์อื่นๆ': section lists, up to the next full paragraph.",
        example="ข่าวอื่นในหมวด",
    ),
    Rule(
        "th_comments_tail", "comments", "tail",
        # ("ความคิดเห็นที่ 1-1": a numbered comment of a forum thread)
        pattern=rf"(?:[\d๐-๙]+\s*)?(?:{_alternation(COMMENT_HEADERS)})(?:ที่\s*[\d๐-๙]+(?:-[\d๐-๙]+)?|{_COUNT})\s*[:：]?",
        languages=("th",), max_chars=40,
        description="The feedback or comments header ('คำติชม', 'แสดงความคิดเห็น') and what follows.",
        example="คำติชม",
    ),
    Rule(
        "th_read_more", "related", "tail", stop_at_body=True,
        pattern=r"[-–—•»>\s]*(?:อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|อ่านข่าวที่น่าสนใจ|อ่านข่าวอื่นๆ|อ่านข่าวอื่น ๆ|อ่านข่าวอื่น|"
        r"อ่านข่าวเพิ่มเติม|อ่านข่าวเพิ่ม|อ่านต่อ|คลิกอ่าน|อ่านข่าว|อ่านบทความ)\s*[:：»>]?",
        languages=("th",), max_chars=30,
        description="'อ่านเพิ่มเติม' alone: the headlines after it, up to the next body paragraph.",
        example="อ่านเพิ่มเติม",
    ),
    Rule(
        "th_inline_related", "related", "line",
        pattern=r"[-–—•»>\s]*(?:อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|อ่านข่าวอื่นๆ|อ่าน[^\s:：]{1,20}เพิ่มเติม|อ่าน[^\s:：]{4,40}|อ่านต่อ|คลิกอ่าน|"
        r"อ่านข่าว|อ่านบทความ|คลิก|ดูคลิป|ข่าวเกี่ยวข้อง|ข่าวที่เกี่ยวข้อง|บทความที่เกี่ยวข้อง|related|see\s+also|read\s+(?:more|also)"
        r"|แนะนำให้อ่าน(?:ต่อ)?|ข่าวที่น่าสนใจ|ข่าวน่าสนใจ|บทความแนะนำ|ข่าวแนะนำ)"
        r"\s*[:：>»]+\s*.{3,250}|(?:อ่านข่าวที่เกี่ยวข้อง|อ่านบทความที่เกี่ยวข้อง)\s+\S.{3,250}"
        r"|(?:>>+|»+)\s*[^\s>»:：].{3,250}",  # ">> <headline>"
        languages=("th",), max_chars=300, description="'อ่านเพิ่มเติม : <headline>' on one line.",
        example="อ่านข่าว : ครม.เห็นชอบงบประมาณปี 2565",
    ),
    Rule(
        "th_source_line", "source", "line",
        pattern=r"[(\[]?\s*(?:ข่าวประชาสัมพันธ์นี้ได้รับการเผยแพร่โดย|ได้รับการเผยแพร่โดย|เผยแพร่โดย|ที่มาข้อมูล|แหล่งข้อมูล|ที่มา|แหล่งที่มา|แหล่งข่าว|ข้อมูลจาก|ข้อมูลโดย|ขอบคุณข้อมูลและภาพจาก|ขอบคุณข้อมูลและภาพ|ขอบคุณภาพและข้อมูลจาก|ขอบคุณภาพและข้อมูล|ขอบคุณข้อมูลจาก|ขอบคุณข้อมูล|อ้างอิง|อ้างอิงจาก|"
        r"เรียบเรียงจาก|source)\s*(?:[:：].{1,200}|\s*(?:https?://|www\.)\S+|\s[^:：]{1,50})\s*[)\]]?"
        r"|ข่าวแจก(?:จาก)?\s*[:：]?\s*[^\s:：][^:：]{1,90}|ข้อมูล\s*[:：]\s*[^\s:：][^:：]{1,60}",
        languages=("th",), max_chars=220,
        description="'ที่มา: X', 'ข้อมูลจาก X', 'อ้างอิง: URL', 'ข่าวแจก X' (a press release's issuer): the source outlet or "
        "address.",
        example="ที่มา : สำนักข่าวแห่งชาติ กรมประชาสัมพันธ์",
    ),
    Rule(
        "th_reference_tail", "source", "tail", stop_at_body=True,
        pattern=r"(?:อ้างอิง(?:จาก)?|แหล่งอ้างอิง|ข้อมูลอ้างอิง|เอกสารอ้างอิง|ที่มา|แหล่งที่มา|เชิงอรรถ|references?|sources?|"
        r"footnotes?)\s*[:：]?",
        languages=("th",), max_chars=30,
        description="'อ้างอิง:' alone: the list of sources after it, up to the next body paragraph.",
        example="อ้างอิง:",
    ),
    Rule(
        "th_byline_label", "byline", "line",
        pattern=r"(?:ข่าว\s*/\s*ภาพ|ข่าวและภาพ|เรื่องและภาพ|เรื่อง\s*/\s*ภาพ|ข่าว|เรื่อง|ผู้เขียน|เขียนโดย|รายงานโดย|"
        r"เรียบเรียงโดย|ผู้เรียบเรียง|เรียบเรียง|ผู้สื่อข่าว|ผู้รายงาน|ผู้ตรวจสอบข้อมูล|ตรวจสอบข้อมูล|บรรณาธิการ|"
        r"ผู้แต่ง|ผู้โพสต์|โพสต์โดย|ข่าวโดย|รายงาน|"
        r"กองบรรณาธิการ|ข่าวทั้งหมดของ|บทความทั้งหมดของ|โดย|author|by|reporter|editor|writer|illustrator|text|words|story|"
        r"เกี่ยวกับผู้เขียน|ผู้ตรวจสอบ|about\s+the\s+author|ตอบโดย|ผู้ตอบ|ตรวจสอบความถูกต้องโดย|ตรวจทานโดย|"
        r"photographer|กราฟิก|อินโฟกราฟิก|สัมภาษณ์โดย|ผู้สัมภาษณ์|สัมภาษณ์)\s*[:：]\s*.{2,80}"
        r"|(?:ผู้สื่อข่าว|ผู้รายงาน|รายงาน|ข่าว)\s+[^\s:：][^:：]{1,30}\s*[:：]\s*[^:：]{2,60}",
        predicate=lambda line: not _spoken(line) and _credited(line), languages=("th",), max_chars=100,
        description="'ข่าว: X', 'ผู้เขียน: X', 'เรียบเรียง: X': a labelled byline.",
        example="ผู้เขียน : สมชาย ใจดี",
    ),
    Rule(
        "th_byline_by", "byline", "line",
        pattern=r"(?:โดย|โพสต์โดย|เขียนโดย|เรื่องโดย|ข่าวโดย|รายงานโดย|เรียบเรียงโดย|บทความโดย|ผู้เขียน|ผู้เรียบเรียง|by|เรื่อง|ภาพ|ภาพถ่าย|"
        r"ตรวจสอบ(?:ความถูกต้อง|ข้อมูล)?โดย|แปล(?:และเรียบเรียง)?โดย|เขียนและเรียบเรียงโดย)\s+[^\s].{0,56}"
        r"|(?:เรียบเรียงข้อมูลโดย|ข้อมูลและภาพโดย)\s*\S.{0,56}|โดย\s*(?:\.{2,}|…)\s*\S.{0,40}",
        # (a reviewer's line also names their speciality: "ตรวจสอบความถูกต้องโดย พญ. X · อายุรศาสตร์")
        predicate=lambda line: len(line.split()) <= (8 if line.startswith(("ตรวจสอบ", "บทความโดย")) else 4), languages=("th",),
        max_chars=90,
        description="A short 'โดย X' / 'ผู้เขียน X' line: the writer.", example="โดย ทีมข่าวต่างประเทศ",
    ),
    Rule(
        "th_views", "widget", "line",
        pattern=r"(?:ผู้เข้าชม|เข้าชม|จำนวนผู้เข้าชม|ยอดวิว|เปิดอ่าน|อ่านแล้ว|อ่าน|ดู|ฮิต|hits?|(?:post\s+|page\s+)?views?|ผู้ชม)"
        r"\s*[:：]?\s*[\d๐-๙,.]+"
        r"\s*(?:ครั้ง|คน|views?)?"
        r"|[\d๐-๙,.]+\s*(?:views?|ครั้ง|ผู้เข้าชม)|ดู\s*[\d๐-๙.,]+\s*[kKmM]?|[\d๐-๙.,]+\s*[kKmM]?\s*(?:คนชอบ|คนถูกใจ|ถูกใจ)",
        languages=("th",), max_chars=50, description="A view counter ('เข้าชม 1,234 ครั้ง').",
        example="เข้าชม 1,234 ครั้ง",
    ),
    Rule(
        "th_share", "navigation", "line",
        pattern=r"(?:(?:แชร์|แบ่งปัน|พิมพ์|ปริ้นท์|ปริ้น|บันทึก|คัดลอก|ส่งต่อ)(?:ข่าว|บทความ|เรื่องนี้|เรื่อง|หน้านี้|ต่อ|"
        r"ลิงก์|ลิ้งก์|ลิงค์|ลิ้งค์|ลิงก์แล้ว|ไปยัง\S{0,20})?(?:นี้)?\s*(?:\(?[\d๐-๙]+\)?)?\s*[:|/,•·\-–]?\s*){1,8}",
        languages=("th",), max_chars=80,
        description="Share, print, save and copy-link buttons ('แชร์ข่าว', 'คัดลอกลิงก์', 'พิมพ์ บันทึก').",
        example="แชร์ข่าว คัดลอกลิงก์",
    ),
    Rule(
        "th_app_promo", "ad", "line",
        pattern=rf"[-–—•»>\s]*(?:ดาวน์โหลด|โหลด|ติดตั้ง)\s*(?:ฟรี\s*)?(?:{_APP}).{{0,150}}", languages=("th",),
        max_chars=200, description="'ดาวน์โหลดแอป...': an app promotion.",
        example="ดาวน์โหลดแอปพลิเคชันได้แล้ววันนี้ทั้ง iOS และ Android",
    ),
    Rule(
        "th_app_banner", "ad", "line", contains=re.compile("แอป|แอพ"), predicate=_app_banner,
        languages=("th",), max_chars=100,
        description="A banner inviting to read or watch in the app ('อ่านข่าวสะดวกกว่า บนแอป X | เปิดแอป').",
        example="อ่านข่าวสะดวกกว่า บนแอป PPTV HD36 | เปิดแอป",
    ),
    Rule(
        "th_investment_warning", "footer", "line",
        pattern=r"[*\s]*(?:คำเตือน\s*[:：]?\s*)?การลงทุน(?:มี|ย่อมมี)ความเสี่ยง.{0,260}", languages=("th",), max_chars=300,
        description="The investment warning ('คำเตือน: การลงทุนมีความเสี่ยง ผู้ลงทุนควรศึกษาข้อมูล...').",
        example="คำเตือน: การลงทุนมีความเสี่ยง ผู้ลงทุนควรศึกษาข้อมูลก่อนตัดสินใจลงทุน",
    ),
    Rule(
        "th_sponsored_note", "ad", "line",
        pattern=r"[(\[]?\s*(?:(?:บทความนี้|เนื้อหานี้|ข่าวนี้|รายการนี้|คอนเทนต์นี้)\s*(?:ได้รับการสนับสนุน|สนับสนุน)(?:จาก|โดย|\s*[|:：])"
        r"|สนับสนุนโดย|sponsored\s+by|advertorial)\s*.{0,80}",
        languages=("th",), max_chars=110,
        description="A note that a sponsor paid for the piece ('บทความนี้ได้รับการสนับสนุนจาก X').",
        example="บทความนี้ได้รับการสนับสนุนจาก ธนาคารตัวอย่าง",
    ),
    Rule(
        "th_clip_button", "widget", "line", pattern=r"[▶►▷⏵\s]*(?:ชม|ดู|เล่น)คลิป(?:ข่าว)?(?:เต็ม)?(?:\s*[▶►])?",
        languages=("th",), max_chars=30, description="A video player's button ('▶ ชมคลิปข่าว').",
        example="▶ ชมคลิปข่าว",
    ),
    Rule(
        "th_medical_disclaimer", "footer", "line",
        contains=re.compile("ไม่ได้ให้คำปรึกษา|ไม่ใช่การวินิจฉัย|ไม่สามารถใช้แทน|ไม่ได้มีเจตนาใช้แทน"),
        predicate=lambda line: _MEDICAL_DISCLAIMER.search(line) is not None, languages=("th",), max_chars=260,
        description="A health site's disclaimer ('X ไม่ได้ให้คำปรึกษา การวินิจฉัย หรือการรักษาทางการแพทย์').",
        example="เว็บไซต์นี้ไม่ได้ให้คำปรึกษา การวินิจฉัย หรือการรักษาทางการแพทย์",
    ),
    Rule(
        "th_helpful_vote", "widget", "line",
        pattern=r"(?:บทความ|เนื้อหา|ข้อมูล|คำตอบ)(?:นี้)?(?:มี)?ประโยชน์(?:กับคุณ|สำหรับคุณ)?(?:หรือไม่|ไหม|มั้ย)\s*\??.{0,60}",
        languages=("th",), max_chars=100, description="'บทความนี้มีประโยชน์หรือไม่? 👍 👎': a vote widget.",
        example="บทความนี้มีประโยชน์หรือไม่?",
    ),
    Rule(
        "th_donate", "ad", "line",
        pattern=rf"(?:ร่วม)?(?:สนับสนุน|บริจาค(?:ให้|เพื่อ)?)\s*(?:{_alternation(_THAI_OUTLETS)}|เรา|สื่ออิสระ|สื่อ|"
        r"การทำงาน\S{0,30}|กองทุน\S{0,30})\s*(?:ได้ที่.{0,80}|[:：].{0,80}|คลิก.{0,60})?"
        r"|(?:ร่วม)?(?:สนับสนุน|บริจาค).{0,90}(?:เลขที่บัญชี|บัญชีธนาคาร|ชื่อบัญชี|พร้อมเพย์|promptpay|คิวอาร์โค้ด|"
        r"qr\s*code).{0,80}",
        languages=("th",), max_chars=220,
        description="A donation appeal ('สนับสนุนประชาไท', 'ร่วมสนับสนุนสื่ออิสระได้ที่ ...', bank details).",
        example="ร่วมสนับสนุนสื่ออิสระได้ที่ บัญชีธนาคารกรุงไทย",
    ),
    Rule(
        "th_read_on", "related", "line",
        pattern=r"[-–—•»>\s]*(?:อ่านต่อ|อ่านรายละเอียดเพิ่มเติม|อ่านรายละเอียด|อ่านเพิ่มเติม|อ่านข่าวเต็ม|อ่านฉบับเต็ม|"
        r"อ่านบทความฉบับเต็ม|ดูรายละเอียดเพิ่มเติม|ดูรายละเอียด)\s*(?:ได้)?\s*(?:ที่|ทาง|จาก|คลิก)\s*.{1,200}",
        languages=("th",), max_chars=240, description="'อ่านต่อได้ที่ ...': a link to the rest of the story.",
        example="อ่านต่อได้ที่ https://www.example.co.th/news/123",
    ),
    Rule(
        "th_click_read", "related", "line",
        pattern=r"[-–—•»>\s]*(?:คลิกอ่าน|คลิกดู|คลิกชม|คลิกเลย|คลิกที่นี่|คลิกที่ลิงก์|คลิกลิงก์)\s*[^\s:：>»].{2,140}",
        languages=("th",), max_chars=160, description="'คลิกอ่าน...', 'คลิกดู...': a link to another story or clip.",
        example="คลิกอ่านข่าวน้ำท่วมภาคเหนือทั้งหมด",
    ),
    Rule(
        "th_disclaimer", "footer", "line",
        pattern=r"(?:หมายเหตุ\s*[:：]?\s*)?(?:(?:ข้อคิดเห็น|ความคิดเห็น|ความเห็น)(?:ที่ปรากฏ)?ใน)?"
        r"(?:บทความนี้|ข้อเขียนนี้|เนื้อหานี้|เนื้อหาในเว็บไซต์นี้|ความคิดเห็นนี้)"
        r".{0,60}?(?:ความคิดเห็น(?:ส่วนตัว)?ของผู้เขียน|ไม่จำเป็นต้อง|ไม่ได้สะท้อน|สัญญาอนุญาต|creative\s+commons|"
        r"ครีเอทีฟคอมมอนส์).{0,160}",
        languages=("th",), max_chars=260,
        description="An opinion disclaimer or a content licence ('บทความนี้เป็นความคิดเห็นของผู้เขียน...').",
        example="หมายเหตุ: บทความนี้เป็นความคิดเห็นของผู้เขียน ไม่จำเป็นต้องสอดคล้องกับกองบรรณาธิการ",
    ),
    Rule(
        "th_wire_slug", "source", "line",
        pattern=r"[^\s-]{2,30}\s*--\s*[\d๐-๙]{1,2}\s*[\u0e01-\u0e4e.]{2,12}\s*(?:[\d๐-๙]{2,4})?\s*--\s*\S.{0,40}"
        r"|(?:ข่าวประชาสัมพันธ์|ข่าวแจก|ประกาศ|ข่าว)(?:\s*[^\s\d๐-๙]{1,20})?\s*(?:ฉบับที่|ที่)\s*[\d๐-๙]{1,4}\s*/\s*[\d๐-๙]{2,4}",
        languages=("th",), max_chars=80,
        description="A press-release wire slug ('กรุงเทพฯ--11 มี.ค.--ไทยพีอาร์ดอทเน็ต') or release number "
        "('ข่าวประชาสัมพันธ์ ฉบับที่ 58/2568').",
        example="กรุงเทพฯ--11 มี.ค.--ไทยพีอาร์ดอทเน็ต",
    ),
    Rule(
        "th_document_number", "navigation", "line",
        pattern=r"(?:ที่\s+|เลขที่(?:หนังสือ)?\s*[:：]?\s*)[ก-ฮ]{2,4}\s*[\d๐-๙]{3,5}(?:\.[\d๐-๙]{1,2})?\s*/\s*\S.{0,30}"
        r"|หมวด(?:หมู่)?\s*[:：]\s*[^:：]{1,60}",  # the document's category on a portal ("หมวด : ...")
        languages=("th",), max_chars=80, description="A Thai official document number ('ที่ กษ 0201/ว 412') or its "
        "category on a portal ('หมวด : ...').",
        example="ที่ กษ 0201/ปชส 412",
    ),
    Rule(
        "th_follow", "footer", "line",
        pattern=r"(?:ไม่พลาด\S{0,30}\s*)?(?:(?:ติดตาม|กดติดตาม|ดาวน์โหลดแอป|สมัครรับข่าวสาร|แอดไลน์|เพิ่มเพื่อน).{0,120}"
        r"(?:facebook|เฟซบุ๊ก|line|ไลน์|youtube|ยูทูบ|tiktok|twitter|ทวิตเตอร์|x|แอป|แอปพลิเคชัน|ช่องทาง|ได้ที่).{0,80}"
        r"|(?:แอดไลน์|add\s+line|เพิ่มเพื่อน(?:ทาง)?(?:ไลน์|line))\s*[:：]?\s*@\S{2,40}.{0,40})",
        languages=("th",), max_chars=220, description="'ติดตามข่าวสารได้ที่ ...' and app prompts.",
        example="ติดตามข่าวสารทันเหตุการณ์ได้ที่ Facebook และ LINE",
    ),
    Rule(
        "th_follow_us", "footer", "line",
        pattern=r"(?:ร่วม)?(?:กด)?ติดตาม(?:อ่าน)?\s*(?:ข้อมูลข่าวสาร|ข่าวสาร|ข่าว|ข้อมูล|อัปเดต|อัพเดท|อัพเดต|เรา|"
        rf"ความเคลื่อนไหว|เนื้อหา|บทความ|สาระ|ช่องทาง).{{0,60}}?(?:{_SOCIAL}).{{0,120}}",
        languages=("th",), max_chars=200,
        description="'ติดตามข่าวสารได้ที่ ...', 'ติดตามเราทาง Facebook ...': follow-us footers.",
        example="ติดตามข่าวสารเพิ่มเติมได้ทางเว็บไซต์ www.prd.go.th",
    ),
    Rule(
        "th_replay", "footer", "line",
        pattern=r"(?:ดู|ชม|รับชม)(?:รายการ|คลิป|ข่าว)?ย้อนหลัง.{0,40}?(?:ได้ที่|ได้ทาง|ทาง|ที่).{1,120}",
        languages=("th",), max_chars=180, description="'ดูรายการย้อนหลังได้ที่ ...': a prompt to watch past programmes.",
        example="ดูรายการย้อนหลังได้ที่ www.example.com",
    ),
    Rule(
        "th_back", "navigation", "line",
        pattern=r"(?:หน้าแรก|หน้าหลัก|ย้อนกลับ|กลับหน้าแรก|ก่อนหน้า|ถัดไป|หมวดหมู่|ดูทั้งหมด|อ่านทั้งหมด)\s*[»>›:]?",
        languages=("th",), max_chars=30, description="Navigation links ('หน้าแรก', 'ย้อนกลับ', 'ถัดไป').",
        example="ย้อนกลับ",
    ),
    Rule(
        "th_footer", "footer", "line",
        pattern=r"(?:ติดต่อโฆษณา|ติดต่อเรา|ติดต่อกองบรรณาธิการ|ติดต่อสื่อมวลชน|ติดต่อฝ่ายสื่อสารองค์กร|ที่อยู่|โทรศัพท์|โทร\.|อีเมล|e-mail)\s*[:：].{0,200}"
        r"|(?:โทร\.?|โทรศัพท์)\s*[\d๐-๙][\d๐-๙ \-]{6,}.{0,40}?(?:โทรสาร|แฟกซ์|fax)\s*[:：]?\s*[\d๐-๙][\d๐-๙ \-]{6,}.{0,20}",
        languages=("th",), max_chars=240, description="Masthead footer lines ('ติดต่อโฆษณา: ...', 'โทร. ...').",
        example="ติดต่อโฆษณา : 02-123-4567",
    ),
    Rule(
        "th_translated_from", "source", "line",
        pattern=r"[*※\s]*(?:บทความนี้|ข่าวนี้|เนื้อหานี้)?\s*(?:แปลและเรียบเรียงจาก|เรียบเรียงจาก|แปลจาก|แปลและสรุปจาก)\s*\S.{0,200}",
        languages=("th",), max_chars=240, description="A note that the story was translated from another outlet's "
        "report ('*บทความนี้แปลและเรียบเรียงจากรายงานของ X').",
        example="*บทความนี้แปลและเรียบเรียงจากรายงานของสำนักข่าวตัวอย่าง",
    ),
    Rule(
        "th_release_from", "source", "line", pattern=r"ข่าวจาก(?:\s*[:：]\s*|\s+)[^.!?:：]{2,60}", languages=("th",), max_chars=70,
        predicate=lambda line: re.search("ว่า|ระบุ|เปิดเผย|รายงาน|แจ้ง", line) is None,  # "ข่าวจาก X ระบุว่า ...": a sentence
        description="'ข่าวจาก X' alone on a line: who issued a press release.", example="ข่าวจาก บริษัท ตัวอย่าง จำกัด",
    ),
    Rule(
        "th_illustration", "caption", "line",
        pattern=r"[(\[]?\s*(?:ภาพถ่ายโดย.{0,40}|ภาพข่าว\s*[:：].{1,60}|(?:ภาพ|ภาพประกอบ|รูปภาพ|รูป)\s*[:：].{1,200})\s*[)\]]?",
        languages=("th",), max_chars=220,
        description="'ภาพถ่ายโดย X', 'ภาพข่าว : X': photo labels (see photo_label for 'ภาพประกอบ', 'แฟ้มภาพ').",
        example="ภาพถ่ายโดย สมชาย ใจดี",
    ),
    Rule(
        "th_published", "dateline", "line",
        pattern=r"[|•·\-–\s]*(?:วันที่)?(?:เผยแพร่|ประกาศ|โพสต์|ปรับปรุง|แก้ไข|อัปเดต|อัพเดต|อัพเดท|เขียน|ลง|นำเข้า(?=ข้อมูล)|ข่าว(?=วันที่|\s*เมื่อ)"
        r"|(?:ถาม|ตอบ|ตั้งกระทู้)(?=\s*เมื่อ))"
        r"(?:ครั้งแรก|ล่าสุด|ข้อมูล|ข้อความ)?"
        rf"(?:\s*(?:เมื่อ|วันที่))?\s*[:：]?\s*{_DATEISH}(?:\s+โดย\s+\S{{1,30}})?",  # ("... โดย admin")
        languages=("th",), max_chars=90,
        description="A publication or update time ('เผยแพร่ครั้งแรกเมื่อ 14 ก.ค. 2564', 'อัปเดตล่าสุด 10:30 น.', "
        "'ปรับปรุงล่าสุด').",
        example="เผยแพร่ครั้งแรกเมื่อ 14 ก.ค. 2564 เวลา 10:30 น.",
    ),
    Rule(
        "th_date_line", "dateline", "line", contains=DIGIT, predicate=lambda line: date_line(line) is not None,
        languages=("th",), max_chars=120,
        description="A line that is only a date, often with a Buddhist-era year ('วันพฤหัสบดีที่ 14 กรกฎาคม 2564').",
        example="วันพฤหัสบดีที่ 14 กรกฎาคม 2564",
    ),
)

_MONTH: Final[str] = "|".join(re.escape(m) for m in sorted(THAI_MONTHS, key=len, reverse=True))

#: Thai prefix rules: the place (and date) that opens a wire-style lead.
PREFIX_RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "th_wire_tag", "source", "prefix",
        pattern=rf"[\u0e01-\u0e4e][\u0e01-\u0e4e. ]{{1,29}},\s*[\d๐-๙]{{1,2}}\s*(?:{_MONTH})\s*(?:[\d๐-๙]{{2,4}})?"
        r"\s*\([^()]{2,30}\)\s*[-–—]{1,2}\s*",
        languages=("th",), max_chars=80,
        description="A wire agency's place, date and name opening the lead ('คุนหมิง, 22 ส.ค. (ซินหัว) -- ').",
        example="คุนหมิง, 22 ส.ค. (ซินหัว) -- ",
    ),
    Rule(
        "th_place_dateline", "dateline", "prefix",
        pattern=rf"(?:[\u0e01-\u0e4e][\u0e01-\u0e4e.]{{1,29}}(?:,\s*[\u0e01-\u0e4e][\u0e01-\u0e4e.]{{1,29}})?"
        rf"(?:\s*[\d๐-๙]{{1,2}}\s*(?:{_MONTH})(?:\s*[\d๐-๙]{{4}})?)?"
        rf"|[\d๐-๙]{{1,2}}\s*(?:{_MONTH})\s*[\d๐-๙]{{2,4}}(?:\s+[\u0e01-\u0e4e][\u0e01-\u0e4e.]{{1,29}})?)\s*[-–—]\s+",
        languages=("th",), max_chars=60,
        description="The place and date opening a wire-style lead ('เชียงราย - ', 'ทำเนียบรัฐบาล 13 พ.ค.- ', "
        "'กรุงเทพฯ 20 พฤศจิกายน 2568 – ', 'พัทยา, ชลบุรี – ', "
        "'13 พ.ค.2567 - '): "
        "a dash followed by a space, so 'ไทย-จีน' stays.",
        example="เชียงราย - ",
    ),
)
