package io.cityplan.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.cityplan.dataset.Dataset.Citation;
import io.cityplan.dataset.Dataset.Figure;
import io.cityplan.dataset.DatasetFiles.Content;
import io.cityplan.dataset.DatasetFiles.DocumentRecord;
import io.cityplan.dataset.DatasetFiles.IndicatorRecord;
import io.cityplan.dataset.DatasetFiles.Manifest;
import io.cityplan.dataset.DatasetFiles.MilestoneRecord;
import io.cityplan.dataset.DatasetFiles.ObservationRecord;
import io.cityplan.dataset.DatasetFiles.OutcomeRecord;
import io.cityplan.dataset.DatasetFiles.ParkRecord;
import io.cityplan.dataset.DatasetFiles.PlanRecord;
import io.cityplan.dataset.DatasetFiles.ProjectRecord;
import io.cityplan.dataset.DatasetFiles.ProjectionRecord;
import io.cityplan.dataset.DatasetFiles.RegionRecord;
import io.cityplan.dataset.DatasetFiles.Source;
import io.cityplan.dataset.DatasetFiles.TargetRecord;
import io.cityplan.dataset.DatasetFiles.UnitRecord;

/**
 * Reads the dataset files named by {@code dataset.yaml}, checks each record and every reference between them, and
 * collects all problems before failing, so that one run shows everything to fix.
 */
final class DatasetReader {

    static final String MANIFEST = "dataset.yaml";

    private final Function<String, byte[]> files;
    private final Validator validator;
    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final List<String> problems = new ArrayList<>();
    private final List<DocumentRecord> documents = new ArrayList<>();
    private final List<UnitRecord> units = new ArrayList<>();
    private final List<RegionRecord> regions = new ArrayList<>();
    private final List<PlanRecord> plans = new ArrayList<>();
    private final List<ParkRecord> parks = new ArrayList<>();
    private final List<ProjectRecord> projects = new ArrayList<>();
    private final List<IndicatorRecord> indicators = new ArrayList<>();
    private final List<Located<TargetRecord>> targets = new ArrayList<>();
    private final List<Located<ObservationRecord>> observations = new ArrayList<>();
    private final List<Located<MilestoneRecord>> milestones = new ArrayList<>();
    private final List<Located<OutcomeRecord>> outcomes = new ArrayList<>();
    private final List<Located<ProjectionRecord>> projections = new ArrayList<>();
    private final Map<String, String> origin = new LinkedHashMap<>();

    /** A figure with the file it came from and that file's document and plan. */
    record Located<T>(String file, String document, String tasksOf, T record) {
    }

    /** @param files the content of a dataset file by its path relative to the data folder, or null if absent */
    DatasetReader(Function<String, byte[]> files, Validator validator) {
        this.files = files;
        this.validator = validator;
    }

    Dataset read() {
        var digest = Dataset.sha256();
        var manifestBytes = require(MANIFEST);
        digest.update(manifestBytes);
        var manifest = parse(MANIFEST, manifestBytes, Manifest.class);
        if (manifest != null) {
            for (var file : manifest.files()) {
                var bytes = files.apply(file);
                if (bytes == null) {
                    problems.add(file + ": listed in " + MANIFEST + " but not found");
                    continue;
                }
                digest.update(file.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                var content = parse(file, bytes, Content.class);
                if (content != null) {
                    collect(file, content);
                }
            }
        }
        failIfProblems();
        new DatasetChecks(this::problem).check(documents, units, regions, plans, parks, projects, indicators, targets,
                observations, milestones, outcomes, projections);
        failIfProblems();
        return new Dataset(HexFormat.of().formatHex(digest.digest()), documents, units, regions, plans, parks,
                projects, indicators, figures(targets, f -> f.record().quote(), f -> f.record().task()),
                figures(observations, f -> f.record().quote(), f -> null),
                figures(milestones, f -> f.record().quote(), f -> f.record().task()),
                figures(outcomes, f -> f.record().quote(), f -> null),
                figures(projections, f -> f.record().quote(), f -> null), citations());
    }

    private void collect(String file, Content content) {
        addAll(file, "document", content.documents(), DocumentRecord::code, documents);
        addAll(file, "unit", content.units(), UnitRecord::symbol, units);
        addAll(file, "region", content.regions(), RegionRecord::code, regions);
        if (content.plan() != null) {
            addAll(file, "plan", List.of(content.plan()), PlanRecord::code, plans);
        }
        addAll(file, "park", content.parks(), ParkRecord::code, parks);
        addAll(file, "project", content.projects(), ProjectRecord::code, projects);
        addAll(file, "indicator", content.indicators(), IndicatorRecord::code, indicators);
        var hasFigures = content.targets() != null || content.observations() != null || content.milestones() != null
                || content.outcomes() != null || content.projections() != null;
        if (hasFigures && (content.document() == null || content.document().isBlank())) {
            problems.add(file + ": figures, milestones, outcomes and projections need the file's `document`");
        }
        addFigures(file, content, "target", content.targets(), TargetRecord::code, targets);
        addFigures(file, content, "observation", content.observations(), ObservationRecord::code, observations);
        addFigures(file, content, "milestone", content.milestones(), MilestoneRecord::code, milestones);
        addFigures(file, content, "outcome", content.outcomes(), OutcomeRecord::code, outcomes);
        addFigures(file, content, "projection", content.projections(), ProjectionRecord::code, projections);
    }

    private <T> void addFigures(String file, Content content, String kind, List<T> records, Function<T, String> key,
            List<Located<T>> into) {
        for (var record : records == null ? List.<T> of() : records) {
            if (record == null) {
                problems.add(file + ": an empty " + kind + " entry");
            } else if (valid(file, kind, key.apply(record), record)) {
                into.add(new Located<>(file, content.document(), content.tasksOf(), record));
                origin.put(kind + " " + key.apply(record), file);
            }
        }
    }

    private <T> void addAll(String file, String kind, List<T> records, Function<T, String> key, List<T> into) {
        if (records == null) {
            return;
        }
        for (var record : records) {
            if (record == null) {
                problems.add(file + ": an empty " + kind + " entry");
            } else if (valid(file, kind, key.apply(record), record)) {
                into.add(record);
                origin.put(kind + " " + key.apply(record), file);
            }
        }
    }

    private boolean valid(String file, String kind, String key, Object record) {
        var violations = validator.validate(record);
        for (var violation : violations) {
            problems.add(file + ": " + kind + " '" + key + "': " + violation.getPropertyPath() + " "
                    + violation.getMessage());
        }
        return violations.isEmpty();
    }

    /** Reports a problem with the record {@code kind key}, naming the file it came from. */
    private void problem(String kind, String key, String message) {
        problems.add(Objects.requireNonNullElse(origin.get(kind + " " + key), "?") + ": " + kind + " '" + key + "': "
                + message);
    }

    private <T> List<Figure<T>> figures(List<Located<T>> located, Function<Located<T>, String> quote,
            Function<Located<T>, Integer> task) {
        return located.stream().map(f -> new Figure<>(f.record(), Dataset.citationId(f.document(), quote.apply(f)),
                task.apply(f) == null ? null : Ids.task(f.tasksOf(), task.apply(f)))).toList();
    }

    private Map<String, Citation> citations() {
        var all = new LinkedHashMap<String, Citation>();
        var sources = new ArrayList<Source>();
        regions.stream().map(RegionRecord::source).filter(Objects::nonNull).forEach(sources::add);
        for (var plan : plans) {
            sources.add(plan.source());
            for (var programme : plan.programmes()) {
                sources.add(programme.source());
                programme.tasks().forEach(t -> sources.add(Ids.taskSource(plan, t)));
            }
        }
        parks.forEach(p -> sources.add(p.source()));
        projects.forEach(p -> sources.add(p.source()));
        indicators.forEach(i -> sources.add(i.source()));
        targets.forEach(t -> sources.add(new Source(t.document(), t.record().quote())));
        observations.forEach(o -> sources.add(new Source(o.document(), o.record().quote())));
        milestones.forEach(m -> sources.add(new Source(m.document(), m.record().quote())));
        outcomes.forEach(o -> sources.add(new Source(o.document(), o.record().quote())));
        projections.forEach(p -> sources.add(new Source(p.document(), p.record().quote())));
        for (var source : sources) {
            var id = Dataset.citationId(source.document(), source.quote());
            all.putIfAbsent(id, new Citation(id, source.document(), source.quote()));
        }
        return all;
    }

    private byte[] require(String file) {
        var bytes = files.apply(file);
        if (bytes == null) {
            throw new DatasetException(List.of(file + ": not found"));
        }
        return bytes;
    }

    private <T> T parse(String file, byte[] bytes, Class<T> type) {
        try {
            var value = yaml.readValue(bytes, type);
            if (value == null) {
                problems.add(file + ": empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            var location = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            problems.add(file + location + ": " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problems.add(file + ": " + e.getMessage());
            return null;
        }
    }

    private void failIfProblems() {
        if (!problems.isEmpty()) {
            throw new DatasetException(problems);
        }
    }
}
