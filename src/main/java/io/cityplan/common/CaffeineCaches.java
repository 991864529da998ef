package io.cityplan.common;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Weigher;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * cityplan's Caffeine caches, built in one place so that a native executable has the classes Caffeine loads for them
 * by reflection: a cache class per configuration, and an entry class. quarkus-caffeine 3.34.1 registers those of the
 * configurations Quarkus's own caches use; a cache bounded by weight (SSMW) and the entries of one bounded by size that
 * expires after access (PSAMS) are not among them, and a native executable stopped at start without them.
 * {@code CaffeineCachesTest} fails once quarkus-caffeine registers them itself.
 */
@RegisterForReflection(classNames = { CaffeineCaches.WEIGHED_CACHE, CaffeineCaches.EXPIRING_ENTRY })
public final class CaffeineCaches {

    static final String WEIGHED_CACHE = "com.github.benmanes.caffeine.cache.SSMW";
    static final String EXPIRING_ENTRY = "com.github.benmanes.caffeine.cache.PSAMS";

    private CaffeineCaches() {
    }

    /** A cache that holds entries up to a total weight. */
    public static <K, V> Cache<K, V> weighed(long maxWeight, Weigher<K, V> weigher) {
        return Caffeine.newBuilder().maximumWeight(maxWeight).weigher(weigher).build();
    }

    /** A cache of at most {@code maxSize} entries, each dropped once not read for {@code afterAccess}. */
    public static <K, V> Cache<K, V> expiring(long maxSize, Duration afterAccess) {
        return Caffeine.newBuilder().maximumSize(maxSize).expireAfterAccess(afterAccess).build();
    }
}
