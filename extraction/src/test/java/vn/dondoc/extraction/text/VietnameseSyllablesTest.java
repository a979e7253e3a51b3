package vn.dondoc.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseSyllablesTest {

    @Test
    void possibleSyllables() {
        assertThat(VietnameseSyllables.possible("nguyen")).isTrue();
        assertThat(VietnameseSyllables.possible("phuoc")).isTrue();
        assertThat(VietnameseSyllables.possible("quy")).isTrue();
        assertThat(VietnameseSyllables.possible("phudc")).isFalse();
        assertThat(VietnameseSyllables.possible("hgc")).isFalse();
    }

    @Test
    void repairsOcrNames() {
        assertThat(VietnameseSyllables.repair("phudc")).isEqualTo("phuoc");
        assertThat(VietnameseSyllables.restoreName("Tran Phudc Hién")).isEqualTo("Trần Phước Hiền");
        assertThat(VietnameseSyllables.restoreName("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
    }
}
