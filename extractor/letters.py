"""Vietnamese letters by case, as regex character-class bodies: `[{UPPER}]`, `[{LOWER}]`.

A range such as `à-ỹ` is no lower-case class: U+00E0…U+1EF9 holds "Đ", "Ạ", "Ở" … too (Latin
Extended Additional interleaves the cases). These list the letters themselves."""

UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
