"""Staff names in the scripts Texas districts see, for the reports and the window to print."""

from __future__ import annotations

# script -> (first name, last name); each printed as "First Last"
WORLD_NAMES: dict[str, tuple[str, str]] = {
    "Vietnamese": ("Nguyễn", "Thị Hương"),
    "Spanish": ("José", "Martínez Peña"),
    "Arabic": ("محمد", "عبد الله"),
    "Korean": ("김민준", "박서연"),
    "Hindi": ("प्रिया", "शर्मा"),
    "Gujarati": ("પ્રિયા", "પટેલ"),
    "Bengali": ("সুমন", "দাস"),
    "Urdu": ("عمران", "ٹیپو"),
    "Tamil": ("தமிழ்செல்வன்", "முருகன்"),
    "Telugu": ("శ్రీనివాస్", "రెడ్డి"),
    "Thai": ("สมชาย", "ใจดี"),
    "Amharic": ("አበበ", "ቢቂላ"),
    "Chinese": ("王", "小明"),
    "Japanese": ("山田", "さくら"),
    "Hebrew": ("דוד", "כהן"),
    "Greek": ("Γιώργος", "Παπαδόπουλος"),
    "Cyrillic": ("Иван", "Петров"),
    "Punjabi": ("ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ"),
    "Malayalam": ("അനിൽ", "കുമാർ"),
    "Burmese": ("မောင်", "မောင်"),
    "Khmer": ("សុខា", "ចាន់"),
    "Emoji": ("Sunny", "Day 🎉"),
}
ARABIC = "محمد عبد الله"
HEBREW = "דוד כהן"
# U+12000 (cuneiform) is in no shipped font: it must print as a box, never as nothing
NO_FONT_CHARACTER = "\U00012000"
NO_FONT_NAME = ("Kim", f"Lee{NO_FONT_CHARACTER}")


def full_names() -> dict[str, str]:
    return {script: f"{first} {last}" for script, (first, last) in WORLD_NAMES.items()}
