package io.cityplan.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.Batches;
import io.cityplan.common.Node;
import io.cityplan.common.NodeResolver;

/** Indicators and their targets and observations, looked up in batches by whatever they hang off. */
@ApplicationScoped
public class KpiService implements NodeResolver {

    private final IndicatorRepository indicators;
    private final TargetRepository targets;
    private final ObservationRepository observations;
    private final UnitRepository units;

    KpiService(IndicatorRepository indicators, TargetRepository targets, ObservationRepository observations,
            UnitRepository units) {
        this.indicators = indicators;
        this.targets = targets;
        this.observations = observations;
        this.units = units;
    }

    List<Indicator> indicators(IndicatorCategory category) {
        return indicators.listOrdered(category).stream().map(Indicator::of).toList();
    }

    Optional<Indicator> indicator(String code) {
        return indicators.findByIdOptional(code).map(Indicator::of);
    }

    List<Indicator> indicatorsByCodes(List<String> codes) {
        var found = indicators.listByCodes(codes.stream().distinct().toList()).stream().map(Indicator::of).toList();
        return Batches.one(codes, found, Indicator::code);
    }

    List<List<Target>> targetsByIndicator(List<String> codes) {
        return Batches.many(codes, map(targets.listByIndicatorCodes(codes), Target::of), Target::indicatorCode);
    }

    List<List<Target>> targetsByRegion(List<String> codes) {
        return Batches.many(codes, map(targets.listByRegionCodes(codes), Target::of), Target::regionCode);
    }

    List<List<Target>> targetsByPark(List<String> codes) {
        return Batches.many(codes, map(targets.listByParkCodes(codes), Target::of), Target::parkCode);
    }

    List<List<Target>> targetsByProject(List<String> codes) {
        return Batches.many(codes, map(targets.listByProjectCodes(codes), Target::of), Target::projectCode);
    }

    List<List<Observation>> observationsByProject(List<String> codes) {
        return Batches.many(codes, map(observations.listByProjectCodes(codes), Observation::of),
                Observation::projectCode);
    }

    List<List<Target>> targetsByTask(List<String> taskKeys) {
        return Batches.many(taskKeys, map(targets.listByTaskIds(taskKeys), Target::of), Target::taskKey);
    }

    List<List<Observation>> observationsByIndicator(List<String> codes) {
        return Batches.many(codes, map(observations.listByIndicatorCodes(codes), Observation::of),
                Observation::indicatorCode);
    }

    List<List<Observation>> observationsByRegion(List<String> codes) {
        return Batches.many(codes, map(observations.listByRegionCodes(codes), Observation::of),
                Observation::regionCode);
    }

    List<List<Observation>> observationsByPark(List<String> codes) {
        return Batches.many(codes, map(observations.listByParkCodes(codes), Observation::of),
                Observation::parkCode);
    }

    /** Each value in its unit's normalized unit, or null where the unit has no conversion. */
    List<Quantity> normalized(List<BigDecimal> values, List<String> unitSymbols) {
        Map<String, UnitEntity> bySymbol = units.listBySymbols(unitSymbols.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(u -> u.symbol, Function.identity()));
        return IntStream.range(0, values.size()).mapToObj(i -> {
            var unit = bySymbol.get(unitSymbols.get(i));
            return unit == null || unit.factor == null ? null
                    : new Quantity(plain(values.get(i).multiply(unit.factor)), unit.normalizedSymbol);
        }).toList();
    }

    /** Without trailing zeros, and never in exponent form (10000, not 1E+4). */
    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static <E, R> List<R> map(List<E> entities, Function<E, R> convert) {
        return entities.stream().map(convert).filter(Objects::nonNull).toList();
    }

    @Override
    public Set<String> nodeTypes() {
        return Set.of("Indicator", "Target", "Observation");
    }

    @Override
    public List<? extends Node> nodes(String type, List<String> keys) {
        return switch (type) {
            case "Indicator" -> indicatorsByCodes(keys);
            case "Target" -> Batches.one(keys, map(targets.listByCodes(keys), Target::of), Target::code);
            default -> Batches.one(keys, map(observations.listByCodes(keys), Observation::of), Observation::code);
        };
    }
}
