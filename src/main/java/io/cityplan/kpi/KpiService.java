package io.cityplan.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
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
import io.cityplan.common.Searchable;

/** Indicators and their targets and observations, looked up in batches by whatever they hang off. */
@ApplicationScoped
public class KpiService implements NodeResolver, Searchable.Source {

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

    /**
     * The progress of each target as of a year, from the figures reported for its indicator, scope and form: one query
     * for the figures, one for the units and one for the indicators, whatever the number of targets.
     */
    List<TargetProgress> progress(List<Target> of, int asOf) {
        var indicatorCodes = of.stream().map(Target::indicatorCode).distinct().toList();
        var figures = map(observations.listByIndicatorCodes(indicatorCodes), Observation::of);
        var unitSymbols = new HashSet<String>();
        of.forEach(t -> unitSymbols.add(t.unit()));
        figures.forEach(o -> unitSymbols.add(o.unit()));
        Map<String, UnitEntity> unitsBySymbol = units.listBySymbols(unitSymbols).stream()
                .collect(Collectors.toMap(u -> u.symbol, Function.identity()));
        Map<String, Direction> directions = indicators.listByCodes(indicatorCodes).stream()
                .collect(Collectors.toMap(i -> i.code, i -> i.direction));
        return of.stream().map(target -> {
            var readings = figures.stream().filter(o -> sameSeries(target, o))
                    .flatMap(o -> inUnitOf(target, o, unitsBySymbol).stream()).toList();
            boolean betterHigher = (directions.get(target.indicatorCode()) == Direction.INCREASE) != (target
                    .form() == FigureForm.DECREASE);
            return ProgressRule.judge(target, betterHigher, readings, asOf);
        }).toList();
    }

    private static boolean sameSeries(Target target, Observation o) {
        return o.indicatorCode().equals(target.indicatorCode()) && o.form() == target.form()
                && Objects.equals(o.regionCode(), target.regionCode())
                && Objects.equals(o.parkCode(), target.parkCode())
                && Objects.equals(o.projectCode(), target.projectCode());
    }

    /** The observation's value in the target's unit, where one converts to the other. */
    private static Optional<ProgressRule.Reading> inUnitOf(Target target, Observation o,
            Map<String, UnitEntity> units) {
        if (o.unit().equals(target.unit())) {
            return Optional.of(new ProgressRule.Reading(o, o.value()));
        }
        var from = units.get(o.unit());
        var to = units.get(target.unit());
        if (from == null || to == null || from.factor == null || to.factor == null
                || !from.normalizedSymbol.equals(to.normalizedSymbol)) {
            return Optional.empty();
        }
        var value = o.value().multiply(from.factor).divide(to.factor, MathContext.DECIMAL64);
        return Optional.of(new ProgressRule.Reading(o, plain(value)));
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
    public List<Searchable> searchables() {
        return indicators(null).stream().map(i -> new Searchable(i, "INDICATOR", i.code(), List.of(
                new Searchable.Field("nameZh", i.nameZh(), 1), new Searchable.Field("nameEn", i.nameEn(), 1),
                new Searchable.Field("code", i.code(), 0.8)))).toList();
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
