"""What is measured of a figure, the figures, and the functions written before a number (2026-12-03): "the
area of a circle with radius 7 cm", "die Fläche eines Kreises", "l'aire d'un cercle", "площадь круга",
"圆的面积", "円の面積", "log 1000", "sin 30". A measure beside a figure, with a number given, asks for a sum in
every language. Written by this project, not learned from any benchmark; read by `figures.measures_a_figure`.
"""

from __future__ import annotations

# Stems of what is measured of a figure (lower-cased; a word is one when it begins with a stem), in English,
# German, French, Spanish, Italian, Portuguese, Dutch and Russian. Not "length" or "height": a figure's given
# measures as often as its asked ones, and a text's everyday words.
MEASURE_STEMS: tuple[str, ...] = (
    "area", "perimet", "circumferen", "volum", "diagonal", "hypotenus", "surface",
    "fläche", "flächeninhalt", "umfang", "oberfläche", "rauminhalt",
    "aire", "périmètre", "circonférence", "diagonale", "hypoténuse",
    "área", "perímetro", "circunferencia", "superficie", "hipotenusa",
    "perimetro", "circonferenza", "ipotenusa", "oppervlak", "omtrek", "inhoud",
    "площад", "периметр", "объём", "объем", "диагонал", "гипотенуз", "длина окружност", "длину окружност",
)
# Stems of figures and of the measures that name one ("radius": a circle or a sphere), read at most
# `SHAPE_ENDING` letters past the stem (a declension: "Kreises", "квадрата", "círculos"; not "Quadratmeter").
SHAPE_STEMS: tuple[str, ...] = (
    "circle", "square", "rectangl", "triangl", "sphere", "cube", "cuboid", "cylinder", "cone", "pyramid",
    "prism", "rhomb", "trapez", "parallelogram", "pentagon", "hexagon", "octagon", "polygon", "ellipse",
    "semicircle", "radius", "radii", "diameter",
    "kreis", "quadrat", "rechteck", "dreieck", "kugel", "würfel", "quader", "zylinder", "kegel", "pyramide",
    "raute", "sechseck", "fünfeck", "achteck", "halbkreis", "durchmesser", "seitenlänge", "kantenlänge",
    "cercle", "carré", "triangle", "sphère", "boule", "cylindre", "cône", "pyramide", "losange",
    "trapèze", "parallélogramme", "hexagone", "pentagone", "diamètre", "côté", "arête",
    "círculo", "cuadrado", "rectángulo", "triángulo", "esfera", "cubo", "cilindro", "cono", "pirámide",
    "rombo", "trapecio", "paralelogramo", "hexágono", "pentágono", "diámetro",
    "cerchio", "quadrato", "rettangolo", "triangolo", "sfera", "piramide", "raggio", "diametro",
    "quadrado", "retângulo", "triângulo", "cirkel", "vierkant", "rechthoek", "driehoek", "straal",
    "круг", "окружност", "квадрат", "прямоугольник", "треугольник", "шар", "сфер", "куб", "параллелепипед",
    "цилиндр", "конус", "пирамид", "ромб", "трапеци", "параллелограмм", "шестиугольник", "радиус", "диаметр",
)
SHAPE_ENDING = 3
# Words that begin as a figure does and name something else: a unit's adjective ("квадратных метров"), a
# scarf ("шарф"), a trophy ("кубок"), a rabbit ("conejo"). Spanish "radio", French "rayon" and Portuguese "raio"
# are no figure: a radio, a shelf, lightning; their texts name the circle as well.
NOT_SHAPES: tuple[str, ...] = (
    "квадратн", "кубическ", "кругл", "кругом", "круглосуточ", "squared", "squares", "cubed", "cubes",
    "boulev", "conej", "conex", "круговор", "шарф", "кубок",
)
# Scripts written without spaces (Chinese, Japanese) and Korean, whose words take particles: read as
# substrings, a figure within `UNSPACED_CHARS` characters of a measure.
UNSPACED_MEASURES: tuple[str, ...] = (
    "面积", "周长", "体积", "表面积", "对角线", "斜边", "面積", "周の長さ", "円周", "体積", "表面積", "対角線",
    "斜辺", "周長", "넓이", "면적", "둘레", "부피", "겉넓이", "대각선", "빗변",
)
UNSPACED_SHAPES: tuple[str, ...] = (
    "圆", "正方形", "长方形", "矩形", "三角形", "球", "正方体", "立方体", "长方体", "圆柱", "圆锥", "梯形",
    "平行四边形", "菱形", "六边形", "半径", "直径", "边长", "棱长", "円", "長方形", "直方体", "円柱", "円錐",
    "台形", "平行四辺形", "ひし形", "一辺", "正六角形", "반지름", "지름", "정사각형", "직사각형", "삼각형",
    "정삼각형", "정육면체", "원기둥", "원뿔", "원의", "한 변",
)
# Words that hold a figure and name something else: the earth, a football, the globe ("地球的表面积").
UNSPACED_NOT_SHAPES: tuple[str, ...] = ("地球", "足球", "篮球", "排球", "网球", "全球", "月球", "星球", "眼球")
UNSPACED_CHARS = 12
# Before an unspaced figure, what makes it a currency or a count: "100円" (yen), "3万円", "100원의". A Korean
# figure begins a word ("공원의 면적", a park's area, holds no circle).
NUMBER_CHARS = "0123456789〇一二三四五六七八九十百千万億"
# What may follow a number given to a figure, beside a unit of `unit_words` (not one of time, `NOT_GIVEN_UNITS`):
# a unit of length missing there, a word that joins two measures ("base 10 and height 4", "5 by 3", "8 m x 3 m").
# Any other word makes the number a count ("Give me 5 ideas", "in 3 sentences"); a mark, the end or an unspaced
# script's character after it leave it given.
GIVEN_BEFORE: frozenset[str] = frozenset((
    "см", "мм", "дм", "м", "км", "dm", "in", "unit", "units", "einheiten", "unités", "unidades", "unità", "единиц",
    "and", "by", "x", "or", "und", "mal", "oder", "et", "sur", "ou", "y", "por", "e", "o", "и", "на", "или",
))
NOT_GIVEN_UNITS: frozenset[str] = frozenset((
    "year", "years", "old", "day", "days", "hour", "hours", "minute", "minutes", "second", "seconds", "week", "weeks",
    "month", "months", "jahr", "jahre", "jahren", "tage", "an", "ans", "año", "años", "год", "года", "лет", "дней",
))
# Functions written before their argument ("log 1000", "ln 5", "sin 30", "sqrt 2", "log base 2 of 64").
FUNCTION_WORDS: tuple[str, ...] = (
    "log", "ln", "lg", "sqrt", "sin", "cos", "tan", "cot", "arcsin", "arccos", "arctan", "exp",
)
