package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobalIdTest {

    @Test
    void roundTripsTypeAndKeyIncludingChineseAndColons() {
        var id = GlobalId.of("Task", "sjz-capital-plan-2021/T4:石家庄");
        var parsed = GlobalId.parse(id).orElseThrow();
        assertEquals("Task", parsed.type());
        assertEquals("sjz-capital-plan-2021/T4:石家庄", parsed.key());
    }

    @Test
    void producesUrlSafeIdsWithoutPadding() {
        var id = GlobalId.of("Region", "130100");
        assertTrue(id.matches("[A-Za-z0-9_-]+"), id);
    }

    @Test
    void rejectsTextThatIsNotAnId() {
        assertFalse(GlobalId.parse("not base64!").isPresent());
        assertFalse(GlobalId.parse(GlobalId.of("", "x").substring(0, 2)).isPresent());
        assertFalse(GlobalId.parse("UmVnaW9u").isPresent(), "'Region' without a key");
    }
}
