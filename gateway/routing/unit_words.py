"""Units of measure, and the words that point from one to another (2026-12-03): a number with a unit, then a
word of direction and another unit ("5 miles to km", "100 Grad Fahrenheit in Celsius", "5 millas a kilómetros",
"5 миль в километры") asks for a conversion, a sum, in every language. Written by this project, not learned from
any benchmark; read by `cues.converts_units`.
"""

from __future__ import annotations

# Stems that begin a unit's name (lower-cased; a word is a unit when it begins with one): temperature, length,
# mass, volume, time, speed, data, currency and energy, in English, German, Spanish, French, Italian,
# Portuguese, Dutch, Polish and Russian. Only read right after a number or right after a word of direction.
# A stem that begins other words too ("quart" a quarter, "jour" a journey, "euro" Europe) is a whole word below.
UNIT_STEMS: tuple[str, ...] = (
    "fahrenheit", "celsius", "kelvin", "centigrad", "цельси", "фаренгейт", "кельвин",
    "meile", "milla", "miglia", "miglio", "milha", "mijl", "миль", "мили", "миля",
    "kilomet", "kilomèt", "kilómet", "quilômet", "quilómet", "quilomet", "chilomet", "километр",
    "centimet", "centimèt", "centímet", "zentimet", "millimet", "millimèt", "milímet", "сантиметр", "миллиметр",
    "meters", "metres", "mètre", "метр", "inch", "pulgad", "pouce", "pollic", "polegad", "zoll", "дюйм", "фут",
    "yards", "ярд",
    "kilogram", "kilogramm", "kilogramo", "kilogramme", "chilogramm", "quilograma", "килограмм", "грамм",
    "kilo", "quilo", "кило", "pound", "pfund", "libbr", "funt", "фунт", "ounce", "unze", "onza", "onça",
    "oncia", "унци", "tonne",
    "liter", "litre", "litro", "litri", "литр", "gallon", "gallone", "galón", "galon", "galõ", "галлон",
    "tasse", "taza", "tazz", "xícara", "стакан", "tablespoon", "teaspoon", "millilit", "mililit", "миллилитр",
    "sekund", "секунд", "minute", "minut", "минут", "stunde", "godzin", "недел",
    "kilobyte", "megabyte", "gigabyte", "terabyte", "байт", "мегабайт", "гигабайт",
    "dollar", "dólar", "доллар", "rupee", "rupia", "рубл", "calori", "kalori", "калори", "joule", "джоул",
    "acres", "hectar", "hectár", "ettar", "гектар",
)
# Abbreviations and other names, read whole ("°F" is read as "f": the degree sign is no letter); not "s",
# "t" or "b", which a decade ("the 1990s") or an apostrophe ("don't") leaves beside a number or a word.
UNIT_WORDS = frozenset((
    "f", "c", "km", "mi", "m", "cm", "mm", "ft", "yd", "kg", "g", "mg", "lb", "lbs", "oz", "l", "ml", "dl",
    "cl", "gal", "qt", "pt", "tbsp", "tsp", "sec", "secs", "min", "mins", "h", "hr", "hrs", "mph", "kph",
    "kmh", "km/h", "m/s", "kn", "kb", "mb", "gb", "tb", "pb", "kib", "mib", "gib", "tib", "bit", "bits",
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "rub", "kcal", "kj", "kwh", "psi",
    "atm", "kpa", "hpa", "ha", "км", "кг", "мл", "ч", "мин", "сек", "гб", "мб",
    "mile", "miles", "meter", "metre", "metro", "metros", "metri", "metr", "metry", "metrów", "acre", "yard",
    "foot", "feet", "fuß", "fuss", "pie", "pies", "pied", "pieds", "piedi", "pés", "voet", "voeten", "stopa", "stóp",
    "stopy", "gram", "grams", "gramm", "gramme", "grammes", "grammi", "gramo", "gramos", "libra", "libras",
    "livre", "livres", "pond", "ponden", "once", "onces", "quart", "quarts", "pint", "pints", "cup",
    "cups", "kopje", "kopjes", "second", "seconds", "seconde", "secondes", "secondi", "segundo", "segundos",
    "hour", "hours", "hora", "horas", "heure", "heures", "ora", "ore", "uur", "uren", "час", "часа", "часов",
    "часы", "day", "days", "tag", "tage", "tagen", "día", "días", "dia", "dias", "jour", "jours", "giorno",
    "giorni", "день", "дней", "дня", "week", "weeks", "woche", "wochen", "semana", "semanas", "semaine",
    "semaines", "settimana", "settimane", "year", "years", "jahr", "jahre", "jahren", "año", "años", "anno",
    "anni", "ano", "anos", "год", "года", "лет", "euro", "euros", "евро", "peso", "pesos", "franc", "francs",
    "franken", "yen", "yuan", "knot", "knots", "knoten", "nudos", "nœuds", "byte", "bytes",
))
# Words of a degree before a scale's name ("100 Grad Fahrenheit", "to degrees Celsius"): skipped.
DEGREE_WORDS = frozenset((
    "degree", "degrees", "grad", "grade", "grados", "grado", "degré", "degrés", "gradi", "graus", "grau",
    "graden", "stopni", "stopnie", "градус", "градуса", "градусов", "градусы", "square", "cubic", "fluid", "fl",
))
# Words of direction before the unit converted to ("to km", "in Celsius", "a kilómetros", "en kilomètres",
# "в километры", "na kilometry", "naar mijlen", "em milhas"). Not German "zu": "4 Meilen zu Fuß" is on foot.
TO_WORDS = frozenset((
    "to", "into", "in", "nach", "a", "en", "à", "para", "em", "naar", "till", "na", "в", "во", "на",
))
# A unit of time after a word of direction is a rate, not a unit to convert to ("5 miles a day", "5 часов в день",
# "3 fois par semaine"), and so is an English unit in the singular after "a" ("$2 a meter", "$1.5 a pound") or
# before a noun ("$4000 in dollar bills"): read whole, these end no conversion.
RATE_UNITS = frozenset((
    "day", "week", "month", "year", "hour", "minute", "second", "night", "день", "неделю", "месяц", "год", "час",
    "минуту", "секунду", "tag", "woche", "monat", "jahr", "stunde", "jour", "semaine", "mois", "an", "année",
    "heure", "día", "semana", "mes", "año", "hora", "minuto", "giorno", "settimana", "mese", "anno", "ora", "dia",
    "mês", "dag", "dzień", "tydzień", "rok", "godzinę",
    "meter", "metre", "foot", "inch", "yard", "mile", "pound", "ounce", "gram", "kilogram", "kilo", "ton", "liter",
    "litre", "gallon", "quart", "pint", "cup", "dollar", "cent", "acre",
))
# Signs of a currency, beside a number ("$100 to euros", "150 $"); never the unit converted to.
CURRENCY_SIGNS = frozenset("$€£¥₹")
# Scripts written without spaces: a unit's name anywhere after the number, then another after a verb of
# conversion (`CONVERSION_VERBS`): Chinese, Japanese, Korean.
UNSPACED_UNITS: tuple[str, ...] = (
    "华氏", "摄氏", "華氏", "攝氏", "摂氏", "英里", "公里", "千米", "厘米", "毫米", "米", "英寸", "英尺", "码",
    "公斤", "千克", "克", "磅", "盎司", "毫升", "升", "加仑", "杯", "小时", "分钟", "秒", "美元", "欧元",
    "人民币", "日元", "英镑", "元", "卡路里", "マイル", "キロメートル", "キロ", "メートル", "センチ", "インチ",
    "フィート", "グラム", "ポンド", "オンス", "リットル", "ガロン", "カップ", "時間", "分", "ドル", "ユーロ",
    "円", "度", "마일", "킬로미터", "킬로그램", "킬로", "미터", "센티미터", "인치", "피트", "그램", "파운드",
    "온스", "리터", "갤런", "컵", "시간", "분", "초", "화씨", "섭씨", "달러", "유로", "원",
)
CONVERSION_VERBS: tuple[str, ...] = (
    "换算", "換算", "转换", "轉換", "转化", "换成", "換成", "折合", "变成", "変換", "に直", "환산", "변환", "바꿔",
)
