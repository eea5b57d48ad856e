"""Deterministic benchmark corpus: realistic Thai and Vietnamese articles with page furniture.

Articles are assembled from pools of realistic paragraphs (written for this
project, plus the bundled seed articles' body lines), reshuffled with a seeded
random generator, and dressed in the furniture scraped news carries: photo
captions and credits, outlet tags, bylines, "Nguồn:" lines, related-story
tails, comment counters, visitor-statistics widgets, NBSP lines, CRLF line ends.

Other benchmarks import it::

    from corpusgen import generate, write_corpus
    for name, text in generate(size_mb=10, seed=1):
        ...

Command line::

    python benchmarks/corpusgen.py OUT_DIR --size-mb 50 [--single-file] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator
from pathlib import Path

__all__ = ["TH_PARAGRAPHS", "VI_PARAGRAPHS", "article", "generate", "write_corpus"]

ROOT = Path(__file__).resolve().parents[1]

VI_TITLES = [
    "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 7",
    "Giá xăng dầu đồng loạt giảm từ chiều nay",
    "Việt Nam và Nhật Bản thúc đẩy hợp tác chuyển đổi số",
    "Hà Nội mở rộng tuyến buýt điện tới các huyện ngoại thành",
    "Xuất khẩu nông sản 6 tháng đầu năm đạt hơn 25 tỷ USD",
    "Bộ Ngoại giao thông tin về chuyến thăm của Tổng thống Hàn Quốc",
    "Đồng bằng sông Cửu Long chủ động ứng phó xâm nhập mặn",
    "Ngân hàng Nhà nước điều chỉnh lãi suất điều hành",
]
VI_PARAGRAPHS = [
    "Phát biểu tại phiên họp, Thủ tướng yêu cầu các bộ, ngành, địa phương tập trung tháo gỡ khó khăn cho sản xuất, "
    "kinh doanh, đẩy nhanh giải ngân vốn đầu tư công và bảo đảm các cân đối lớn của nền kinh tế.",
    "Theo số liệu của Tổng cục Thống kê, tổng kim ngạch xuất nhập khẩu hàng hóa trong 6 tháng đầu năm ước đạt 368 tỷ USD, "
    "tăng 15,2% so với cùng kỳ năm trước, trong đó xuất khẩu tăng 17,3%.",
    "Đại diện Bộ Công Thương cho biết, giá bán lẻ xăng E5 RON92 giảm 410 đồng mỗi lít, xuống còn 22.150 đồng; "
    "xăng RON95-III giảm 480 đồng, còn 23.270 đồng mỗi lít.",
    "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác trong các lĩnh vực kinh tế, thương mại, đầu tư, "
    "khoa học công nghệ, giáo dục đào tạo và giao lưu nhân dân.",
    "Ông Nguyễn Văn Hùng, Giám đốc Sở Giao thông vận tải Hà Nội, cho biết thành phố sẽ đưa thêm 12 tuyến buýt điện "
    "vào khai thác trong năm nay, nâng tổng số tuyến buýt sử dụng năng lượng sạch lên 40.",
    "Tại các tỉnh ven biển, độ mặn đo được ở cửa sông Hàm Luông đã vượt 4 phần nghìn, vào sâu khoảng 50 km. "
    "Chính quyền địa phương đã chủ động đóng các cống ngăn mặn và tích trữ nước ngọt cho người dân.",
    "Bộ trưởng khẳng định Việt Nam luôn coi trọng quan hệ Đối tác chiến lược toàn diện và mong muốn hai nước "
    "phối hợp chặt chẽ tại các diễn đàn đa phương, trong đó có ASEAN và Liên Hợp Quốc.",
    "Theo kế hoạch, dự án sẽ được khởi công vào quý IV năm nay với tổng mức đầu tư khoảng 8.000 tỷ đồng, "
    "hoàn thành và đưa vào sử dụng trước năm 2027.",
    "Ngân hàng Nhà nước cho biết việc điều chỉnh nhằm giảm chi phí vốn cho doanh nghiệp và người dân, "
    "góp phần hỗ trợ phục hồi kinh tế trong bối cảnh lạm phát được kiểm soát ở mức dưới 4%.",
    "Các chuyên gia nhận định, để duy trì đà tăng trưởng, doanh nghiệp cần đầu tư vào chế biến sâu, "
    "xây dựng thương hiệu và đáp ứng các tiêu chuẩn ngày càng khắt khe của thị trường nhập khẩu.",
    "Cùng ngày, Phó Thủ tướng đã tiếp Đại sứ Nhật Bản tại Việt Nam, trao đổi về các dự án sử dụng vốn ODA "
    "và khả năng mở rộng hợp tác trong lĩnh vực bán dẫn, năng lượng tái tạo.",
    "Người dân có thể tra cứu thông tin, nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia; thời gian giải quyết "
    "thủ tục được rút ngắn từ 15 ngày xuống còn 7 ngày làm việc.",
]
VI_CROSSHEADS = ["Tháo gỡ vướng mắc cho doanh nghiệp", "Ưu tiên chuyển đổi số", "Người dân được hưởng lợi"]
TH_TITLES = [
    "นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี",
    "กระทรวงพาณิชย์เผยตัวเลขส่งออกเดือนมิถุนายนขยายตัว",
    "ไทยและเวียดนามเห็นพ้องขยายความร่วมมือด้านการค้า",
    "กรมอุตุนิยมวิทยาเตือนฝนตกหนักหลายพื้นที่",
    "กทม. เร่งแก้ปัญหาน้ำท่วมขังในเขตชั้นใน",
]
TH_PARAGRAPHS = [
    "นายกรัฐมนตรีได้มอบหมายให้หน่วยงานที่เกี่ยวข้องเร่งดำเนินมาตรการช่วยเหลือประชาชนที่ได้รับผลกระทบ "
    "พร้อมทั้งติดตามสถานการณ์อย่างใกล้ชิดและรายงานให้ทราบเป็นระยะ",
    "โฆษกกระทรวงพาณิชย์เปิดเผยว่า มูลค่าการส่งออกในเดือนมิถุนายนอยู่ที่ 24,000 ล้านดอลลาร์สหรัฐ "
    "ขยายตัวร้อยละ 8.5 เมื่อเทียบกับช่วงเดียวกันของปีก่อน โดยสินค้าเกษตรและอาหารยังเป็นกลุ่มหลัก",
    "ทั้งสองฝ่ายเห็นพ้องที่จะผลักดันมูลค่าการค้าทวิภาคีให้ถึง 25,000 ล้านดอลลาร์สหรัฐ "
    "และส่งเสริมความเชื่อมโยงด้านโลจิสติกส์ตามแนวระเบียงเศรษฐกิจตะวันออก-ตะวันตก",
    "กรมอุตุนิยมวิทยาประกาศเตือนว่า ร่องมรสุมพาดผ่านภาคเหนือและภาคตะวันออกเฉียงเหนือ "
    "ทำให้มีฝนตกหนักถึงหนักมากบางแห่ง ขอให้ประชาชนระวังอันตรายจากน้ำท่วมฉับพลันและน้ำป่าไหลหลาก",
    "ผู้ว่าราชการกรุงเทพมหานครกล่าวว่า ได้สั่งการให้สำนักการระบายน้ำเตรียมเครื่องสูบน้ำเพิ่มเติม "
    "ในจุดเสี่ยงกว่า 30 จุด และประสานการไฟฟ้านครหลวงเพื่อป้องกันไฟฟ้าดับระหว่างการระบายน้ำ",
    "ที่ประชุมยังได้หารือถึงแนวทางการส่งเสริมการท่องเที่ยวในเมืองรอง "
    "โดยตั้งเป้าหมายให้มีนักท่องเที่ยวต่างชาติเดินทางเข้าประเทศไม่น้อยกว่า 30 ล้านคนภายในสิ้นปี",
    "ด้านนักวิชาการด้านเศรษฐศาสตร์ให้ความเห็นว่า รัฐบาลควรเร่งเบิกจ่ายงบประมาณลงทุน "
    "เพื่อกระตุ้นการบริโภคภายในประเทศ ควบคู่กับการดูแลค่าครองชีพของประชาชน",
    "สำหรับผู้ที่ต้องการขอรับความช่วยเหลือ สามารถติดต่อได้ที่ศูนย์ดำรงธรรมประจำจังหวัด "
    "หรือลงทะเบียนผ่านระบบออนไลน์ตั้งแต่วันนี้จนถึงวันที่ 31 สิงหาคม",
]


def _seed_paragraphs() -> tuple[list[str], list[str]]:
    """Body lines of the bundled seed articles, by language (long lines only)."""
    vi: list[str] = []
    th: list[str] = []
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        lines = [ln.strip() for ln in f.read_text(encoding="utf-8-sig").splitlines() if len(ln.strip()) > 150]
        (th if any("\u0e00" <= c <= "\u0e7f" for c in "".join(lines[:1])) else vi).extend(lines[:8])
    return vi, th


def article(rng: random.Random, lang: str, vi_pool: list[str], th_pool: list[str]) -> str:
    """One article with furniture, as scraped text."""
    thai = lang == "th"
    pool = th_pool if thai else vi_pool
    title = rng.choice(TH_TITLES if thai else VI_TITLES)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    if thai:
        months = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
                  "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
        lead = f"{rng.choice(['เช้า', 'บ่าย', 'เมื่อ'])}วันที่ {day} {months[month - 1]} {rng.choice(pool)}"
        if rng.random() < 0.3:
            lead = "(VOVWORLD) -" + lead
    else:
        lead = f"{rng.choice(['Ngày', 'Chiều', 'Sáng', 'Tối'])} {day}/{month}, {rng.choice(pool)}"
        if rng.random() < 0.3:
            lead = rng.choice(["(Dân trí) - ", "TPO - ", "(Chinhphu.vn) - "]) + lead
    lines = [title, lead]
    if rng.random() < 0.2:
        lines.insert(1, rng.choice(["Thứ năm, 14/7/2021, 10:30 (GMT+7)", "วันพฤหัสบดีที่ 14 กรกฎาคม 2564"]))
    for k in range(rng.randint(4, 12)):
        lines.append(rng.choice(pool))
        r = rng.random()
        if r < 0.12:
            lines.append(rng.choice(["Toàn cảnh hội nghị. Ảnh: TTXVN", "ภาพการประชุม (ภาพ: รอยเตอร์)",
                                     "Hai bên hội đàm |", "BNG |", "Ảnh: VGP/Nhật Bắc", "\u00a0"]))
        elif r < 0.16 and not thai:
            lines.append(rng.choice(VI_CROSSHEADS))
        elif r < 0.19:
            lines.append(rng.choice(["[Giá vàng hôm nay tiếp tục tăng mạnh]", "Xem thêm: Giá xăng giảm mạnh",
                                     "อ่านข่าว : ครม.เห็นชอบงบประมาณ"]))
        if k == 2 and rng.random() < 0.1:
            lines.append("Quảng cáo" if not thai else "โฆษณา")
    if thai:
        lines += rng.choice([["ที่มา : สำนักข่าวแห่งชาติ"], ["ข่าวที่เกี่ยวข้อง", rng.choice(TH_TITLES), "คำติชม",
                                                           "ข่าวอื่นในหมวด"], ["แท็ก: อาเซียน, การค้า"]])
    else:
        lines += rng.choice([
            ["Bình Giang", "Nguồn Tiền Phong: https://tienphong.vn/bai-viet-post1759226.tpo"],
            ["Lê Ánh (TTXVN/Vietnam+)", "\u00a0", "255 Go top", "Thống kê truy cập", "  • Khách Khách 996"],
            ["(theo baodientu.chinhphu.vn)", "Tin Liên Quan", rng.choice(VI_TITLES), rng.choice(pool)],
            ["Bình luận (0)"],
        ])
    sep = rng.choice(["\n\n", "\n", "\r\n\r\n"])
    return sep.join(lines) + sep


def generate(*, size_mb: float = 50, seed: int = 0, thai_share: float = 0.3) -> Iterator[tuple[str, str]]:
    """Yield ``(name, text)`` articles until ``size_mb`` megabytes of UTF-8 have been produced."""
    rng = random.Random(seed)
    seed_vi, seed_th = _seed_paragraphs()
    vi_pool, th_pool = VI_PARAGRAPHS + seed_vi, TH_PARAGRAPHS + seed_th
    target = int(size_mb * 1_000_000)
    total = 0
    n = 0
    while total < target:
        lang = "th" if rng.random() < thai_share else "vi"
        text = article(rng, lang, vi_pool, th_pool)
        total += len(text.encode("utf-8"))
        yield f"{n:07d}_{lang}", text
        n += 1


def write_corpus(out: Path, *, size_mb: float = 50, seed: int = 0, single_file: bool = False) -> int:
    """Write the corpus as a directory of ``.txt`` files (or one big file); return the byte count.

    With ``single_file``, articles are separated by a form feed line so they can be split again.
    """
    total = 0
    if single_file:
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as f:
            for _, text in generate(size_mb=size_mb, seed=seed):
                f.write(text + "\f\n")
                total += len(text.encode("utf-8")) + 2
        return total
    out.mkdir(parents=True, exist_ok=True)
    for name, text in generate(size_mb=size_mb, seed=seed):
        sub = out / name[:4]
        sub.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        (sub / f"{name}.txt").write_bytes(data)
        total += len(data)
    return total


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    p.add_argument("out", type=Path)
    p.add_argument("--size-mb", type=float, default=50, help="10 to 1000 (default 50)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--single-file", action="store_true")
    args = p.parse_args(argv)
    n = write_corpus(args.out, size_mb=args.size_mb, seed=args.seed, single_file=args.single_file)
    print(f"wrote {n / 1e6:.1f} MB to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
