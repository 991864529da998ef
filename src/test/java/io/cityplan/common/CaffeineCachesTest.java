package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Cache;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every class Caffeine loads by reflection for cityplan's caches is registered for a native executable, by
 * quarkus-caffeine or by {@link CaffeineCaches}, and cityplan registers only what quarkus-caffeine does not.
 */
class CaffeineCachesTest {

    private static final Pattern CAFFEINE_CLASS = Pattern
            .compile("com\\.github\\.benmanes\\.caffeine\\.cache\\.[A-Z]+");

    @Test
    void everyClassOfCityplansCachesIsRegistered() throws Exception {
        var registered = registeredByQuarkus();
        registered.addAll(List.of(CaffeineCaches.class.getAnnotation(RegisterForReflection.class).classNames()));
        for (var cache : List.of(CaffeineCaches.<String, String> weighed(100, (k, v) -> k.length()),
                CaffeineCaches.<String, String> expiring(100, Duration.ofSeconds(1)))) {
            cache.put("key", "value");
            for (var name : List.of(cache.asMap().getClass().getName(), entryClass(cache))) {
                assertTrue(registered.contains(name), name + " is not registered for reflection");
            }
        }
    }

    /** Fails once quarkus-caffeine registers a class that CaffeineCaches does: then CaffeineCaches need not. */
    @Test
    void quarkusCaffeineStillLeavesCityplansClassesUnregistered() throws IOException {
        var byQuarkus = registeredByQuarkus();
        assertTrue(byQuarkus.contains("com.github.benmanes.caffeine.cache.PSAMW"), "the feature has changed");
        for (var name : CaffeineCaches.class.getAnnotation(RegisterForReflection.class).classNames()) {
            assertTrue(!byQuarkus.contains(name),
                    "quarkus-caffeine now registers " + name + ": drop it from CaffeineCaches");
        }
    }

    /** The Caffeine classes quarkus-caffeine's native feature registers, read from its class file's constants. */
    private static Set<String> registeredByQuarkus() throws IOException {
        try (var in = CaffeineCachesTest.class.getClassLoader()
                .getResourceAsStream("io/quarkus/caffeine/runtime/graal/CacheConstructorsFeature.class")) {
            var constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return CAFFEINE_CLASS.matcher(constants).results().map(m -> m.group())
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }

    /** The class of a cache's entries. */
    private static String entryClass(Cache<String, String> cache) throws ReflectiveOperationException {
        Class<?> type = cache.asMap().getClass();
        while (!type.getSimpleName().equals("BoundedLocalCache")) {
            type = type.getSuperclass();
        }
        var data = type.getDeclaredField("data");
        data.setAccessible(true);
        var entries = (Map<?, ?>) data.get(cache.asMap());
        assertEquals(1, entries.size());
        return entries.values().iterator().next().getClass().getName();
    }
}
