package vn.dondoc.extraction.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextQualityTest {

    @Test
    void normalVietnameseIsUsable() {
        assertThat(TextQuality.usable("THÔNG BÁO Kết luận của Phó Chủ tịch UBND tỉnh về giải ngân vốn")).isTrue();
    }

    @Test
    void scannedPageWithoutTextIsNot() {
        assertThat(TextQuality.usable("")).isFalse();
        assertThat(TextQuality.usable("  \n 12 \n")).isFalse();
    }

    @Test
    void legacyTcvn3FontSoupIsNot() {
        // "Thông báo kết luận của Phó Chủ tịch" extracted from a .VnTime (TCVN3) PDF without ToUnicode
        assertThat(TextQuality.usable("Th«ng b¸o kÕt luËn cña Phã Chñ tÞch Uû ban nh©n d©n tØnh vÒ viÖc")).isFalse();
    }

    @Test
    void brokenGlyphMappingIsNot() {
        assertThat(TextQuality.usable("\uFFFD\uFFFD\uFFFD abcdefghijklmnopqrstuv \uFFFD\uFFFD\uFFFD\uE001\uE002")).isFalse();
    }

    @Test
    void ocrReplacesAnEmptyOrGarbledLayer() {
        String page = "Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan rà soát số liệu.";
        assertThat(TextQuality.preferOcr("", page)).isTrue();
        assertThat(TextQuality.preferOcr("Th«ng b¸o kÕt luËn cña Phã Chñ tÞch Uû ban nh©n d©n tØnh vÒ viÖc", page))
                .isTrue();
        assertThat(TextQuality.preferOcr("Scanned with CamScanner", page + page)).isTrue();
    }

    @Test
    void aFewRealWordsAreNotReplacedByLettersReadFromAStamp() {
        String layer = "Nơi nhận: - Như trên; - Lưu: VT.";
        assertThat(TextQuality.usable(layer)).isFalse();
        assertThat(TextQuality.preferOcr(layer, "Nơi nhận: - Như trên; - Lưu: VT. ỦY BAN NHÂN DÂN x")).isFalse();
    }
}
