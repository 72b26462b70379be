"""Words of a request to edit a given text: rewrite it, fix its grammar, make it more formal (read by `edits`).

Lower-case. Stems of spaced scripts match where a word begins ("rephras" -> rephrase, rephrasing); those of
Chinese, Japanese and Korean match anywhere. Written by this project (2026-12-03, edit31), not learned from any
benchmark: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Russian, Chinese,
Japanese and Korean.
"""

from __future__ import annotations

# Verbs that ask for an edit by themselves ("Rephrase this: ...", "Reformule : ...", "润色这段话：...").
# Not "polish" alone: it names a language too ("Translate into Polish: ...").
EDIT_VERBS: tuple[str, ...] = (
    "rewrit", "re-writ", "rephras", "reword", "paraphras", "proofread", "proof-read", "copyedit", "copy-edit",
    "polish this", "polish the", "polish my", "polish up", "shorten", "tighten up", "tighten this",
    "umformulier", "formulier", "umschreib", "paraphrasier", "korrekturles", "überarbeit", "lektorier",
    "reformul", "réécri", "relis", "raccourci", "reescrib", "parafrase", "acorta", "riscriv", "riformul",
    "parafras", "accorci", "reescrev", "encurt", "herschrijf", "herformuleer", "przeredaguj", "parafrazuj",
    "yeniden yaz", "перефраз", "перепиш", "переформулир", "отредактир",
    "润色", "潤色", "改写", "改寫", "重写", "改述", "校对", "校對", "書き直", "言い換え", "添削", "校正",
    "推敲", "リライト", "다시 써", "다듬어", "교정", "윤문",
)
# Verbs that ask to correct or improve, an edit when they name what of the language they mend
# (`LANGUAGE_OBJECTS`: "Fix the grammar: ...", "Corrige les fautes : ...", "修改语法错误：...").
FIX_VERBS: tuple[str, ...] = (
    "fix", "correct", "check", "improve", "change", "adjust", "edit", "put", "convert", "turn", "transform",
    "korrigier", "verbesser", "prüf", "überprüf", "änder", "setz", "wandl", "pon ", "mets", "metti", "coloque",
    "corrig", "amélior", "vérifi", "chang", "mejor", "revis", "cambi", "corregg", "miglior", "controll",
    "corrij", "melhor", "mude", "verbeter", "corrigeer", "controleer", "popraw", "sprawdź", "düzelt",
    "исправ", "улучш", "провер", "измен",
    "修改", "纠正", "糾正", "改正", "检查", "檢查", "改进", "优化", "直して", "直す", "修正", "訂正", "チェック",
    "고쳐", "수정",
)
LANGUAGE_OBJECTS: tuple[str, ...] = (
    "grammar", "grammatical", "spelling", "punctuation", "typo", "mistake", "error", "wording", "phrasing",
    "tone", "style", "passive voice", "active voice", "past tense", "present tense", "future tense",
    "passiv", "aktiv", "vergangenheit", "voix passive", "voix active", "voz pasiva", "voz activa", "forma passiva",
    "voz passiva", "被动语态", "主动语态", "过去时", "受け身", "受動態", "過去形",
    "grammatik", "rechtschreib", "zeichensetzung", "tippfehler", "fehler", "formulierung", "tonfall",
    "grammaire", "orthographe", "ponctuation", "faute", "erreur", "formulation", "gramática", "ortografía",
    "puntuación", "falta", "errore", "redacción", "tono", "grammatica", "ortografia", "punteggiatura", "errori",
    "pontuação", "erro", "redação", "grammatica", "spelling", "fouten", "gramatyk", "pisowni", "błęd",
    "dilbilgisi", "yazım", "imla",
    "граммат", "орфограф", "пунктуац", "ошибк", "опечатк", "формулировк",
    "语法", "語法", "错别字", "錯別字", "病句", "标点", "標點", "拼写", "措辞", "措辭", "语气", "語氣", "文法",
    "誤字", "脱字", "句読点", "言い回し", "表現", "문법", "맞춤법", "오타", "띄어쓰기",
)
# A manner of speaking to change to, comparative in itself or after `COMPARATIVES` ("Make this more casual:
# ...", "Formuliere ... höflicher um", "Rends ce message plus poli", "改得更口语化"). Not "simple" or "clear":
# "Explain more simply: ..." asks for an explanation.
STYLES: tuple[str, ...] = (
    "formal", "informal", "casual", "polite", "rude", "concise", "professional", "friendl", "natural", "fluent",
    "confident", "persuasive",
    "formell", "höflich", "freundlich", "professionell", "locker", "formel", "poli ", "polie", "courtois", "amical",
    "professionnel", "formal", "educad", "cortés", "amable", "profesional", "formale", "gentil", "cortese",
    "professionale", "educado", "formeel", "beleefd", "uprzejm", "formaln", "kibar", "resmi",
    "формальн", "официальн", "вежлив", "дружелюб", "профессиональн",
    "正式", "礼貌", "禮貌", "简洁", "簡潔", "口语化", "口語化", "书面", "書面", "委婉", "丁寧", "フォーマル", "カジュアル",
    "自然な", "敬語", "공손", "정중", "자연스럽", "격식",
)
COMPARATIVES: tuple[str, ...] = (
    "more", "less", "sound", "plus", "moins", "más", "menos", "più", "meno", "mais", "meer", "minder",
    "bardziej", "daha", "более", "менее", "更", "もっと", "より", "더",
)
# Comparatives of their own language, an edit of style without a word for "more".
STYLE_COMPARATIVES: tuple[str, ...] = (
    "formeller", "höflicher", "freundlicher", "professioneller", "lockerer", "kürzer", "knapper",
    "вежливее", "короче", "понятнее",
)
# A summary or a translation asked beside an edit: it stays extraction ("Summarize and shorten: ...").
KEEPS_EXTRACTION: tuple[str, ...] = (
    "summar", "extract", "translat", "tl;dr", "zusammenfass", "übersetz", "résum", "tradu", "resum", "riassum",
    "samenvat", "vertaal", "streść", "przetłumacz", "özetle", "çevir", "резюм", "перевед", "переклад",
    "总结", "總結", "摘要", "概括", "翻译", "翻譯", "要約", "翻訳", "요약", "번역",
)
