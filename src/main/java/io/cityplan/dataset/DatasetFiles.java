package io.cityplan.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import io.cityplan.kpi.Comparison;
import io.cityplan.kpi.Direction;
import io.cityplan.kpi.FigureForm;
import io.cityplan.kpi.IndicatorCategory;
import io.cityplan.kpi.ObservationKind;
import io.cityplan.park.ParkKind;
import io.cityplan.park.ParkLevel;
import io.cityplan.project.ProjectKind;
import io.cityplan.region.RegionKind;
import io.cityplan.source.DocumentKind;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The shapes of the dataset's YAML files under {@code src/main/resources/data}. Each file holds one or more of the
 * top-level lists of {@link Content}; {@link DatasetLoader} merges them in the order {@code dataset.yaml} lists.
 */
@RegisterForReflection(targets = { DatasetFiles.Manifest.class, DatasetFiles.Content.class, DatasetFiles.Source.class,
        DatasetFiles.DocumentRecord.class, DatasetFiles.UnitRecord.class, DatasetFiles.RegionRecord.class,
        DatasetFiles.PlanRecord.class, DatasetFiles.ProgrammeRecord.class, DatasetFiles.TaskRecord.class,
        DatasetFiles.ParkRecord.class, DatasetFiles.ProjectRecord.class, DatasetFiles.IndustryRecord.class,
        DatasetFiles.IndicatorRecord.class,
        DatasetFiles.TargetRecord.class, DatasetFiles.ObservationRecord.class, DatasetFiles.PriorRecord.class,
        DatasetFiles.MilestoneRecord.class, DatasetFiles.OutcomeRecord.class, DatasetFiles.ProjectionRecord.class,
        // The enums Jackson reads by name: a native executable keeps their constants only when registered.
        DocumentKind.class, RegionKind.class, ParkKind.class, ParkLevel.class, ProjectKind.class,
        IndicatorCategory.class, Direction.class, Comparison.class, FigureForm.class, ObservationKind.class })
final class DatasetFiles {

    private DatasetFiles() {
    }

    record Manifest(@NotEmpty List<@NotBlank String> files) {
    }

    /** One file's content: any of the lists may be present. */
    record Content(
            List<@Valid DocumentRecord> documents,
            List<@Valid UnitRecord> units,
            List<@Valid RegionRecord> regions,
            @Valid PlanRecord plan,
            List<@Valid ParkRecord> parks,
            List<@Valid ProjectRecord> projects,
            List<@Valid IndicatorRecord> indicators,
            String document,
            String tasksOf,
            List<@Valid TargetRecord> targets,
            List<@Valid ObservationRecord> observations,
            List<@Valid MilestoneRecord> milestones,
            List<@Valid OutcomeRecord> outcomes,
            List<@Valid ProjectionRecord> projections) {
    }

    record Source(@NotBlank String document, @NotBlank String quote) {
    }

    /** The value a figure changed from, as its quote states it. */
    record PriorRecord(@NotNull BigDecimal value, @NotBlank String unit, Comparison comparator) {

        PriorRecord {
            comparator = comparator == null ? Comparison.EQ : comparator;
        }
    }

    record DocumentRecord(@NotBlank String code, @NotBlank String file, @NotBlank String titleZh,
            @NotBlank String titleEn, String publisherZh, String publisherEn, @NotNull Integer year,
            LocalDate eventDate, @NotNull DocumentKind kind, @NotBlank String summaryEn) {
    }

    record UnitRecord(@NotBlank String symbol, @NotBlank String nameEn, String normalized,
            @Positive BigDecimal factor) {
    }

    record RegionRecord(@NotBlank String code, @NotBlank String nameZh, String shortNameZh,
            @NotBlank String nameEn, @NotNull RegionKind kind, String parent, @Valid Source source) {
    }

    record PlanRecord(@NotBlank String code, @NotBlank String titleZh, @NotBlank String titleEn,
            @NotBlank String issuerZh, @NotBlank String issuerEn, @NotNull Integer year, @NotBlank String region,
            @NotNull @Valid Source source, @NotBlank String summaryZh, @NotBlank String summaryEn,
            @NotEmpty List<@Valid ProgrammeRecord> programmes) {
    }

    record ProgrammeRecord(@NotNull @Positive Integer ordinal, @NotBlank String nameZh, @NotBlank String nameEn,
            @NotBlank String aimZh, @NotBlank String aimEn, @NotNull @Valid Source source,
            @NotEmpty List<@Valid TaskRecord> tasks) {
    }

    /** A task's citation is its numbered heading in the plan, so it carries no quote of its own. */
    record TaskRecord(@NotNull @Positive Integer ordinal, @NotBlank String titleZh, @NotBlank String titleEn,
            @NotBlank String summaryZh, @NotBlank String summaryEn, List<@NotBlank String> regions,
            List<@NotBlank String> parks, List<@NotBlank String> projects) {

        TaskRecord {
            regions = regions == null ? List.of() : regions;
            parks = parks == null ? List.of() : parks;
            projects = projects == null ? List.of() : projects;
        }
    }

    record ParkRecord(@NotBlank String code, @NotBlank String nameZh, @NotBlank String nameEn,
            @NotNull ParkKind kind, ParkLevel level, String region, List<@Valid IndustryRecord> focusIndustries,
            @NotNull @Valid Source source) {

        ParkRecord {
            focusIndustries = focusIndustries == null ? List.of() : focusIndustries;
        }
    }

    record ProjectRecord(@NotBlank String code, @NotBlank String nameZh, @NotBlank String nameEn,
            @NotNull ProjectKind kind, String region, String park, @NotNull @Valid Source source) {
    }

    record IndustryRecord(@NotBlank String nameZh, @NotBlank String nameEn) {
    }

    /** @param source the passage the Chinese name is taken from: it writes the name, or the words it is made of */
    record IndicatorRecord(@NotBlank String code, @NotBlank String nameZh, @NotBlank String nameEn, String unit,
            @NotNull IndicatorCategory category, @NotNull Direction direction, @NotNull @Valid Source source) {
    }

    record TargetRecord(@NotBlank String code, @NotBlank String indicator, @NotBlank String scope, Integer task,
            @NotNull Comparison comparator, FigureForm form, @NotNull BigDecimal value, @NotBlank String unit,
            Integer startYear, @NotNull Integer targetYear, BigDecimal baselineValue, Integer baselineYear,
            String referenceZh, String referenceEn, Boolean aspirational, String note, @NotBlank String quote) {

        TargetRecord {
            aspirational = Boolean.TRUE.equals(aspirational);
        }

        FigureForm formOrLevel() {
            return form == null ? FigureForm.LEVEL : form;
        }
    }

    record ObservationRecord(@NotBlank String code, @NotBlank String indicator, @NotBlank String scope,
            Integer startYear, @NotNull Integer year, String periodZh, @NotNull ObservationKind kind,
            Comparison comparator, FigureForm form, @NotNull BigDecimal value, @NotBlank String unit,
            @Valid PriorRecord changedFrom, String note, @NotBlank String quote) {

        ObservationRecord {
            comparator = comparator == null ? Comparison.EQ : comparator;
        }

        FigureForm formOrLevel() {
            return form == null ? FigureForm.LEVEL : form;
        }
    }

    /**
     * A dated commitment without a number; {@code statementZh} is its quote.
     *
     * @param dueZh the deadline as the quote or its sentence writes it
     */
    record MilestoneRecord(@NotBlank String code, @NotBlank String scope, Integer task, @NotNull Integer dueYear,
            @NotBlank String dueZh, @NotBlank String statementEn, Boolean aspirational, String note,
            @NotBlank String quote) {

        MilestoneRecord {
            aspirational = Boolean.TRUE.equals(aspirational);
        }
    }

    /** What a document reports of a milestone, by the milestone's code. */
    record OutcomeRecord(@NotBlank String code, @NotBlank String milestone, @NotNull Integer year, String periodZh,
            @NotNull ObservationKind kind, @NotNull Boolean done, String note, @NotBlank String quote) {
    }

    /** A figure a document expects a project to reach each year once {@code conditionZh} holds, with no year. */
    record ProjectionRecord(@NotBlank String code, @NotBlank String indicator, @NotBlank String project,
            Comparison comparator, @NotNull BigDecimal value, @NotBlank String unit, @NotBlank String conditionZh,
            @NotBlank String conditionEn, String note, @NotBlank String quote) {

        ProjectionRecord {
            comparator = comparator == null ? Comparison.EQ : comparator;
        }
    }
}
