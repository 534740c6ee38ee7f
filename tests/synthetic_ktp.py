"""Synthetic KTP-like cards for tests and benchmarks (issue 17). Never a real person's card.

`make_card(rng)` draws the public layout of the e-KTP (header with the province and the regency
or city, the NIK line, the labelled rows, a grey photo box) with the fonts shipped in
resources/fonts, filled with random data made by the project's own rules: a village taken from
the region list, a NIK whose region, birth date (+40 on the day for women) and gender agree with
the card. `degrade(image, rng)` photographs it badly: tilt up to 15°, uneven light, blur, JPEG
quality 40–90. The truth travels with the image as the registration file's keys.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bpu_enroll.domain.regions import RegionIndex, Village, default_regions

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
CARD_SIZE = (1012, 638)  # 85.6 × 54 mm at about 300 dpi
BACKGROUND = (186, 214, 236)
INK = (20, 20, 24)

GIVEN = {
    "M": (
        "AHMAD", "BUDI", "AGUS", "WAHYU", "EKO", "RUDI", "HENDRA", "ANDI", "JOKO", "BAMBANG",
        "IWAN", "RAHMAT", "MUHAMMAD", "YUSUF", "SUPARMAN", "HASAN", "TAUFIK", "DEDI", "SURYA",
        "ARIF", "DWI", "NUR",
    ),
    "F": (
        "SITI", "DEWI", "RINA", "SRI", "YANTI", "LESTARI", "FITRI", "RATNA", "PUTRI", "AMINAH",
        "INDAH", "KARTINI", "WATI", "MAYA", "NINING", "ENDANG", "DWI", "NUR",
    ),
}  # fmt: skip
FAMILY = (
    "SANTOSO", "HIDAYAT", "LESTARI", "SAPUTRA", "WIJAYA", "KURNIAWAN", "SETIAWAN", "PURNOMO",
    "RAHAYU", "SUSANTO", "NASUTION", "SIREGAR", "HARAHAP", "PRATAMA", "HANDAYANI", "SUGIANTO",
    "MARPAUNG", "SIMANJUNTAK", "PANGARIBUAN", "FIRMANSYAH", "HAKIM", "YULIANTI", "SUBAGYO",
)  # fmt: skip
STREETS = (
    "JL. MAWAR", "JL. MELATI", "JL. KENANGA", "JL. RAYA", "JL. PASAR", "JL. MERDEKA",
    "JL. SUDIRMAN", "JL. DIPONEGORO", "GG. DAMAI", "DUSUN KRAJAN", "JL. NELAYAN", "KP. BARU",
)  # fmt: skip
RELIGIONS = ("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA")
JOBS = ("PEDAGANG", "NELAYAN", "PETANI/PEKEBUN", "WIRASWASTA", "BURUH HARIAN LEPAS")


@dataclass(frozen=True)
class Card:
    """One synthetic card: the image and what is printed on it (registration file keys)."""

    image: Image.Image
    truth: dict[str, str]

    def jpeg(self, quality: int = 92) -> bytes:
        """The image as JPEG bytes."""
        out = io.BytesIO()
        self.image.convert("RGB").save(out, "JPEG", quality=quality)
        return out.getvalue()


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def random_village(rng: random.Random, regions: RegionIndex) -> Village:
    """A village whose district and regency exist (so its NIK region code is a real one)."""
    codes = sorted(regions.villages)
    while True:
        village = regions.village(rng.choice(codes))
        if village is not None and village.district_name and village.regency_name:
            return village


def random_person(rng: random.Random, today: date, regions: RegionIndex) -> dict[str, str]:
    """Realistic card data; the NIK agrees with the village, the birth date and the gender."""
    village = random_village(rng, regions)
    born = today - timedelta(days=rng.randint(18 * 365, 63 * 365))
    gender = rng.choice("MF")
    day = born.day + (40 if gender == "F" else 0)
    region = village.district_code.replace(".", "")
    nik = f"{region}{day:02d}{born.month:02d}{born.year % 100:02d}{rng.randint(1, 9999):04d}"
    words = [rng.choice(GIVEN[gender])] + [rng.choice(FAMILY) for _ in range(rng.randint(0, 2))]
    birth_place = rng.choice(
        [village.regency_name.removeprefix("Kabupaten ").removeprefix("Kota "), "JAKARTA"]
    ).upper()
    return {
        "nik": nik,
        "full_name": " ".join(words),
        "birth_place": birth_place,
        "birth_date": born.isoformat(),
        "gender": gender,
        "street": f"{rng.choice(STREETS)} NO. {rng.randint(1, 120)}",
        "rt": f"{rng.randint(1, 20):03d}",
        "rw": f"{rng.randint(1, 12):03d}",
        "village_code": village.code,
        "village": village.name.upper(),
        "district": village.district_name.upper(),
        "regency": village.regency_name.upper(),
        "province": village.province_name.upper(),
    }


def draw_card(truth: dict[str, str], rng: random.Random) -> Image.Image:
    """The card face in the e-KTP's public layout."""
    image = Image.new("RGB", CARD_SIZE, BACKGROUND)
    pen = ImageDraw.Draw(image)
    width = CARD_SIZE[0]
    head = _font(30, bold=True)
    for y, text in ((18, f"PROVINSI {truth['province']}"), (56, truth["regency"])):
        size = pen.textlength(text, font=head)
        pen.text(((width - size) / 2, y), text, font=head, fill=INK)
    pen.text((40, 112), "NIK", font=_font(34, bold=True), fill=INK)
    pen.text((190, 112), ":", font=_font(34, bold=True), fill=INK)
    pen.text((215, 110), truth["nik"], font=_font(38, bold=True), fill=INK)
    born = date.fromisoformat(truth["birth_date"])
    rows = [
        ("Nama", truth["full_name"]),
        ("Tempat/Tgl Lahir", f"{truth['birth_place']}, {born:%d-%m-%Y}"),
        ("Jenis Kelamin", "LAKI-LAKI" if truth["gender"] == "M" else "PEREMPUAN"),
        ("Alamat", truth["street"]),
        ("RT/RW", f"{truth['rt']}/{truth['rw']}"),
        ("Kel/Desa", truth["village"]),
        ("Kecamatan", truth["district"]),
        ("Agama", rng.choice(RELIGIONS)),
        ("Status Perkawinan", rng.choice(("KAWIN", "BELUM KAWIN"))),
        ("Pekerjaan", rng.choice(JOBS)),
        ("Kewarganegaraan", "WNI"),
        ("Berlaku Hingga", "SEUMUR HIDUP"),
    ]
    label, value = _font(22), _font(23, bold=True)
    y = 170
    for name, text in rows:
        indent = 40 if name not in {"RT/RW", "Kel/Desa", "Kecamatan"} else 70
        pen.text((indent, y), name, font=label, fill=INK)
        pen.text((255, y), ":", font=label, fill=INK)
        pen.text((272, y), text, font=value, fill=INK)
        if name == "Jenis Kelamin":
            pen.text((520, y), f"Gol. Darah : {rng.choice('ABO-')}", font=label, fill=INK)
        y += 36
    pen.rectangle((760, 130, 960, 400), fill=(150, 160, 172), outline=(90, 90, 100))
    city = truth["regency"].removeprefix("KABUPATEN ").removeprefix("KOTA ")
    small = _font(18)
    pen.text((770, 420), city[:18], font=small, fill=INK)
    pen.text(
        (790, 446), f"{rng.randint(1, 28):02d}-0{rng.randint(1, 9)}-2019", font=small, fill=INK
    )
    return image


def degrade(image: Image.Image, rng: random.Random) -> tuple[Image.Image, int]:
    """A hand-held photo of the card: tilt, uneven light, blur; returns the JPEG quality to use."""
    angle = rng.uniform(-15, 15)
    canvas = Image.new("RGB", (CARD_SIZE[0] + 240, CARD_SIZE[1] + 240), (70, 62, 55))
    canvas.paste(image, (120, 120))
    photo = canvas.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(70, 62, 55))
    light = Image.linear_gradient("L").resize(photo.size)
    light = light.rotate(rng.uniform(0, 360)).point(lambda v: int(150 + v * 105 / 255))
    photo = Image.composite(photo, Image.new("RGB", photo.size, (0, 0, 0)), light)
    photo = photo.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.6)))
    return photo, rng.randint(40, 90)


def make_card(
    rng: random.Random,
    *,
    degraded: bool = False,
    today: date | None = None,
    regions: RegionIndex | None = None,
) -> Card:
    """One card, clean (straight, sharp, JPEG 92) or degraded (photographed badly)."""
    index = regions if regions is not None else default_regions()
    truth = random_person(rng, today or date.today(), index)
    image = draw_card(truth, rng)
    quality = 92
    if degraded:
        image, quality = degrade(image, rng)
    raw = io.BytesIO()
    image.save(raw, "JPEG", quality=quality)
    raw.seek(0)
    return Card(image=Image.open(raw).convert("RGB"), truth=truth)


def write_card(path: Path, seed: int, *, degraded: bool = False) -> dict[str, str]:
    """Writes one card to `path` (JPEG) and returns its truth."""
    card = make_card(random.Random(seed), degraded=degraded)
    path.write_bytes(card.jpeg(95))
    return card.truth
