"""Names for the demo district: people in several scripts and forms, campuses, e-mails, phones."""

from __future__ import annotations

import functools
import random
import unicodedata
from dataclasses import dataclass


def _pool(text: str) -> list[str]:
    """A name pool written as semicolon-separated text (names may hold spaces and commas)."""
    return [item.strip() for item in text.split(";") if item.strip()]


# Each pool entry is "Name" or "Name|ascii" when the e-mail form cannot be derived by dropping
# accents (Chinese characters, Vietnamese đ, Turkish ı, German ß, ...).
FIRST_NAMES = _pool(
    """
    Maria; José; Sofía; Jesús; Guadalupe; Alejandro; Ximena; Luis; Ana; Carlos; Valeria; Juan;
    Camila; Diego; Lucía; Miguel; Itzel; Raúl; Mónica; Andrés; James; Mary; Robert; Patricia;
    Michael; Jennifer; William; Linda; David; Elizabeth; Sarah; Emily; Jessica; Ashley; Brandon;
    Tyler; Megan; Hannah; Caleb; Madison; Zoë; Chloé; Renée; Noël; Anaïs; Søren; Björn; Åsa;
    Jürgen; Günther; Lena; Mateus; João; Thảo; Minh; Huệ|hue; Đức|duc; Quỳnh; Phương; Ngọc;
    伟|wei; 芳|fang; 娜|na; 敏|min; 静|jing; Wei; Mei; Priya; Arjun; Ananya; Rahul; Deepa; Fatima;
    Omar; Layla; Youssef; Aisha; Ayşe; Mehmet; Elif; Çağla; Oğuz; Chinedu; Ngozi; Oluwaseun;
    Adaeze; Ji-woo; Seo-yeon; Min-jun; Kwame; Imani; DeShawn; LaToya; Jamal; Keisha; Marguerite;
    François; Siobhán; Seán; Niamh; Małgorzata; Wojciech; Mary-Kate; Jean-Luc; Anne-Marie; Li;
    Ming; Hương; Khánh; Beatriz; Inês
    """
)

LAST_NAMES = _pool(
    """
    García; Hernández; Martínez; López; González; Rodríguez; Pérez; Sánchez; Ramírez; Flores;
    Gómez; Díaz; Reyes; Morales; Cruz; Ortiz; Gutiérrez; Chávez; Ramos; Vásquez; Castillo;
    Jiménez; Moreno; Romero; Herrera; Medina; García-López; Hernández-Ruiz; Treviño; Peña;
    Saldaña; Muñoz; Ibáñez; Smith; Johnson; Williams; Brown; Jones; Miller; Davis; Wilson;
    Anderson; Taylor; Thomas; Moore; Jackson; Martin; Thompson; White; Harris; Clark; Lewis;
    Robinson; Walker; Young; Allen; King; Wright; Scott; Green; Baker; Adams; Nelson; Hill;
    Campbell; Mitchell; Roberts; Carter; Phillips; Evans; O'Brien; O'Connor; O'Neil; D'Angelo;
    McAllister; MacDonald; Smith-Jones; Baker-Ortiz; Nguyễn; Trần; Lê; Phạm; Hoàng; Huỳnh; Võ;
    Đặng|dang; Bùi; Đỗ|do; 李|li; 王|wang; 张|zhang; 刘|liu; 陈|chen; Chen; Wang; Liu; Patel; Shah;
    Iyer; Reddy; Kumar; Singh; Şahin; Yılmaz|yilmaz; Öztürk; Çelik; Doğan; Müller; Schäfer;
    Weiß|weiss; Björk; Løvgren|lovgren; Andersson; Okafor; Adeyemi; Nwosu; Mensah; Kim; Park;
    Lee; Choi; Haddad; Khalil; Nassar; Kowalski; Nowak; Dvořák; Novák; Ferreira; Gonçalves;
    van der Berg; de la Cruz; St. John; Fitzgerald; Ó Súilleabháin|osullivan
    """
)

# (first name as written, preferred name): people who go by another name.
PREFERRED = [
    ("Elizabeth", "Liz"),
    ("William", "Bill"),
    ("Robert", "Bobby"),
    ("Guadalupe", "Lupe"),
    ("Alejandro", "Alex"),
    ("Jennifer", "Jen"),
    ("Michael", "Mike"),
    ("Thảo", "Tina"),
    ("Oluwaseun", "Seun"),
    ("Małgorzata", "Gosia"),
    ("Seo-yeon", "Sally"),
    ("芳|fang", "Fang"),
    ("Jesús", "Chuy"),
    ("Katherine", "Kate"),
    ("Margaret", "Peggy"),
    ("Ngọc", "Ruby"),
]

CAMPUS_BASES = _pool(
    """
    Bluebonnet; Pecan Grove; Mesquite; Live Oak; Cedar Ridge; Magnolia; Cypress; Prairie View;
    Brazos; Pedernales; San Gabriel; Guadalupe; Llano; Lady Bird; Wildflower; Indian Paintbrush;
    Mockingbird; Roadrunner; Armadillo; Longhorn; Lone Star; Hill Country; Post Oak; Red Bud;
    Yaupon; Agarita; Sotol; Blackland; Cross Timbers; Caprock; Palo Duro; Big Bend;
    Enchanted Rock; Riverbend; Sunset Valley; Walnut Creek; Onion Creek; Shoal Creek; Bull Creek;
    Barton Hills; Spicewood; Dripping Springs; Salado; Bastrop; Comal; Frio; Nueces; Sabine;
    Trinity; Colorado; Concho; Medina River; Canyon Lake; Barbara Jordan; Lorenzo de Zavala;
    Sam Houston; Juan Seguín; Ann Richards; Mirabeau Lamar; José Navarro; Bessie Coleman;
    Emma Tenayuca; Hector García; Jovita Idar; Mickey Leland; Oveta Culp Hobby;
    Sandra Day O'Connor; Willie Velásquez; Raymond Telles; Scott Joplin; Katherine Stinson;
    Gregorio Esparza; Mae Jemison; Lyndon Johnson; Ima Hogg; Tejano; Vaquero; Mustang; Pronghorn;
    Monarch; Painted Bunting; Whooping Crane; Sandhill; Heritage Oaks; Pioneer; Frontier
    """
)
CAMPUS_MODIFIERS = _pool(
    """
    Creek; Hills; Park; Springs; Trail; Ridge; Meadows; Oaks; Valley; Crossing; Heights; Lakes;
    Point; Grove; Bend; Prairie; Station; Mill; Landing; Glen; Woods; Ranch; Terrace; Fields
    """
)
PEOPLE_BASES = frozenset(CAMPUS_BASES[CAMPUS_BASES.index("Barbara Jordan") :][:22])
LEVEL_SUFFIX = {"elementary": "Elementary", "middle": "Middle School", "high": "High School"}
EMAIL_DOMAIN = "lonestarisd.org"
AREA_CODES = ["512", "737", "254", "830"]
ASCII_FOLD = str.maketrans(
    {"ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "æ": "ae"}
)


@dataclass(frozen=True, slots=True)
class Name:
    first: str
    last: str
    preferred: str | None
    email_local: str


def _split(entry: str) -> tuple[str, str | None]:
    name, _, ascii_form = entry.partition("|")
    return name, ascii_form or None


@functools.cache
def ascii_form(text: str) -> str:
    """Text as it can appear in an e-mail address: accents dropped, letters and dots only."""
    folded = unicodedata.normalize("NFKD", text.translate(ASCII_FOLD))
    kept = "".join(c for c in folded if c.isascii() and (c.isalnum() or c in " -'."))
    return "".join(c for c in kept.lower() if c.isalnum())


class NameMaker:
    """Draws people's names and unique e-mail addresses from the pools, deterministically."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._emails: set[str] = set()

    def person(self) -> Name:
        rng = self._rng
        preferred: str | None = None
        if rng.random() < 0.07:
            first_entry, preferred = rng.choice(PREFERRED)
        else:
            first_entry = rng.choice(FIRST_NAMES)
        first, first_ascii = _split(first_entry)
        last, last_ascii = _split(rng.choice(LAST_NAMES))
        local = f"{first_ascii or ascii_form(first)}.{last_ascii or ascii_form(last)}"
        return Name(first, last, preferred, self._unique(local))

    def _unique(self, local: str) -> str:
        candidate, n = local, 1
        while candidate in self._emails:
            n += 1
            candidate = f"{local}{n}"
        self._emails.add(candidate)
        return candidate


def email(local: str) -> str:
    return f"{local}@{EMAIL_DOMAIN}"


def phone(rng: random.Random) -> str:
    """A phone number as text, in the mix of forms HR exports really hold."""
    area = rng.choice(AREA_CODES)
    exchange = rng.randint(200, 989)
    line = rng.randint(0, 9999)
    style = rng.random()
    if style < 0.6:
        return f"({area}) {exchange}-{line:04d}"
    if style < 0.9:
        return f"{area}-{exchange}-{line:04d}"
    return f"+1 {area} {exchange} {line:04d}"


def campus_names(rng: random.Random, level: str, count: int, taken: set[str]) -> list[str]:
    """`count` distinct campus names for a level, plain names first, then with modifiers."""
    suffix = LEVEL_SUFFIX[level]
    plain = [f"{base} {suffix}" for base in CAMPUS_BASES]
    rng.shuffle(plain)
    modified = [
        f"{base} {mod} {suffix}"
        for mod in CAMPUS_MODIFIERS
        for base in CAMPUS_BASES
        if base not in PEOPLE_BASES and mod not in base
    ]
    rng.shuffle(modified)
    names: list[str] = []
    for candidate in plain + modified:
        if len(names) == count:
            break
        if candidate not in taken:
            taken.add(candidate)
            names.append(candidate)
    number = 2
    while len(names) < count:
        candidate = f"{CAMPUS_BASES[number % len(CAMPUS_BASES)]} {suffix} No. {number}"
        number += 1
        if candidate not in taken:
            taken.add(candidate)
            names.append(candidate)
    return names
