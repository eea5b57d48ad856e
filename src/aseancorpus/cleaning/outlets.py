"""News outlets and agencies: the codes scraped text uses, and the names to report.

Keys are compared case-insensitively after trimming. An outlet missing from
the table is reported as written.

>>> outlet_name("VOVWORLD")
'VOV World'
>>> outlet_name("TTXVN/Vietnam+")
'TTXVN/Vietnam+'
>>> outlet_name("Báo Mới Toanh")
'Báo Mới Toanh'
"""

from __future__ import annotations

from typing import Final

__all__ = ["LEAD_CODES", "OUTLETS", "outlet_name"]

#: Codes and spellings of outlets → display names.
OUTLETS: Final[dict[str, str]] = {
    # Vietnamese
    "vovworld": "VOV World",
    "vov world": "VOV World",
    "vov": "VOV",
    "vov.vn": "VOV",
    "vtv": "VTV",
    "vtv.vn": "VTV",
    "vtc news": "VTC News",
    "vtc": "VTC News",
    "ttxvn": "TTXVN",
    "vna": "VNA",
    "vietnam+": "Vietnam+",
    "vietnamplus": "Vietnam+",
    "ttxvn/vietnam+": "TTXVN/Vietnam+",
    "vnexpress": "VnExpress",
    "vne": "VnExpress",
    "tuổi trẻ": "Tuổi Trẻ",
    "tto": "Tuổi Trẻ",
    "tuoitre.vn": "Tuổi Trẻ",
    "thanh niên": "Thanh Niên",
    "thanhnien.vn": "Thanh Niên",
    "dân trí": "Dân trí",
    "dantri.com.vn": "Dân trí",
    "zing": "Znews",
    "zing.vn": "Znews",
    "znews": "Znews",
    "tiền phong": "Tiền Phong",
    "tpo": "Tiền Phong",
    "báo tiền phong": "Tiền Phong",
    "nlđo": "Người Lao Động",
    "người lao động": "Người Lao Động",
    "lao động": "Lao Động",
    "báo lao động": "Lao Động",
    "plo": "Pháp Luật TP.HCM",
    "ndo": "Nhân Dân",
    "nhân dân": "Nhân Dân",
    "báo nhân dân": "Nhân Dân",
    "qđnd": "Quân đội nhân dân",
    "cand": "Công an nhân dân",
    "antđ": "An ninh Thủ đô",
    "sggp": "Sài Gòn Giải Phóng",
    "hnm": "Hànộimới",
    "gd&tđ": "Giáo dục và Thời đại",
    "vietnamnet": "VietNamNet",
    "baoquocte": "Báo Quốc tế",
    "báo quốc tế": "Báo Quốc tế",
    "chinhphu.vn": "Chinhphu.vn",
    "đcsvn": "ĐCSVN",
    "baomoi": "Báo Mới",
    "báo thế giới & việt nam": "Báo Quốc tế",
    "thế giới & việt nam": "Báo Quốc tế",
    "tgvn": "Báo Quốc tế",
    "hà nội mới": "Hànộimới",
    "hànộimới": "Hànộimới",
    "hnmo": "Hànộimới",
    "kinh tế & đô thị": "Kinh tế & Đô thị",
    "kinh tế và đô thị": "Kinh tế & Đô thị",
    "kinhtedothi": "Kinh tế & Đô thị",
    "người đưa tin": "Người Đưa Tin",
    "giáo dục & thời đại": "Giáo dục và Thời đại",
    "giáo dục và thời đại": "Giáo dục và Thời đại",
    "soha": "Soha",
    "soha.vn": "Soha",
    # Thai
    "ไทยรัฐออนไลน์": "ไทยรัฐออนไลน์",
    "ไทยรัฐ": "ไทยรัฐ",
    "มติชน": "มติชน",
    "มติชนออนไลน์": "มติชนออนไลน์",
    "ประชาไท": "ประชาไท",
    "prachatai": "ประชาไท",
    "ไทยพีบีเอส": "ไทยพีบีเอส",
    "thai pbs": "ไทยพีบีเอส",
    "สำนักข่าวไทย": "สำนักข่าวไทย",
    "สำนักข่าวไทย อสมท": "สำนักข่าวไทย",
    "mcot": "สำนักข่าวไทย",
    "สำนักข่าวแห่งชาติ": "สำนักข่าวแห่งชาติ",
    "nnt": "สำนักข่าวแห่งชาติ",
    "กรมประชาสัมพันธ์": "กรมประชาสัมพันธ์",
    "ไทยโพสต์": "ไทยโพสต์",
    "ข่าวสด": "ข่าวสด",
    "เดลินิวส์": "เดลินิวส์",
    "กรุงเทพธุรกิจ": "กรุงเทพธุรกิจ",
    "บางกอกโพสต์": "Bangkok Post",
    "คมชัดลึก": "คมชัดลึก",
    "แนวหน้า": "แนวหน้า",
    "สยามรัฐ": "สยามรัฐ",
    "ฐานเศรษฐกิจ": "ฐานเศรษฐกิจ",
    "เนชั่นทีวี": "เนชั่นทีวี",
    "nation tv": "เนชั่นทีวี",
    "nationtv": "เนชั่นทีวี",
    "spring news": "SPRiNG News",
    "springnews": "SPRiNG News",
    "kapook": "Kapook",
    "กระปุก": "Kapook",
    "bangkok post": "Bangkok Post",
    # International agencies
    "reuters": "Reuters",
    "รอยเตอร์": "Reuters",
    "afp": "AFP",
    "เอเอฟพี": "AFP",
    "ap": "AP",
    "bbc": "BBC",
    "บีบีซี": "BBC",
    "xinhua": "Xinhua",
    "tân hoa xã": "Xinhua",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo",
    "bernama": "Bernama",
    "antara": "Antara",
}

#: Outlet codes that open a lead without parentheses ("TPO - ", "VOV.VN - ").
LEAD_CODES: Final[tuple[str, ...]] = (
    "TPO", "TTO", "NLĐO", "PLO", "VOV.VN", "VTV.vn", "VTC News", "ANTĐ", "GD&TĐ", "NDO", "QĐND", "CAND",
    "SGGP", "HNM", "TGVN", "Kinhtedothi", "VietTimes", "Zing", "Znews", "VietNamNet", "VOVWORLD", "TTXVN", "Vietnam+", "Dân trí", "VNE",
)


def outlet_name(name: str) -> str:
    """The display name of an outlet code or spelling; the name itself when unknown.

    .. versionadded:: 0.1.0
    """
    key = " ".join(name.split()).strip(" -–—:()[]").casefold()
    return OUTLETS.get(key, name.strip())
