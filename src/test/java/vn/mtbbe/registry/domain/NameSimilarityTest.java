package vn.mtbbe.registry.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameSimilarityTest {

    @Test
    void theSameNameWithOrWithoutAccentsOrCase() {
        assertTrue(NameSimilarity.similar("Giàng A Páo", "giang a pao"));
        assertTrue(NameSimilarity.similar("Rơ Mah H'Bia", "Ro Mah H Bia"));
    }

    @Test
    void wordsInAnotherOrderOrOneWordLeftOut() {
        assertTrue(NameSimilarity.similar("Giàng A Páo", "Páo Giàng A"));
        assertTrue(NameSimilarity.similar("Giàng A Páo", "Giàng Páo"));
        assertFalse(NameSimilarity.similar("Giàng A Páo", "Páo"), "one word is not enough");
    }

    @Test
    void typingSlips() {
        assertTrue(NameSimilarity.similar("Thạch Thị Sóc", "Thach Thi Soc"));
        assertTrue(NameSimilarity.similar("Lý Thị Mai", "Lý Thị Mia"), "two letters swapped");
        assertTrue(NameSimilarity.similar("Vàng A Chá", "Vàng A Cha"));
        assertTrue(NameSimilarity.similar("Siu H'Phương", "Siu H'Phưởng"));
        assertTrue(NameSimilarity.similar("Nguyễn Văn Hùng", "Nguyen Van Hung"));
        assertTrue(NameSimilarity.similar("Nguyễn Văn Hùng", "Nguyen Van Hunng"), "one letter more");
    }

    @Test
    void differentChildren() {
        assertFalse(NameSimilarity.similar("Giàng A Páo", "Giàng Thị Mai"));
        assertFalse(NameSimilarity.similar("Lý Mai", "Lý Lan"));
        assertFalse(NameSimilarity.similar("", "Lý Lan"));
    }

    @Test
    void khmerScriptNamesAreComparedToo() {
        assertTrue(NameSimilarity.similar("សុខ ចាន់", "សុខ ចាន់"));
        assertTrue(NameSimilarity.similar("សុខ ចាន់", "ចាន់ សុខ"));
    }

    @Test
    void editDistanceCountsASwapOnce() {
        assertEquals(1, NameSimilarity.distance("mai", "mia"));
        assertEquals(2, NameSimilarity.distance("mai", "lan"));
    }
}
