package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The workaround in {@link RateLimits}: it registers for reflection the class of its cache's entries, which a native
 * executable needs and quarkus-caffeine does not register.
 */
class CaffeineNativeTest {

    @Test
    void theRateLimitsCacheKeepsItsEntriesInTheRegisteredClass() throws ReflectiveOperationException {
        var cache = Caffeine.newBuilder().maximumSize(10).expireAfterAccess(Duration.ofSeconds(1))
                .<String, String> build();
        cache.put("client", "bucket");
        var map = cache.asMap();
        Class<?> type = map.getClass();
        while (!type.getSimpleName().equals("BoundedLocalCache")) {
            type = type.getSuperclass();
        }
        var data = type.getDeclaredField("data");
        data.setAccessible(true);
        var entry = ((Map<?, ?>) data.get(map)).values().iterator().next();
        assertEquals(RateLimits.BUCKET_ENTRY, entry.getClass().getName());
    }

    /** Fails once quarkus-caffeine registers the class itself: then RateLimits need not. */
    @Test
    void quarkusCaffeineStillLeavesTheEntryClassUnregistered() throws IOException {
        try (var in = getClass().getClassLoader()
                .getResourceAsStream("io/quarkus/caffeine/runtime/graal/CacheConstructorsFeature.class")) {
            var constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertFalse(constants.contains(RateLimits.BUCKET_ENTRY),
                    "quarkus-caffeine now registers " + RateLimits.BUCKET_ENTRY
                            + ": drop RateLimits' own registration");
            // The feature is still the one that registers the others.
            assertTrue(constants.contains("com.github.benmanes.caffeine.cache.PSAMW"), "the feature has changed");
        }
    }
}
