package io.cityplan.kpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.editing.InputRules;
import io.cityplan.editing.InvalidInputException;
import io.cityplan.park.ParkService;
import io.cityplan.plan.PlanService;
import io.cityplan.project.ProjectService;
import io.cityplan.region.RegionService;
import io.cityplan.source.Citation;
import io.cityplan.source.CitationInput;
import io.cityplan.source.SourceDocument;
import io.cityplan.source.SourceService;

/**
 * The dataset's rules for a reported figure or a target (those the loader's checks apply to a release), applied to
 * what an editor sends: every code known, one scope, a unit of the dataset's, the years a form needs, no achieved
 * figure for a year after its document's, and a source quoted. Each refusal names the input field at fault.
 */
@ApplicationScoped
class FigureChecks {

    private static final int MAX_TEXT = 2_000;
    private static final int MAX_SHORT_TEXT = 40;
    private static final int MAX_REFERENCE = 200;
    /** numeric holds any value; a figure a document reports has far fewer digits than this. */
    private static final int MAX_DIGITS = 30;
    /** The longest part of an indicator's code that an editor's figure's code repeats. */
    private static final int CODE_STEM = 40;

    private final KpiService kpis;
    private final RegionService regions;
    private final ParkService parks;
    private final ProjectService projects;
    private final PlanService plans;
    private final SourceService sources;

    FigureChecks(KpiService kpis, RegionService regions, ParkService parks, ProjectService projects,
            PlanService plans, SourceService sources) {
        this.kpis = kpis;
        this.regions = regions;
        this.parks = parks;
        this.projects = projects;
        this.plans = plans;
        this.sources = sources;
    }

    /** The row of the figure {@code input} (at {@code path} in the mutation's input), or the first rule it breaks. */
    FigureRows.Row observation(ObservationInput input, String path) {
        var form = input.form() == null ? FigureForm.LEVEL : input.form();
        var figure = new Figure(input.indicator(), input.region(), input.park(), input.project(), input.unit(),
                input.value(), input.citation());
        var document = check(figure, path);
        observationYears(input, form, document, path);
        InputRules.text(input.periodZh(), MAX_SHORT_TEXT, path + ".periodZh");
        InputRules.text(input.note(), MAX_TEXT, path + ".note");
        var columns = figure.columns();
        columns.put("start_year", input.startYear());
        columns.put("year", input.year());
        columns.put("period_zh", input.periodZh());
        columns.put("kind", input.kind().name());
        columns.put("comparator", (input.comparator() == null ? Comparison.EQ : input.comparator()).name());
        columns.put("form", form.name());
        columns.put("note", input.note());
        return row(FigureSubject.OBSERVATION, figure, document, columns, "e" + input.year());
    }

    /** The row of the target {@code input} (at {@code path} in the mutation's input), or the first rule it breaks. */
    FigureRows.Row target(TargetInput input, String path) {
        var form = input.form() == null ? FigureForm.LEVEL : input.form();
        var figure = new Figure(input.indicator(), input.region(), input.park(), input.project(), input.unit(),
                input.value(), input.citation());
        var document = check(figure, path);
        targetYears(input, form, path);
        if (form == FigureForm.DIFFERENCE && input.referenceZh() == null) {
            throw new InvalidInputException(path + ".referenceZh", "a DIFFERENCE target needs what it is measured "
                    + "from");
        }
        InputRules.filledText(input.referenceZh(), MAX_REFERENCE, path + ".referenceZh");
        InputRules.filledText(input.referenceEn(), MAX_REFERENCE, path + ".referenceEn");
        InputRules.text(input.note(), MAX_TEXT, path + ".note");
        if (input.baselineValue() != null) {
            value(input.baselineValue(), path + ".baselineValue");
        }
        var columns = figure.columns();
        columns.put("task_id", task(input.plan(), input.task(), path));
        columns.put("comparator", input.comparator().name());
        columns.put("form", form.name());
        columns.put("start_year", input.startYear());
        columns.put("target_year", input.targetYear());
        columns.put("baseline_value", input.baselineValue());
        columns.put("baseline_year", input.baselineYear());
        columns.put("reference_zh", input.referenceZh());
        columns.put("reference_en", input.referenceEn());
        columns.put("aspirational", Boolean.TRUE.equals(input.aspirational()));
        columns.put("note", input.note());
        return row(FigureSubject.TARGET, figure, document, columns, "et" + input.targetYear());
    }

    /** What figures and targets have alike: an indicator, a scope, a value in a unit, and their source. */
    private record Figure(String indicator, String region, String park, String project, String unit,
            BigDecimal value, CitationInput citation) {

        /** Their columns, to which each adds its own. */
        LinkedHashMap<String, Object> columns() {
            var columns = new LinkedHashMap<String, Object>();
            columns.put("indicator_code", indicator);
            columns.put("region_code", region);
            columns.put("park_code", park);
            columns.put("project_code", project);
            columns.put("value", value);
            columns.put("unit_symbol", unit);
            return columns;
        }
    }

    /** Checks what figures and targets have alike; the document they quote. */
    private SourceDocument check(Figure figure, String path) {
        if (kpis.indicator(figure.indicator()).isEmpty()) {
            throw new InvalidInputException(path + ".indicator", "no indicator has the code " + figure.indicator());
        }
        if (Stream.of(figure.region(), figure.park(), figure.project()).filter(s -> s != null).count() != 1) {
            throw new InvalidInputException(path + ".region", "give exactly one of region, park and project");
        }
        if (figure.region() != null && regions.region(figure.region()).isEmpty()) {
            throw new InvalidInputException(path + ".region", "no region has the code " + figure.region());
        }
        if (figure.park() != null && parks.park(figure.park()).isEmpty()) {
            throw new InvalidInputException(path + ".park", "no park has the code " + figure.park());
        }
        if (figure.project() != null && projects.byCodes(List.of(figure.project())).get(0) == null) {
            throw new InvalidInputException(path + ".project", "no project has the code " + figure.project());
        }
        if (!kpis.units().bySymbol().containsKey(figure.unit())) {
            throw new InvalidInputException(path + ".unit", "not one of the dataset's units: " + figure.unit());
        }
        value(figure.value(), path + ".value");
        return document(figure.citation(), path + ".citation");
    }

    private static void observationYears(ObservationInput input, FigureForm form, SourceDocument document,
            String path) {
        InputRules.year(input.year(), path + ".year");
        if (form == FigureForm.TOTAL && input.startYear() == null) {
            throw new InvalidInputException(path + ".startYear", "a TOTAL figure needs the first year it sums");
        }
        if (form != FigureForm.TOTAL && input.startYear() != null) {
            throw new InvalidInputException(path + ".startYear", "only a TOTAL figure has a startYear");
        }
        startYear(input.startYear(), input.year(), path + ".startYear");
        if (input.kind() == ObservationKind.ACTUAL && input.year() > document.year()) {
            throw new InvalidInputException(path + ".year", "an ACTUAL figure cannot be for " + input.year()
                    + ", after the year of its document (" + document.year() + ")");
        }
    }

    private static void targetYears(TargetInput input, FigureForm form, String path) {
        InputRules.year(input.targetYear(), path + ".targetYear");
        if ((form == FigureForm.PER_YEAR || form == FigureForm.TOTAL) && input.startYear() == null) {
            throw new InvalidInputException(path + ".startYear", "a " + form + " target needs the first year of "
                    + "its period");
        }
        startYear(input.startYear(), input.targetYear(), path + ".startYear");
        if (form == FigureForm.CHANGE && input.baselineYear() == null) {
            throw new InvalidInputException(path + ".baselineYear", "a CHANGE target needs the year it is "
                    + "measured from");
        }
        if (input.baselineYear() != null && (input.baselineYear() < InputRules.FIRST_YEAR
                || input.baselineYear() >= input.targetYear())) {
            throw new InvalidInputException(path + ".baselineYear", "must lie between " + InputRules.FIRST_YEAR
                    + " and the year before targetYear");
        }
    }

    private static void startYear(Integer startYear, int year, String field) {
        if (startYear != null && (startYear > year || startYear < InputRules.FIRST_YEAR)) {
            throw new InvalidInputException(field, "must lie between " + InputRules.FIRST_YEAR + " and the year");
        }
    }

    /** The key of task {@code ordinal} of {@code plan}; null when neither is given. */
    private String task(String plan, Integer ordinal, String path) {
        if (plan == null && ordinal == null) {
            return null;
        }
        if (plan == null || ordinal == null) {
            throw new InvalidInputException(path + (plan == null ? ".plan" : ".task"), "give plan and task together");
        }
        if (plans.plan(plan).isEmpty()) {
            throw new InvalidInputException(path + ".plan", "no plan has the code " + plan);
        }
        return plans.task(plan, ordinal).orElseThrow(() -> new InvalidInputException(path + ".task",
                "plan " + plan + " has no task " + ordinal)).key();
    }

    /** At most MAX_DIGITS digits before the point and as many after it (a scale of Integer.MIN_VALUE included). */
    private static void value(BigDecimal value, String field) {
        if (value.precision() > MAX_DIGITS || value.scale() > MAX_DIGITS || value.scale() < -MAX_DIGITS
                || (long) value.precision() - value.scale() > MAX_DIGITS) {
            throw new InvalidInputException(field, "has more than " + MAX_DIGITS + " digits");
        }
    }

    private SourceDocument document(CitationInput citation, String path) {
        var document = sources.document(citation.document()).orElseThrow(() -> new InvalidInputException(
                path + ".document", "no document has the code " + citation.document()
                        + "; register it first (registerDocument)"));
        if (citation.quote().isBlank()) {
            throw new InvalidInputException(path + ".quote", "the passage that states it is blank");
        }
        InputRules.text(citation.quote(), MAX_TEXT, path + ".quote");
        return document;
    }

    private static FigureRows.Row row(FigureSubject subject, Figure figure, SourceDocument document,
            LinkedHashMap<String, Object> columns, String stem) {
        var citationId = Citation.id(document.code(), figure.citation().quote());
        columns.put("citation_id", citationId);
        var indicator = figure.indicator();
        return new FigureRows.Row(subject, columns, citationId, figure.citation(),
                stem + "-" + indicator.substring(0, Math.min(indicator.length(), CODE_STEM)));
    }
}
